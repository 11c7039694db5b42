import {
  ruleSetVersionList,
  ruleSetView,
  type RuleSetChangeRequest,
  type RuleSetVersionEntry,
  type RuleSetView,
} from '@corium/contracts';
import { request } from '../../lib/api';

/** The clinic's screening rules: read by all staff, changed by the medical director. */
export const rulesApi = {
  current: (): Promise<RuleSetView> => request('GET', '/api/screening/rule-set', ruleSetView),
  /** Newest first, ending with the Corium default the clinic started from. */
  versions: async (): Promise<RuleSetVersionEntry[]> =>
    (await request('GET', '/api/screening/rule-set/versions', ruleSetVersionList)).versions,
  /** Refused with `CONFLICT` when someone saved another version since `basedOn` was loaded. */
  saveVersion: (body: RuleSetChangeRequest): Promise<RuleSetView> =>
    request('POST', '/api/screening/rule-set/versions', ruleSetView, body),
};
