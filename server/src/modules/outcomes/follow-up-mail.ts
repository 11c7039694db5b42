/**
 * The follow-up reminder e-mail, in plain words. Pure: names and dates in, subject and text out.
 * Example: month 3 for Ana at Skin Studio, link …/portal/progress → "It is 3 months since your
 * last treatment …".
 */
export function followUpMail(input: { name: string; clinic: string; months: 3 | 6; link: string }): {
  subject: string;
  text: string;
} {
  return {
    subject: `Your ${input.months}-month check on your treatment results — ${input.clinic}`,
    text: [
      `Hello ${input.name},`,
      '',
      `It is ${input.months} months since the last session of your course at ${input.clinic}. Results of microneedling develop slowly, over 3 to 6 months, so this is when we look at how your skin has changed.`,
      '',
      'Please book a short follow-up visit so we can take photos in the same way as before, and answer a few questions about how you see your skin in your patient portal:',
      input.link,
      '',
      `Best wishes,`,
      input.clinic,
    ].join('\n'),
  };
}
