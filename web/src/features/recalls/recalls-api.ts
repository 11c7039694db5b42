import {
  recall,
  recallAffected,
  recallList,
  recallNotifyResult,
  type Recall,
  type RecallAffected,
  type RecallNotifyResult,
  type RecallRequest,
} from '@corium/contracts';
import { request, segment } from '../../lib/api';

/** Recalls of a lot or a pen, and the patients they affect: administrators and the medical director. */
export const recallsApi = {
  list: async (): Promise<Recall[]> => (await request('GET', '/api/recalls', recallList)).recalls,
  create: (body: RecallRequest): Promise<Recall> => request('POST', '/api/recalls', recall, body),
  affected: (recallId: string): Promise<RecallAffected> =>
    request('GET', `/api/recalls/${segment(recallId)}/affected`, recallAffected),
  notify: (recallId: string): Promise<RecallNotifyResult> =>
    request('POST', `/api/recalls/${segment(recallId)}/notify`, recallNotifyResult, { confirm: true }),
};

export const affectedCsvUrl = (recallId: string): string => `/api/recalls/${segment(recallId)}/affected.csv`;

/** "Lot LOT-25A778 of Sterile cartridge 12-pin", "Pen MP-4 (MP4-230117)". */
export const recalledThing = (r: Recall): string =>
  r.lot
    ? `Lot ${r.lot.lotNumber} of ${r.lot.productName}`
    : r.device
      ? `Pen ${r.device.model} (${r.device.serial})`
      : '';
