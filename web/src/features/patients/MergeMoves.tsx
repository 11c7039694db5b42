import type { MergeMoves as Moves } from '@corium/contracts';
import { List, Text } from '@mantine/core';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const draftWords: Record<Moves['intakeDraft'], string | null> = {
  none: null,
  moved: 'The patient’s unfinished health questionnaire moves to this record.',
  kept_survivors:
    'Both records have an unfinished health questionnaire: this record’s is newer and is kept; the duplicate’s is discarded.',
  took_duplicates:
    'Both records have an unfinished health questionnaire: the duplicate’s is newer and replaces this record’s.',
};

const accountWords: Record<Moves['portalAccount'], string | null> = {
  none: null,
  moved: 'The patient’s portal sign-in moves to this record: they will see this record when they sign in.',
  kept_survivors:
    'This record keeps its portal sign-in; the duplicate’s disabled account stays with the merged record.',
};

function history(moves: Moves): string | null {
  if (moves.historyVersions === 0) return null;
  return `${count(moves.historyVersions, 'medical-history version moves', 'medical-history versions move')} to this record, numbered after its own and keeping who entered ${moves.historyVersions === 1 ? 'it' : 'them'} and when.`;
}

function screenings(moves: Moves): string | null {
  if (moves.screenings === 0) return null;
  const overrides =
    moves.overrides === 0 ? '' : ` with ${count(moves.overrides, 'signed override', 'signed overrides')}`;
  return `${count(moves.screenings, 'screening', 'screenings')}${overrides} ${moves.screenings === 1 ? 'moves' : 'move'} to this record.`;
}

function consents(moves: Moves): string | null {
  const parts = [
    moves.consents > 0 && count(moves.consents, 'signed consent', 'signed consents'),
    moves.consentRequests > 0 && count(moves.consentRequests, 'request to sign', 'requests to sign'),
  ].filter((part) => part !== false);
  if (parts.length === 0) return null;
  const verb = moves.consents + moves.consentRequests === 1 ? 'moves' : 'move';
  return `${parts.join(' and ')} ${verb} to this record, exactly as signed or sent.`;
}

function bookings(moves: Moves): string | null {
  const parts = [
    moves.appointments > 0 && count(moves.appointments, 'appointment', 'appointments'),
    moves.treatmentSeries > 0 && count(moves.treatmentSeries, 'treatment series', 'treatment series'),
    moves.otherTreatments > 0 && count(moves.otherTreatments, 'other treatment', 'other treatments'),
    moves.waitlistEntries > 0 && count(moves.waitlistEntries, 'waitlist entry', 'waitlist entries'),
    moves.sentMessages > 0 && count(moves.sentMessages, 'sent message', 'sent messages'),
  ].filter((part) => part !== false);
  if (parts.length === 0) return null;
  const total =
    moves.appointments +
    moves.treatmentSeries +
    moves.otherTreatments +
    moves.waitlistEntries +
    moves.sentMessages;
  const verb = total === 1 ? 'moves' : 'move';
  return `${parts.join(' and ')} ${verb} to this record.`;
}

function treatment(moves: Moves): string | null {
  const parts = [
    moves.treatmentSessions > 0 && count(moves.treatmentSessions, 'session chart', 'session charts'),
    moves.photos > 0 && count(moves.photos, 'photo', 'photos'),
    moves.aftercarePlans > 0 && count(moves.aftercarePlans, 'recovery plan', 'recovery plans'),
    moves.checkIns > 0 && count(moves.checkIns, 'check-in', 'check-ins'),
    moves.aftercareAlerts > 0 && count(moves.aftercareAlerts, 'alert', 'alerts'),
    moves.adverseEvents > 0 && count(moves.adverseEvents, 'adverse event', 'adverse events'),
    moves.outcomeScores > 0 && count(moves.outcomeScores, 'outcome score', 'outcome scores'),
  ].filter((part) => part !== false);
  if (parts.length === 0) return null;
  return `${parts.join(' and ')} move to this record, signed charts unchanged.`;
}

function photoChoices(moves: Moves): string | null {
  if (moves.photoScopeChanges === 0) return null;
  return 'The patient’s choices about the use of their photographs move to this record; the most recent choice for each use applies.';
}

/** What merging will do, in the order a clinician would check it. */
export function MergeMoves({ moves, duplicateName }: { moves: Moves; duplicateName: string }) {
  const items = [
    history(moves),
    screenings(moves),
    consents(moves),
    bookings(moves),
    treatment(moves),
    photoChoices(moves),
    draftWords[moves.intakeDraft],
    accountWords[moves.portalAccount],
    moves.filled.length > 0
      ? 'This record keeps its own details; the ones it lacks are taken from the duplicate, as shown above.'
      : 'This record keeps all its own details.',
    `${duplicateName}’s record stays readable, with a notice that points here, and no longer appears in searches.`,
  ].filter((item) => item !== null);

  return (
    <section aria-labelledby="merge-moves-heading">
      <Text id="merge-moves-heading" fw={600} mb="xs">
        What will happen
      </Text>
      <List spacing="xs">
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
      <Text size="sm" mt="sm">
        A merge cannot be undone. It appears in both records’ access logs under your name, and your reason is
        kept on the merged record.
      </Text>
    </section>
  );
}
