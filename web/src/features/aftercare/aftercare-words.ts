import type {
  AdverseEventTerm,
  AlertLevel,
  AlertStatus,
  CheckInEffect,
  CheckInStatus,
  MilestoneId,
  ResumeDelayReason,
  TriageLevel,
} from '@corium/contracts';

/** The six effects a patient scores, in the clinic's words. */
export const effectWords: Record<CheckInEffect, string> = {
  redness: 'Redness',
  swelling: 'Swelling',
  pain: 'Pain',
  itching: 'Itching',
  flaking: 'Flaking',
  bruising: 'Bruising',
};

/** Scores 0–3 as words, for charts' text alternatives and staff tables. */
export const scoreWords = ['none', 'mild', 'moderate', 'severe'] as const;

export interface LevelLook {
  label: string;
  /** Mantine colour family, for borders and tints. */
  color: string;
  /**
   * A filled badge's colour; with `autoContrast` its text is black or white, whichever passes
   * 4.5:1 (green.9 and orange.9 take black, red.9 white).
   */
  badge: string;
}

/** Triage results: `expected` is calm, then review (tier 3), urgent (tier 2), emergency (tier 1). */
export const triageLooks: Record<TriageLevel, LevelLook> = {
  expected: { label: 'As expected', color: 'green', badge: 'green.9' },
  review: { label: 'Review', color: 'yellow', badge: 'yellow.5' },
  urgent: { label: 'Urgent', color: 'orange', badge: 'orange.9' },
  emergency: { label: 'Emergency', color: 'red', badge: 'red.9' },
};

/**
 * A response timer's text colour on white: Mantine's darkest orange (orange.9) is 4.3:1, under
 * AA for this size, so "soon" is a deeper orange (5.8:1).
 */
export const timerTextColors = { calm: 'corium.9', soon: '#a63c00', overdue: 'red.9' } as const;

/** What each alert level asks of the clinic. */
export const alertMeaning: Record<AlertLevel, string> = {
  emergency: 'Told to call emergency services. Contact the patient now.',
  urgent: 'Needs a clinician the same day.',
  review: 'Needs a clinic review within a few days.',
};

export const alertStatusWords: Record<AlertStatus, string> = {
  open: 'Not yet acknowledged',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
};

export const checkInStatusWords: Record<CheckInStatus, string> = {
  upcoming: 'Not yet open',
  due: 'Open now',
  submitted: 'Answered',
  missed: 'Missed',
  cancelled: 'Cancelled',
};

/** Short names for the resume milestones, as the strip of icons labels them. */
export const milestoneWords: Record<MilestoneId, string> = {
  makeup: 'Make-up',
  sunscreen: 'Sunscreen',
  actives: 'Retinoids, acids, vitamin C',
  exercise: 'Exercise',
  swimming_sauna: 'Swimming, sauna',
  other_procedures: 'Other treatments',
};

export const delayReasonWords: Record<ResumeDelayReason, string> = {
  deep_needling: 'deeper needling',
  rf_microneedling: 'RF microneedling',
  prp: 'PRP',
  fitzpatrick_4_to_6: 'skin type IV–VI',
};

/** Adverse-event terms (§5.1–5.3) as a clinician picks them. */
export const termWords: Record<AdverseEventTerm, string> = {
  erythema_prolonged: 'Prolonged erythema',
  oedema_prolonged: 'Prolonged oedema',
  pain: 'Pain',
  dryness_flaking: 'Dryness / flaking',
  pruritus: 'Pruritus (itching)',
  bruising: 'Bruising',
  acneiform_eruption_milia: 'Acneiform eruption / milia',
  lymphadenopathy: 'Tender lymph nodes',
  irritant_contact_dermatitis: 'Irritant contact dermatitis',
  allergic_contact_dermatitis: 'Allergic contact dermatitis',
  post_inflammatory_hyperpigmentation: 'Post-inflammatory hyperpigmentation',
  hypopigmentation: 'Hypopigmentation',
  bacterial_infection: 'Bacterial infection',
  atypical_mycobacterial_infection: 'Atypical mycobacterial infection',
  herpes_simplex_reactivation: 'Herpes simplex reactivation',
  tram_track_scarring: 'Tram-track scarring',
  hypertrophic_or_keloid_scarring: 'Hypertrophic or keloid scarring',
  granulomatous_reaction: 'Granulomatous reaction',
  anaesthetic_toxicity: 'Topical anaesthetic toxicity',
  anaphylaxis: 'Anaphylaxis',
  orbital_periorbital_cellulitis: 'Orbital / periorbital cellulitis',
  blood_borne_virus_transmission: 'Blood-borne virus transmission',
  rf_burn: 'RF burn',
  fat_atrophy: 'Fat atrophy',
  nerve_injury: 'Nerve injury',
  other: 'Other (name it)',
};

export const severityWords: Record<number, string> = {
  1: '1 · Mild',
  2: '2 · Moderate',
  3: '3 · Severe',
  4: '4 · Life-threatening',
  5: '5 · Death',
};

export const seriousnessWords = {
  death: 'Resulted in death',
  life_threatening: 'Life-threatening',
  hospitalisation: 'Hospitalisation (or longer stay)',
  disability: 'Persistent disability or incapacity',
  congenital_anomaly: 'Congenital anomaly',
  medically_important: 'Other medically important event',
} as const;

export const outcomeWords = {
  recovered: 'Recovered',
  recovering: 'Recovering',
  not_recovered: 'Not recovered',
  recovered_with_sequelae: 'Recovered with lasting effects',
  fatal: 'Fatal',
  unknown: 'Unknown',
} as const;

/** WHO-UMC causality categories. */
export const causalityWords = {
  certain: 'Certain',
  probable: 'Probable / likely',
  possible: 'Possible',
  unlikely: 'Unlikely',
  conditional: 'Conditional / unclassified',
  unassessable: 'Unassessable / unclassifiable',
} as const;

/** "Day 3", or "Treatment day" for day 0. */
export const dayName = (day: number): string => (day === 0 ? 'Treatment day' : `Day ${day}`);

/** A plan's calendar day with its weekday, e.g. "Tue 5 May"; calendar days have no zone to shift them. */
export function shortDate(day: string): string {
  return new Intl.DateTimeFormat(undefined, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(`${day}T00:00:00Z`));
}
