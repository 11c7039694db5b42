import type { DefaultTemplate } from '../default-templates';

/** Corium's RF microneedling consent, following the clinical reference (§2.9 especially). */
export const rfMicroneedlingTemplate: DefaultTemplate = {
  treatment: 'rf_microneedling',
  title: 'Consent to radiofrequency (RF) microneedling',
  references: [
    '§2.9 how RF microneedling differs: heat zones in the dermis, insulated and non-insulated needles, more downtime',
    '§2.9 adverse effects: crusting up to ~46%, grid marks 3/40, PIH ~4%; burns, fat loss, nerve injury (FDA safety communication, 15 Oct 2025)',
    '§2.7 course: 3 sessions (2–4), 4–6 weeks apart, benefit accruing up to 6 months',
    '§1 rows 18, 23, 25: tightening is modest; wrinkles and scars are not eliminated',
    '§3 C29: implanted electronic devices and metal implants in the field (RF only)',
    '§5.1–5.3 expected course, complications and red flags',
  ],
  body: `I, {{patient_name}}, ask {{clinic_name}} to treat me with {{treatment}}. This form explains what the treatment is, how it differs from plain microneedling, what can go wrong and what it cannot do. Please read it all and ask about anything that is unclear before you sign.

## What RF microneedling is
- Fine, sterile, single-use needles enter the skin and deliver radiofrequency energy that heats small zones of the deeper skin. **Nothing is injected.**
- The heat and the tiny wounds start the skin's own repair, which makes new collagen over the following months. The heat adds some tightening that plain microneedling does not give, at the cost of more downtime and more risk of burns.
- The device settings and needle depth are chosen by the practitioner for each area. A numbing cream may be used for 30 to 60 minutes beforehand and removed before treatment.

## What is normal afterwards
- Redness and swelling for 2 to 3 days, sometimes longer, and heat or pain during the treatment even with numbing cream.
- Small scabs or crusts, which are common (in some studies close to half of patients), and grid-like marks from the needle tips, which fade.
- Dryness and flaking for several days. Healing usually takes a few days longer than after plain microneedling.

## Possible complications
These are not normal. Most are uncommon or rare, but I should know about them:
- **Burns and blisters**, which can leave scars.
- **Darker patches of skin** (post-inflammatory hyperpigmentation), reported in about 4 in 100 patients in one study and more likely with darker skin types or sun exposure.
- **Loss of fat under the skin** causing dents, and **nerve injury** causing numbness or weakness. The US Food and Drug Administration warned in 2025 of burns, scarring, fat loss, disfigurement and nerve damage with RF microneedling devices.
- **Infection**, including a cold sore flare (herpes simplex); **allergic reactions** to the numbing cream, the gel or the needle metal; **scarring**, including raised scars in people prone to them.

## Who must not have it, or must ask first
- I must tell the clinic if I have a pacemaker, an implanted defibrillator or another implanted electronic device, metal implants in the area, or permanent fillers or threads in the area.
- I must also tell the clinic about cold sores, keloid scars, isotretinoin, blood thinners, pregnancy or breastfeeding, and allergies.

## What this treatment does not promise
- Results build up slowly, for up to 6 months after the last session. A course is usually 3 sessions (2 to 4) 4 to 6 weeks apart.
- Tightening of loose or sagging skin is modest; RF microneedling does not replace surgery. It does not remove wrinkles or scars completely.
- Some people see little or no improvement.

## Other options
Doing nothing; plain microneedling; daily sunscreen and prescribed creams such as tretinoin; laser treatments; fillers or surgery for sagging. I can ask the practitioner which of these suit me.

## Aftercare and warning signs
- I will follow the aftercare I am given, including daily mineral sunscreen and avoiding heat, exercise and swimming for the first days.
- I will contact the clinic the same day for blisters, white, grey or black areas, pus, fever, spreading redness, pain that gets worse after day 2 or cold sores, and call emergency services for difficulty breathing, swelling of the lips or tongue, chest pain or fainting.

## My consent
- I have read this form, had the chance to ask questions, and my questions were answered.
- I can withdraw this consent at any time, before or between sessions, without giving a reason.
- I consent to {{treatment}} at {{clinic_name}} as a course of sessions on the terms above.

Date: {{date}}
`,
};
