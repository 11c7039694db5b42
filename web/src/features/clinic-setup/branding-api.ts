import { learn } from '@corium/contracts';
import { request } from '../../lib/api';

/** The colour of the clinic's public pages (`/learn`); admins only. */
export const brandingApi = {
  load: (): Promise<learn.ClinicBranding> => request('GET', '/api/clinic/branding', learn.clinicBranding),
  save: (body: learn.ClinicBrandingRequest): Promise<learn.ClinicBranding> =>
    request('PUT', '/api/clinic/branding', learn.clinicBranding, body),
};

/** Corium's teal, what the public pages use until the clinic chooses (white text 6.4:1). */
export const coriumTeal = '#156b5e';

/** WCAG 2.2 AA contrast for normal-size text: the public pages put white text on the colour. */
export const minimumContrast = 4.5;

export type ColourCheck =
  { kind: 'not-a-colour' } | { kind: 'too-light'; ratio: number } | { kind: 'readable'; ratio: number };

/** What the screen says about a colour as it is typed, by the same rule the server applies. */
export function checkColour(value: string): ColourCheck {
  if (!/^#[0-9a-fA-F]{6}$/.test(value)) return { kind: 'not-a-colour' };
  const ratio = learn.contrastWithWhite(value.toLowerCase());
  return ratio >= minimumContrast ? { kind: 'readable', ratio } : { kind: 'too-light', ratio };
}

/** 6.374 → "6.37:1"; rounded down, so that a colour shown as 4.50:1 is never refused. */
export const ratioText = (ratio: number): string => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
