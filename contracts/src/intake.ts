import { z } from 'zod';
import { intakeAnswers } from './screening';
import { medicalHistory } from './patients';

/** A new version of the history: the whole set of answers, which supersedes the last one. */
export const recordHistoryRequest = z.strictObject({ answers: intakeAnswers });
export type RecordHistoryRequest = z.input<typeof recordHistoryRequest>;

/** The patient's intake in the portal: where they left off, and what they last submitted. */
export const portalIntake = z.object({
  draft: z.object({ answers: z.record(z.string(), z.unknown()), updatedAt: z.iso.datetime() }).nullable(),
  submitted: medicalHistory.nullable(),
});
export type PortalIntake = z.infer<typeof portalIntake>;
