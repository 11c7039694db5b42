import { useState } from 'react';
import { bookAppointmentRequest } from '@corium/contracts';
import { Button, Text } from '@mantine/core';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { useCurrentUser } from '../auth/session';
import type { Refusal } from './booking-words';

interface SpacingOverrideProps {
  refusal: Refusal | null;
  /** "book" or "move": what the prescriber does anyway. */
  action: 'book' | 'move';
  /** Repeats the refused request with the prescriber's reason; rejects with the server's refusal. */
  onOverride: (reason: string) => Promise<void>;
}

const acceptsReason = (reason: string) =>
  bookAppointmentRequest.shape.spacingOverride.safeParse({ reason }).success;

/**
 * Spacing between needling sessions and other treatments (C12/C13) is a clinical judgement the
 * rules leave to a prescriber: they may go ahead with a recorded reason; anyone else is told who can.
 */
export function SpacingOverride({ refusal, action, onOverride }: SpacingOverrideProps) {
  const { isPrescriber } = useCurrentUser().user;
  const [asking, setAsking] = useState(false);
  if (refusal?.code !== 'SPACING_TOO_CLOSE') return null;
  if (!isPrescriber)
    return (
      <Text size="sm">
        A prescriber can allow it with a reason: ask one to {action} this visit, or choose another time.
      </Text>
    );
  const verb = action === 'book' ? 'Book' : 'Move';
  return (
    <>
      <Button variant="light" onClick={() => setAsking(true)}>
        {verb} anyway, as prescriber…
      </Button>
      {asking && (
        <ReasonDialog
          title={`${verb} closer than the spacing rules allow?`}
          explanation={`${refusal.message}. Your reason is kept with the visit, with your name, and shown to the team.`}
          label="Why is it safe this time?"
          description="For example: superficial session only, or the other treatment was in another area."
          maxLength={2000}
          accepts={acceptsReason}
          invalidMessage="Give the reason in a sentence (at least 10 characters)"
          confirmLabel={`${verb} with my override`}
          confirmColor="corium"
          failureTitle={action === 'book' ? 'Not booked' : 'Not moved'}
          onConfirm={onOverride}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
}
