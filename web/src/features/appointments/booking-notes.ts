import type { Appointment } from '@corium/contracts';

const sentences = (messages: string[]) => `${messages.map((m) => m.replace(/\.$/, '')).join('. ')}.`;

/**
 * A prescriber's spacing override and what booking found worth telling (a peel within two
 * weeks, toxin on the same day: needle first), as detail rows for whoever books or treats.
 */
export function bookingNotes({ spacingOverride, warnings }: Appointment) {
  return [
    ...(spacingOverride
      ? [
          {
            term: 'Spacing override',
            value: `${spacingOverride.reason} (${spacingOverride.by.displayName}, prescriber)`,
          },
        ]
      : []),
    ...(warnings.length > 0
      ? [{ term: 'Please note', value: sentences(warnings.map((w) => w.message)) }]
      : []),
  ];
}
