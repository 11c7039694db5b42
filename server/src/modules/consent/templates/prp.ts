import type { DefaultTemplate } from '../default-templates';

/** Corium's consent for the PRP add-on, following the clinical reference (§2.8 especially). */
export const prpTemplate: DefaultTemplate = {
  treatment: 'prp',
  title: 'Consent to platelet-rich plasma (PRP) with microneedling',
  references: [
    '§2.8 PRP: meta-analysis (Kang 2022) — higher odds of >50% improvement and satisfaction, small mean grade gain (−0.32), no significant increase in severe redness or swelling',
    '§2.8 and §1 row 9: HIV transmission at an unlicensed spa reusing single-use items for PRP microneedling facials (CDC MMWR 2024) → closed single-use kits, no reuse',
    '§5.1–5.3 expected course, complications and red flags of the microneedling it is added to',
  ],
  body: `I, {{patient_name}}, ask {{clinic_name}} to add platelet-rich plasma (PRP) to my microneedling. This is an add-on: the microneedling consent also applies, and this form covers what PRP adds.

## What is done
- A small amount of blood is taken from a vein in my arm. It is spun in a closed, sterile, single-use kit to concentrate the platelets, and the plasma is spread on my skin during and after the microneedling.
- Only my own blood is used, in a kit opened for me. **Every needle, tube and kit is used once and thrown away**; nothing is shared or reused.
- Nothing else is added to the plasma, and PRP is not a filler or a collagen product.

## What is normal afterwards
- Soreness or a bruise where the blood was taken.
- The same redness, swelling and flaking as after microneedling alone; in studies, adding PRP did not clearly increase severe redness or swelling.
- Some people feel faint while blood is taken; I will say if I do.

## Possible complications
- **Infection**, at the needled skin or where blood was taken.
- **Blood-borne infections** (such as HIV or hepatitis) can be passed on when equipment is reused. This has happened at an unlicensed spa that reused single-use items for PRP microneedling facials, which is why the clinic uses closed single-use kits and never reuses anything.
- Bruising or irritation of the vein where blood was taken, and fainting.
- The complications of microneedling itself, described in the microneedling consent.

## What PRP does not promise
- In studies of acne scars, more patients improved by more than half and were more satisfied when PRP was added, but the average extra improvement was small. PRP does not guarantee a better result than microneedling alone.
- The evidence for PRP for wrinkles or a general "glow" is limited.

## Other options
Microneedling without PRP, or any of the other options in the microneedling consent.

## My consent
- I have read this form, had the chance to ask questions, and my questions were answered.
- I can withdraw this consent at any time, before or between sessions, without giving a reason.
- I consent to {{treatment}} at {{clinic_name}} on the terms above.

Date: {{date}}
`,
};
