import { type PhotoScope, type SignedConsent, type TreatmentConsent } from '@corium/contracts';

export {
  consentTreatmentLabels as treatmentWords,
  photoScopeLabels as photoScopeWords,
} from '@corium/contracts';

export type Audience = 'patient' | 'staff';
export type TreatmentStatus = TreatmentConsent['status'];

interface StatusLook {
  label: string;
  /** Outline badges in these shades keep 4.5:1 on white; the words carry the meaning. */
  color: string;
}

export const statusLooks: Record<TreatmentStatus, StatusLook> = {
  valid: { label: 'Valid', color: 'corium.8' },
  needs_resigning: { label: 'Needs signing again', color: '#a33b00' },
  withdrawn: { label: 'Withdrawn', color: 'red.9' },
  missing: { label: 'Not signed', color: 'gray.8' },
};

export const requestedLook: StatusLook = { label: 'Requested by the clinic', color: 'blue.9' };

/** One sentence under a treatment's status, for the patient or for staff. */
export function statusDetail(treatment: TreatmentConsent, audience: Audience): string {
  const patient = audience === 'patient';
  switch (treatment.status) {
    case 'valid':
      return patient
        ? 'You have signed the current version of this consent.'
        : 'Signed on the current text: sessions may go ahead.';
    case 'needs_resigning':
      return patient
        ? 'The clinic has changed this consent in a way that matters, for example a new step in the treatment. Please read it and sign it again before your next session.'
        : 'The consent text changed materially since the patient signed; they must sign the current version before the next session.';
    case 'withdrawn':
      return patient
        ? 'You withdrew this consent. Sign it again if you want to go ahead with the treatment.'
        : 'The patient withdrew this consent; no session until they sign again.';
    case 'missing':
      return patient
        ? treatment.requested
          ? 'The clinic has asked you to read and sign this consent before your treatment.'
          : 'You have not signed this consent. You only need it for treatments you are having.'
        : 'Not signed: the patient must sign before a session of this treatment.';
  }
}

/** Whether the patient is being asked to act on a treatment's consent: shown on the portal's home page. */
export function needsPatient(treatment: TreatmentConsent): boolean {
  return treatment.status === 'needs_resigning' || (treatment.requested && treatment.status !== 'valid');
}

/** The verb of the button that opens the signing screen. */
export function signVerb(treatment: TreatmentConsent): string {
  return treatment.status === 'missing' ? 'Sign' : 'Sign again';
}

export const photoScopeExplanations: Record<PhotoScope, { patient: string; staff: string }> = {
  clinical_record: {
    patient:
      'Photos of the treated areas are kept in your record so the clinic can plan treatments and see how your skin responds. Only the people treating you see them.',
    staff: 'Photos kept in the patient’s record, for planning and following the treatment.',
  },
  education: {
    patient:
      'Photos with your face and anything that could identify you removed may be used to teach and train practitioners. Your name is never shown.',
    staff: 'De-identified photos used for teaching and training.',
  },
  marketing: {
    patient:
      'Photos may be shown publicly, on the clinic’s website, social media or adverts. People who know you could recognise you.',
    staff: 'Photos shown publicly: website, social media, advertising.',
  },
};

export const signedViaWords: Record<SignedConsent['signedVia'], string> = {
  portal: 'in the patient portal',
  tablet: 'on the clinic’s tablet',
};
