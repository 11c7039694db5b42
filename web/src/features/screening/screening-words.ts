import type {
  ClearanceStatus,
  FindingLevel,
  Modality,
  ScreeningLevel,
  ScreeningOccasion,
  ZoneId,
} from '@corium/contracts';

/** Zones as the treatment room says them, in the order they are listed on a face and body chart. */
export const zoneWords: Record<ZoneId, string> = {
  forehead: 'Forehead',
  temples: 'Temples',
  periorbital: 'Around the eyes',
  nose: 'Nose',
  cheeks: 'Cheeks',
  upper_lip: 'Upper lip',
  perioral: 'Around the mouth',
  chin: 'Chin',
  jawline: 'Jawline',
  neck: 'Neck',
  decolletage: 'Décolletage',
  dorsal_hands: 'Backs of the hands',
  abdomen: 'Abdomen',
  thighs: 'Thighs',
  buttocks: 'Buttocks',
  upper_arms: 'Upper arms',
  scalp: 'Scalp',
};

/** The face and the body, the two groups a practitioner picks zones from. */
export const zoneGroups: readonly { title: string; zones: readonly ZoneId[] }[] = [
  {
    title: 'Face',
    zones: [
      'forehead',
      'temples',
      'periorbital',
      'nose',
      'cheeks',
      'upper_lip',
      'perioral',
      'chin',
      'jawline',
    ],
  },
  {
    title: 'Body',
    zones: ['neck', 'decolletage', 'dorsal_hands', 'abdomen', 'thighs', 'buttocks', 'upper_arms', 'scalp'],
  },
];

export const modalityWords: Record<Modality, string> = {
  microneedling: 'Microneedling',
  'rf-microneedling': 'RF microneedling',
};

export const occasionWords: Record<ScreeningOccasion, string> = {
  review: 'Review',
  booking: 'Booking',
  day_of: 'Day-of check',
};

/**
 * How each finding level looks. Outline badges keep their words at 4.5:1 or better on white
 * (Mantine's own yellow and orange do not, hence the darker amber #7a5200 ≈ 6.9:1 and
 * burnt orange #a33b00 ≈ 6.6:1), and every level has its own words and icon, so nothing
 * rests on colour alone.
 */
export const levelLooks: Record<ScreeningLevel, { label: string; color: string }> = {
  clear: { label: 'Clear', color: 'corium.8' },
  warn: { label: 'Warning', color: '#7a5200' },
  'needs-doctor': { label: 'Needs a prescriber', color: '#a33b00' },
  block: { label: 'Block', color: 'red.9' },
};

/** What a level asks of the team, shown under the finding's reason. */
export const levelMeaning: Record<FindingLevel, string> = {
  warn: 'The practitioner takes this into account and adjusts the plan.',
  'needs-doctor': 'Treatment goes ahead only after a prescriber signs an override with a reason.',
  block: 'Do not treat.',
};

export interface StatusLook {
  title: string;
  detail: string;
  color: string;
}

export const statusLooks: Record<ClearanceStatus, StatusLook> = {
  clear_to_treat: {
    title: 'Clear to treat',
    detail: 'Nothing outstanding for this treatment plan.',
    color: 'corium',
  },
  awaiting_override: {
    title: 'Awaiting a prescriber’s override',
    detail: 'Some findings need a prescriber’s signed override before treatment.',
    color: 'orange',
  },
  blocked: {
    title: 'Blocked: the treatment must wait',
    detail: 'A finding rules out treatment. No override can change that.',
    color: 'red',
  },
};

/** Needle depth in millimetres, e.g. `1.25 mm`; the 0.25 mm steps never need more digits. */
export const depthText = (mm: number): string =>
  `${mm.toLocaleString(undefined, { maximumFractionDigits: 2 })} mm`;
