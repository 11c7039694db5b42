import type { AftercareTimeline } from '@corium/contracts';

/**
 * Corium's default aftercare timeline: clinical-reference §4 (day 0–14) as data, every stage
 * and milestone naming its source. Timings are for standard needling at ≤ 1.5 mm; "resume"
 * milestones move 1–3 days later for deeper, RF or PRP work and Fitzpatrick IV–VI (§4, top).
 *
 * Deliberately absent — §4 "myths to not encode" and §1 #28/#35: silk pillowcases, avoiding
 * spicy or oily food, drinking extra water, avoiding NSAIDs. A clinic's medical director may
 * publish their own version; this one is version 0.
 */
export const DEFAULT_TIMELINE_VERSION = 'corium-default-2026.11';

const ref = (...r: string[]): string[] => r.map((s) => `clinical-reference ${s}`);

export const defaultTimeline: AftercareTimeline = {
  checkInDays: [1, 2, 3, 5, 7, 14],
  // 08:00 in the clinic's zone: early enough to matter for the day, late enough not to wake anyone.
  morningTime: '08:00',
  reminderTime: '18:00',
  // Open until the next morning (24 h): a day-1 answer given on day 3 no longer says much about day 1.
  checkInOpenHours: 24,
  resumeDelay: { deepFromMm: 2, deepDays: 2, rfDays: 2, prpDays: 1, darkerSkinDays: 1, maxDays: 3 },
  stages: [
    {
      fromDay: 0,
      toDay: 0,
      expected: {
        en: 'Redness like a mild sunburn, warmth, tightness and mild swelling. Pinpoint bleeding or clear ooze in the first hours is normal.',
      },
      do: [
        { en: 'Keep your hands off the treated skin.' },
        { en: 'Put on only the sterile after-care product we gave you.' },
        { en: 'Rinse with lukewarm water only, no earlier than the time we told you.' },
        { en: 'Sleep on a freshly washed pillowcase (cotton is fine).' },
      ],
      avoid: [
        { en: 'Any product we did not give you: make-up, serums, vitamin C, oils, fragrance.' },
        { en: 'Alcohol-based toners, touching or picking.' },
        { en: 'Sun: stay indoors or in the shade today.' },
        { en: 'Workouts, sauna, steam, hot tubs and swimming.' },
      ],
      references: ref('§4 day 0', '§1 #26', '§1 #28'),
    },
    {
      fromDay: 1,
      toDay: 1,
      expected: {
        en: 'Redness fading; the skin may feel dry or tight. Mild swelling around the eyes is possible.',
      },
      do: [
        { en: 'Wash with a gentle, non-foaming cleanser and use a bland, fragrance-free moisturiser.' },
        { en: 'Use mineral (zinc or titanium) sunscreen SPF 30+ from 24 hours after treatment, and a hat.' },
      ],
      avoid: [
        { en: 'Scrubs, brushes, cleansing devices and exfoliants.' },
        { en: 'Strenuous exercise and heavy sweating.' },
      ],
      references: ref('§4 day 1'),
    },
    {
      fromDay: 2,
      toDay: 2,
      expected: { en: 'Some pinkness and dryness; itching may begin.' },
      do: [
        { en: 'Moisturise often; a cool compress helps with itching.' },
        { en: 'Sunscreen SPF 30+, reapplied through the day. A light walk is fine.' },
      ],
      avoid: [{ en: 'Scratching or picking.' }, { en: 'Sauna and swimming pools.' }],
      references: ref('§4 day 2', '§1 #33'),
    },
    {
      fromDay: 3,
      toDay: 3,
      expected: {
        en: 'Most redness has gone. Fine flaking or roughness starts — this is the skin renewing itself.',
      },
      do: [{ en: 'Keep your gentle routine and sunscreen SPF 30+.' }],
      avoid: [
        { en: 'Picking at flakes: let them come off by themselves.' },
        { en: 'Waxing or threading on the treated area.' },
      ],
      references: ref('§4 day 3', '§1 #31', '§1 #32'),
    },
    {
      fromDay: 4,
      toDay: 5,
      expected: { en: 'Flaking peaks and then settles; mild itching.' },
      do: [
        { en: 'Keep moisturising. Plain hydrating serums without active ingredients are fine now.' },
        { en: 'Sunscreen SPF 30+ every day.' },
      ],
      avoid: [{ en: 'Exfoliating acids and scrubs.' }],
      references: ref('§4 day 4–5'),
    },
    {
      fromDay: 6,
      toDay: 7,
      expected: { en: 'The skin usually looks normal, perhaps slightly dry.' },
      do: [
        { en: 'Go back to your usual routine where there is no rawness, crusting or irritation.' },
        { en: 'Sunscreen SPF 30+ every day.' },
      ],
      avoid: [{ en: 'Anything that stings: stop it and tell us.' }],
      references: ref('§4 day 6–7'),
    },
    {
      fromDay: 8,
      toDay: 10,
      expected: { en: 'Normal appearance. New collagen keeps forming for months.' },
      do: [
        { en: 'Sunscreen every day — your new skin darkens more easily for a few weeks.' },
        { en: 'Carry on with any acne or pigment treatment your clinician prescribed.' },
      ],
      avoid: [{ en: 'Sunbeds and aggressive treatments at home.' }],
      references: ref('§4 day 8–10', 'C24'),
    },
    {
      fromDay: 11,
      toDay: 14,
      expected: { en: 'Healing is complete on the surface.' },
      do: [{ en: 'Answer your day-14 check-in: it looks for anything that needs a second look.' }],
      avoid: [{ en: 'Other procedures on the same area before day 14.' }],
      references: ref('§4 day 11–14'),
    },
  ],
  milestones: [
    {
      id: 'sunscreen',
      day: 1,
      delayable: false,
      title: { en: 'Sunscreen every day' },
      detail: {
        en: 'Mineral sunscreen SPF 30+ every day from now, reapplied outdoors; your new skin burns and darkens more easily for a few weeks.',
      },
      references: ref('§4 day 1', '§4 patient snippets'),
    },
    {
      id: 'makeup',
      day: 1,
      delayable: true,
      title: { en: 'Make-up may resume' },
      detail: { en: 'Light mineral make-up, put on with clean brushes or sponges.' },
      references: ref('§4 day 1 (protocols vary: 24–48 h)'),
    },
    {
      id: 'exercise',
      day: 3,
      delayable: true,
      title: { en: 'Exercise may resume' },
      detail: { en: 'The gym is fine again if no skin is open or crusted.' },
      references: ref('§4 day 3 (~72 h)'),
    },
    {
      id: 'swimming_sauna',
      day: 5,
      delayable: true,
      title: { en: 'Swimming and sauna may resume' },
      detail: { en: 'Only if the skin is fully closed, with no crusts or raw patches.' },
      references: ref('§4 day 4–5 (grade D)'),
    },
    {
      id: 'actives',
      day: 7,
      delayable: true,
      title: { en: 'Retinoids, acids and vitamin C may resume' },
      detail: {
        en: 'Restart retinoids, AHA/BHA, vitamin C and benzoyl peroxide every other night at first, if your skin is calm.',
      },
      references: ref('§4 day 6–7', '§4 day 4–5 (protocols range day 3 to 1 week)'),
    },
    {
      id: 'other_procedures',
      day: 14,
      delayable: false,
      title: { en: 'Other treatments may be booked' },
      detail: { en: 'Anti-wrinkle injections or fillers on the area may be scheduled from now.' },
      references: ref('§4 ≥14', '§6', 'C12', 'C13'),
    },
  ],
  messages: [
    {
      id: 'sunscreen_from_today',
      day: 1,
      text: {
        en: 'Good morning. From today, use mineral sunscreen SPF 30+ every day — your new skin burns and darkens more easily for a few weeks.',
      },
    },
    {
      id: 'flaking_is_normal',
      day: 3,
      text: {
        en: 'Flaking around days 3–5 is normal: it is your skin renewing itself. Let the flakes come off by themselves and keep moisturising.',
      },
    },
    {
      id: 'actives_may_resume',
      milestone: 'actives',
      text: {
        en: 'From today you may restart retinoids, acids and vitamin C — every other night at first, and only if your skin is calm.',
      },
    },
  ],
};
