import {
  consentTreatmentLabels,
  consentTreatments,
  type ConsentTreatment,
  type TreatmentConsent,
} from '@corium/contracts';
import { dayInZone, longDate } from './consent-time';

export type ConsentStatus = 'valid' | 'needs_resigning' | 'withdrawn';

export interface ConsentFacts {
  id: string;
  treatment: ConsentTreatment;
  signedAt: Date;
  withdrawnAt: Date | null;
  templateVersion: number;
  /** The material revision of the version that was signed. */
  materialRevision: number;
}

export interface CurrentVersion {
  id: string;
  version: number;
  materialRevision: number;
}

/**
 * A consent covers future sessions while it stands and its text has not changed materially
 * since: signed on revision 2, template now at revision 2 (a typo fixed in version 5) → valid;
 * template at revision 3 (PRP added) → needs_resigning.
 */
export function consentStatus(consent: ConsentFacts, current: CurrentVersion): ConsentStatus {
  if (consent.withdrawnAt) return 'withdrawn';
  return consent.materialRevision === current.materialRevision ? 'valid' : 'needs_resigning';
}

/** Newest first: by signing time, then id (UUIDv7, so creation order) for the same instant. */
export function newestFirst<T extends { id: string; signedAt: Date }>(consents: readonly T[]): T[] {
  return [...consents].sort(
    (a, b) => b.signedAt.getTime() - a.signedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
}

/**
 * Per treatment, the newest consent decides: a newer signature supersedes an older one, and a
 * withdrawn newest consent means withdrawn even when an older one was never withdrawn.
 * `requested` is a request from the clinic that no signature has answered yet.
 */
export function treatmentConsents(
  current: ReadonlyMap<ConsentTreatment, CurrentVersion>,
  consents: readonly ConsentFacts[],
  requests: readonly { treatment: ConsentTreatment; requestedAt: Date }[],
): TreatmentConsent[] {
  const sorted = newestFirst(consents);
  return consentTreatments.map((treatment) => {
    const version = current.get(treatment)!;
    const newest = sorted.find((c) => c.treatment === treatment);
    const lastRequest = Math.max(
      ...requests.filter((r) => r.treatment === treatment).map((r) => r.requestedAt.getTime()),
    );
    return {
      treatment,
      status: newest ? consentStatus(newest, version) : 'missing',
      consentId: newest?.id ?? null,
      requested: Number.isFinite(lastRequest) && (!newest || lastRequest > newest.signedAt.getTime()),
      currentVersionId: version.id,
    };
  });
}

/**
 * Why a session cannot go ahead on the consent the patient has, in words for the practitioner;
 * null when it can.
 */
export function consentRefusal(
  treatment: ConsentTreatment,
  newest: ConsentFacts | undefined,
  current: CurrentVersion,
  timeZone: string,
): string | null {
  const name = consentTreatmentLabels[treatment];
  if (!newest)
    return `The patient has not signed the consent for ${name}; they must sign it before the session.`;
  const signedOn = longDate(dayInZone(newest.signedAt, timeZone));
  switch (consentStatus(newest, current)) {
    case 'valid':
      return null;
    case 'withdrawn':
      return `The patient withdrew their consent for ${name}; they must sign it again before the session.`;
    case 'needs_resigning':
      return (
        `The consent for ${name} signed on ${signedOn} (version ${newest.templateVersion}) no longer covers ` +
        `sessions: the consent text has changed materially since (now version ${current.version}). ` +
        'The patient must sign the current version before the session.'
      );
  }
}
