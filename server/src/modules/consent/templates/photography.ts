import type { DefaultTemplate } from '../default-templates';

/**
 * Corium's photography consent. The uses are chosen one by one as photo-use scopes (clinical
 * record only, education de-identified, marketing) beside this text, each revocable at once.
 */
export const photographyTemplate: DefaultTemplate = {
  treatment: 'photography',
  title: 'Consent to clinical photography',
  references: [
    '§5.3 tier 3 and §4 day 14: photos at review visits to compare results and spot complications early',
    '§0 and §1 rows 15, 18, 23: before-and-after photos are records of one patient, not promises of results',
  ],
  body: `I, {{patient_name}}, agree that {{clinic_name}} may photograph the areas of my skin being treated, before, during and after my course, in the ways I choose below.

## Why photos are taken
- Photos taken in the same light and position let me and my practitioner compare my skin over time and notice problems early.
- Photos are stored in my clinical record like the rest of my notes, and every time someone looks at them is recorded.

## The uses I can choose
Each use is chosen separately beside this form. I can give or take back each one at any time, in the patient portal or by telling the clinic.
- **Clinical record only**: the photos are used for my care, by the clinic's staff.
- **Education, de-identified**: photos with my eyes, tattoos and other identifying features removed or covered may be used to train clinicians and in professional talks or publications. Someone who knows me well might still recognise me.
- **Marketing**: photos may be used on the clinic's website, on social media or in advertising, and may show my face.

## What I understand
- Taking back a use stops any new use at once. Material already printed or published before I took it back cannot always be recalled, and copies shared online by others cannot be fully removed.
- Saying no to any use does not change my care. I will not be paid for the use of my photos.
- Photos of my results show my skin only; they are not a promise of what the treatment does for anyone else.

## My consent
- I have read this form, had the chance to ask questions, and my questions were answered.
- I can withdraw this consent at any time; withdrawing it takes back every use at once.

Date: {{date}}
`,
};
