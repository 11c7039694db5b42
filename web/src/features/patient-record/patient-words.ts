import { concernCodes, type PatientRecord } from '@corium/contracts';

export type Sex = PatientRecord['sex'];
export type Concern = PatientRecord['concerns'][number];

export const sexWords: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Not recorded',
};

export const sexOptions = (Object.keys(sexWords) as Sex[]).map((sex) => ({
  value: sex,
  label: sexWords[sex],
}));

/** What patients call their concerns, as the public pages name them. */
export const concernWords: Record<Concern, string> = {
  acne_scars: 'Acne scars',
  uneven_tone: 'Uneven skin tone',
  texture: 'Skin texture',
  pigmentation: 'Pigmentation',
  enlarged_pores: 'Enlarged pores',
  sunspots: 'Sun spots',
  stretch_marks: 'Stretch marks',
  wrinkles: 'Wrinkles',
  fine_lines: 'Fine lines',
  melasma: 'Melasma',
};

/** The contract's order, so a record's concerns always read the same way whatever order they were ticked. */
export function inConcernOrder(concerns: readonly Concern[]): Concern[] {
  return concernCodes.filter((code) => concerns.includes(code));
}

/** How each Fitzpatrick type reacts to sun; types IV–VI are at greater risk of pigmentation after needling. */
const fitzpatrickDescriptions = [
  'Type I — always burns, never tans',
  'Type II — usually burns, tans minimally',
  'Type III — sometimes burns, tans gradually',
  'Type IV — rarely burns, tans easily',
  'Type V — very rarely burns, tans darkly',
  'Type VI — never burns, deeply pigmented',
];

export const fitzpatrickOptions = fitzpatrickDescriptions.map((label, index) => ({
  value: String(index + 1),
  label,
}));

export function fitzpatrickWords(type: number | null): string {
  if (type === null) return 'Not recorded';
  return fitzpatrickDescriptions[type - 1] ?? `Type ${type}`;
}
