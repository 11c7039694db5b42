import type { ConsentTreatment } from '@corium/contracts';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { consentRefusal } from './consent-status';
import { currentVersionOf } from './consent-templates.service';
import { toConsentFacts, toCurrentVersion } from './consent.mapper';
import * as repo from './consents.repo';

/**
 * Whether the patient's newest consent for a treatment covers a session now: the consent's id
 * when it does, otherwise why not, in words for the practitioner.
 */
export async function consentCover(
  trx: Trx,
  clinicId: string,
  patientId: string,
  treatment: ConsentTreatment,
  now: Date,
): Promise<{ consentId: string } | { refusal: string }> {
  const current = toCurrentVersion(await currentVersionOf(trx, clinicId, treatment, now));
  const newest = await repo.newestConsentFor(trx, clinicId, patientId, treatment);
  const subject = await repo.findSubject(trx, clinicId, patientId);
  if (!subject) throw new AppError('NOT_FOUND', 'No such patient');
  const refusal = consentRefusal(treatment, newest && toConsentFacts(newest), current, subject.time_zone);
  return refusal === null ? { consentId: newest!.id } : { refusal };
}

/**
 * For the treatment room, before a session starts: throws CONSENT_REQUIRED (409) with a
 * sentence saying what is missing unless the patient has a valid consent for the treatment —
 * signed, not withdrawn, and on the template's current material revision. Returns the id of the
 * consent that covers the session, to be recorded with it. `now` is the caller's
 * `deps.clock.now()` (a clinic without templates yet gets Corium's defaults stamped with it).
 */
export async function requireValidConsent(
  trx: Trx,
  clinicId: string,
  patientId: string,
  treatment: ConsentTreatment,
  now: Date,
): Promise<string> {
  const cover = await consentCover(trx, clinicId, patientId, treatment, now);
  if ('refusal' in cover) throw new AppError('CONSENT_REQUIRED', cover.refusal, { treatment });
  return cover.consentId;
}
