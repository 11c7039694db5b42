import type { BuiltPlan } from '../plan/build-plan';

/**
 * The words of aftercare e-mails around the plan's own text, keyed by language like the
 * timeline (English is complete and the fallback). Pure: data in, subject and text out.
 */
interface MailWords {
  planSubject: (clinic: string) => string;
  greeting: (name: string) => string;
  planIntro: (date: string, clinic: string) => string;
  day: (day: number, date: string) => string;
  expected: string;
  do: string;
  avoid: string;
  fromToday: string;
  checkIns: (days: string) => string;
  warning: string;
  morningSubject: (clinic: string) => string;
  checkInSubject: (day: number) => string;
  reminderSubject: (day: number) => string;
  checkInBody: (day: number, link: string, closes: string) => string;
}

const en: MailWords = {
  planSubject: (clinic) => `Your aftercare plan from ${clinic}`,
  greeting: (name) => `Hello ${name},`,
  planIntro: (date, clinic) =>
    `Here is your day-by-day aftercare plan after your treatment on ${date} at ${clinic}. It is also in your patient portal.`,
  day: (day, date) => (day === 0 ? `Treatment day (${date})` : `Day ${day} (${date})`),
  expected: 'What is normal',
  do: 'Do',
  avoid: 'Avoid',
  fromToday: 'From today',
  checkIns: (days) =>
    `We will ask how your skin is doing on days ${days}: each morning an e-mail brings a link to a short form.`,
  warning:
    'Call the clinic the same day for pus or honey-coloured crusts, a fever of 38 °C or more, redness that spreads, pain that gets worse after day 2, groups of blisters or cold sores, or eye pain. Call emergency services at once for trouble breathing or swelling of the lips or tongue.',
  morningSubject: (clinic) => `Your aftercare today — ${clinic}`,
  checkInSubject: (day) => `Day ${day}: how is your skin?`,
  reminderSubject: (day) => `Reminder: your day-${day} check-in`,
  checkInBody: (day, link, closes) =>
    `It is day ${day} after your treatment. Please tell us how your skin is doing — it takes a minute:\n\n${link}\n\nThe link works once and until ${closes}. You can also check in from your patient portal.`,
};

const words: Record<string, MailWords> = { en };
const wordsFor = (language: string): MailWords => words[language] ?? words[language.split('-')[0]!] ?? en;

const bullets = (items: string[]) => items.map((item) => `  - ${item}`);

export function planMail(
  plan: BuiltPlan,
  context: { name: string; clinic: string; treatmentDate: string },
): { subject: string; text: string } {
  const w = wordsFor(plan.language);
  const days = plan.days.flatMap((d) => [
    '',
    w.day(d.day, d.date),
    `${w.expected}: ${d.expected}`,
    ...(d.do.length ? [`${w.do}:`, ...bullets(d.do)] : []),
    ...(d.avoid.length ? [`${w.avoid}:`, ...bullets(d.avoid)] : []),
    ...(d.milestones.length
      ? [`${w.fromToday}:`, ...bullets(d.milestones.map((m) => `${m.title}. ${m.detail}`))]
      : []),
  ]);
  const text = [
    w.greeting(context.name),
    '',
    w.planIntro(context.treatmentDate, context.clinic),
    ...days,
    '',
    w.checkIns(plan.checkInDays.join(', ')),
    '',
    w.warning,
  ].join('\n');
  return { subject: w.planSubject(context.clinic), text };
}

export function morningMail(
  language: string,
  context: { name: string; clinic: string; message: string },
): { subject: string; text: string } {
  const w = wordsFor(language);
  return {
    subject: w.morningSubject(context.clinic),
    text: [w.greeting(context.name), '', context.message].join('\n'),
  };
}

export function checkInMail(
  language: string,
  context: { name: string; day: number; link: string; closes: string; reminder: boolean },
): { subject: string; text: string } {
  const w = wordsFor(language);
  return {
    subject: context.reminder ? w.reminderSubject(context.day) : w.checkInSubject(context.day),
    text: [w.greeting(context.name), '', w.checkInBody(context.day, context.link, context.closes)].join('\n'),
  };
}
