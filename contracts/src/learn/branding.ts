import { z } from 'zod';

/** Relative luminance of a `#rrggbb` colour (WCAG 2.2 definition). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast of white text on `hex`, from 1 (white) to 21 (black); e.g. Corium's teal #156b5e is 6.4. */
export const contrastWithWhite = (hex: string): number => 1.05 / (luminance(hex) + 0.05);

/**
 * The clinic's colour on its public pages: buttons with white text and links on white, so it
 * must reach the WCAG AA contrast for text (4.5:1) against white.
 */
export const clinicBrandingRequest = z.strictObject({
  brandColour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'A colour as #rrggbb, e.g. #156b5e')
    .transform((hex) => hex.toLowerCase())
    .refine(
      (hex) => contrastWithWhite(hex) >= 4.5,
      'Too light: white text on it would be hard to read (needs 4.5:1)',
    ),
});
export type ClinicBrandingRequest = z.input<typeof clinicBrandingRequest>;

export const clinicBranding = z.object({ brandColour: z.string().nullable() });
export type ClinicBranding = z.infer<typeof clinicBranding>;
