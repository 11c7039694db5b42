import { useState } from 'react';
import type { ErasureRequest } from '@corium/contracts';
import { Alert, Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { RetentionExplainer } from './RetentionExplainer';
import { privacyApi } from './privacy-api';

interface OwnErasureProps {
  requests: ErasureRequest[];
  onChanged: () => void;
}

/** "Ask us to erase your data": what it means first, then the request and where it stands. */
export function OwnErasure({ requests, onChanged }: OwnErasureProps) {
  const open = requests.find((r) => r.status === 'requested');
  return (
    <Stack component="section" gap="sm" aria-labelledby="erasure-heading">
      <Title order={2} id="erasure-heading">
        Ask us to erase your data
      </Title>
      <Text>
        A member of the clinic’s staff checks each request and carries it out, usually within a month. Once it
        is done you can no longer sign in to this portal. If you want a copy of your record, download it
        first.
      </Text>
      <RetentionExplainer headingLevel={3} />
      {open ? <OpenRequest request={open} /> : <AskForm onAsked={onChanged} />}
    </Stack>
  );
}

function AskForm({ onAsked }: { onAsked: () => void }) {
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  return (
    <Stack gap="sm" maw={560}>
      <Textarea
        label="Anything you want us to know (optional)"
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        maxLength={2000}
        autosize
        minRows={2}
      />
      <div>
        <Button color="red" variant="outline" onClick={() => setConfirming(true)}>
          Ask to erase my data…
        </Button>
      </div>
      <ConfirmDialog
        opened={confirming}
        title="Ask to erase your data?"
        confirmLabel="Send my request"
        danger
        onConfirm={async () => {
          await privacyApi.requestOwnErasure(reason);
          onAsked();
        }}
        onClose={() => setConfirming(false)}
      >
        <Text>
          The clinic will erase what it is not required to keep and close your portal account. Your clinical
          record is kept, hidden from everyday use, for as long as the law requires.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}

function OpenRequest({ request }: { request: ErasureRequest }) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <Alert color="blue" title="Your request has been received" role="status">
      You asked on {clinicDateTime(request.requestedAt, timeZone)}. The clinic is reviewing it; you can still
      download a copy of your record until it is carried out.
    </Alert>
  );
}
