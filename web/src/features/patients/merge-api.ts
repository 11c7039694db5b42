import {
  mergePreview,
  mergeResult,
  type MergePatientsRequest,
  type MergePreview,
  type MergeResult,
} from '@corium/contracts';
import { request, segment, withQuery } from '../../lib/api';

const patientPath = (patientId: string) => `/api/patients/${segment(patientId)}`;

/** Merging a duplicate into the record at `patientId`, which survives. Admin and medical director only. */
export const mergeApi = {
  /** Both records and what a merge would move; refused with `CONFLICT` when they cannot be merged. */
  preview: (patientId: string, duplicateId: string): Promise<MergePreview> =>
    request('GET', withQuery(`${patientPath(patientId)}/merge-preview`, { duplicateId }), mergePreview),
  /** Answers with the surviving record as it now stands, and what moved. */
  merge: (patientId: string, body: MergePatientsRequest): Promise<MergeResult> =>
    request('POST', `${patientPath(patientId)}/merge`, mergeResult, body),
};
