import type { DefaultTemplate } from '../default-templates';

/**
 * Corium's microneedling consent. Every statement follows the clinical reference
 * (../shared/domain/clinical-reference.md); the seed article's errors it corrects are named in
 * `references` by their row in §1.
 */
export const microneedlingTemplate: DefaultTemplate = {
  treatment: 'microneedling',
  title: 'Consent to microneedling',
  references: [
    '§1 rows 2, 6, 7, 21, 30: new collagen comes from the skin’s own repair; nothing is injected; depth is chosen, not automatic',
    '§1 rows 15, 16, 18, 23, 25: no promise of pore reduction, sunspot removal, wrinkle or scar elimination, or tightening',
    '§2.1 mechanism; §2.5 topical anaesthesia; §2.7 course and when to judge results',
    '§2.8 only sterile products on needled skin (granulomas)',
    '§3 C03, C08, C09, C16, C21, C22: what the patient must tell the clinic',
    '§4 aftercare timeline; §5.1 expected course; §5.2 complications; §5.3 red flags',
    '§0 honesty statement: evidence is reasonable for atrophic acne scars, modest for fine lines and texture',
  ],
  body: `I, {{patient_name}}, ask {{clinic_name}} to treat me with {{treatment}}. This form explains what the treatment is, what is normal afterwards, what can go wrong and what it cannot do. Please read it all and ask about anything that is unclear before you sign.

## What microneedling is
- A pen with a sterile, single-use needle cartridge makes many tiny punctures through the outer layer of the skin into the dermis beneath it. The needles go in and out: **nothing is injected** — no collagen, filler or other product.
- The small wounds start the skin's own repair. Over weeks to months the skin makes new collagen and elastin, which can gradually improve the look of some scars, fine lines and texture.
- The needle depth is chosen by the practitioner for each area and for what is being treated. It does not go deeper automatically from one session to the next.
- A numbing cream may be put on the skin for 30 to 60 minutes and removed before the treatment. Only sterile products meant for use on needled skin are applied during the treatment and on the first day.

## What is normal afterwards
- Redness like a mild sunburn, warmth and tightness in nearly everyone, usually settling within 1 to 3 days and occasionally lasting up to 7 days after deeper treatment.
- Mild swelling for 1 to 3 days; around the eyes it can be most noticeable the next morning.
- Pinpoint bleeding or clear ooze during and just after the treatment, and stinging for some hours.
- Dryness and flaking from about day 2 or 3 to about day 5 to 7, and itching for a few days. Let the flakes come off by themselves.
- Less often: bruising (more likely around the eyes, over bone, with deeper settings or with blood-thinning medicines or supplements), which can last 5 to 10 days; small spots or milia; tender glands in the neck.

## Possible complications
These are not normal. Most are uncommon or rare, but I should know about them:
- **Darker patches of skin** (post-inflammatory hyperpigmentation), more likely with darker skin types, sun exposure after treatment or melasma. It usually fades over weeks to months with sun protection and treatment, but can last longer.
- **Infection**: bacterial infection (increasing pain, warmth, pus, honey-coloured crusts, spreading redness, fever); a cold sore flare (herpes simplex), especially around the mouth; rarely, an infection that shows weeks later as red lumps at the needle sites.
- **Lumps (granulomas) or allergic reactions**: rare reactions in the treated skin, mostly linked to non-sterile products such as serums put on needled skin, which can last for months; allergy to the numbing cream, the gel or the needle metal (nickel).
- **Scarring**: rarely, lines or grid marks in the pattern of the needles, mostly over bony areas; raised (hypertrophic or keloid) scars in people prone to them.
- **Reaction to the numbing cream**: very rare. Numb lips, a metallic taste, ringing ears, dizziness or a racing heart while numbing must be reported to staff at once.

## What this treatment does not promise
- Results are gradual and usually modest. A course is usually 3 to 6 sessions about 4 weeks apart, and the result is judged 3 to 6 months after the last session.
- Microneedling does not remove wrinkles, scars or pigmentation completely, and it does not restore youthful skin. In studies of acne scars the average gain was partial, about one grade on scar scales.
- Deep wrinkles, sagging skin, ice-pick scars, sunspots and enlarged pores respond little or not at all and may need other treatments. New collagen does not moisturise the skin.
- Some people see little or no improvement.

## Other options
Doing nothing; daily sunscreen; prescribed creams such as tretinoin; chemical peels; laser treatments; radiofrequency microneedling; and, for some scars, other procedures such as subcision. I can ask the practitioner which of these suit me.

## What I have told the clinic and will do
- I have told the clinic about my health, medicines (including isotretinoin and blood thinners) and supplements, allergies (including nickel and anaesthetics), cold sores, keloid scars, pregnancy or breastfeeding, and recent sun exposure, and I will tell them if anything changes before a session.
- I will follow the aftercare I am given: only the products supplied for the first day, mineral sunscreen SPF 30 or higher every day from the next day, no make-up for about 24 hours, no workouts, sauna or swimming for the first days, and no retinoids or acids until about day 7.
- I will contact the clinic the same day for pus, fever, spreading redness, pain that gets worse after day 2, blisters or cold sores, and call emergency services for difficulty breathing, swelling of the lips or tongue, chest pain or fainting.

## My consent
- I have read this form, had the chance to ask questions, and my questions were answered.
- I can withdraw this consent at any time, before or between sessions, without giving a reason.
- I consent to {{treatment}} at {{clinic_name}} as a course of sessions on the terms above.

Date: {{date}}
`,
};
