/**
 * The e-mail an affected patient receives: what was recalled, in plain words, and that the
 * clinic will contact them. A recall is a precaution, and the message says so without alarm;
 * the staff's own reason for the recall (often a supplier's technical wording) is not sent.
 */

export interface RecallNoticeFacts {
  patientGivenName: string;
  clinicName: string;
  /** The days of the patient's affected sessions, already formatted for reading. */
  sessionDays: string[];
  what: { kind: 'lot'; productName: string; lotNumber: string } | { kind: 'device'; model: string };
}

const listOf = (days: string[]): string =>
  days.length <= 1 ? (days[0] ?? '') : `${days.slice(0, -1).join(', ')} and ${days.at(-1)}`;

export function recallNoticeText(facts: RecallNoticeFacts): { subject: string; text: string } {
  const when = listOf(facts.sessionDays);
  const recalled =
    facts.what.kind === 'lot'
      ? `The maker of ${facts.what.productName} has recalled one batch of it (lot ${facts.what.lotNumber}), ` +
        `and our records show that this batch was used during your treatment on ${when}.`
      : `We are checking one of our treatment pens (${facts.what.model}), which was used during your ` +
        `treatment on ${when}, and have taken it out of use while we do.`;
  return {
    subject: `About your treatment at ${facts.clinicName}`,
    text: [
      `Hello ${facts.patientGivenName},`,
      '',
      recalled,
      '',
      'This is a precaution. We are writing to everyone it concerns so that nobody is left out.',
      'Someone from the clinic will contact you to talk it through and answer your questions; you do',
      'not need to do anything before then.',
      '',
      'If anything about your skin worries you in the meantime, please call the clinic.',
      '',
      facts.clinicName,
    ].join('\n'),
  };
}
