import { outcomeScales, type OutcomeScaleId, type ReportDimension } from '@corium/contracts';

export const dimensionWords: Record<ReportDimension, string> = {
  concern: 'Concern',
  protocol: 'Protocol',
  depth_band: 'Deepest needling',
  practitioner: 'Practitioner',
  device: 'Pen',
};

export const dimensionOptions = (Object.keys(dimensionWords) as ReportDimension[]).map((value) => ({
  value,
  label: dimensionWords[value],
}));

export const scaleName = (scale: OutcomeScaleId): string => outcomeScales[scale].name;

/** What "responder" means on the scale, from its rule. */
export function responderMeaning(scale: OutcomeScaleId): string {
  const rule = outcomeScales[scale].responder;
  if (!rule) return '';
  switch (rule.kind) {
    case 'fall_by':
      return `A responder improved by at least ${rule.amount} ${rule.amount === 1 ? 'grade' : 'grades'} from baseline.`;
    case 'fall_by_fraction':
      return `A responder's score fell by at least ${Math.round(rule.fraction * 100)} % from baseline.`;
    case 'at_most':
      return `A responder was rated ${rule.value} or better ("improved" or more) at follow-up.`;
  }
}

/** 0.5 → "50 %"; null → "—". */
export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)} %`);

export const decimal = (n: number | null, digits = 1): string => (n === null ? '—' : n.toFixed(digits));

/** "2026-11" → "Nov 2026". */
export function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
