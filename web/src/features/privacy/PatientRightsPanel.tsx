import { useState } from 'react';
import type { StaffErasureBody } from '@corium/contracts';
import { Alert, Anchor, Button, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { privacyApi } from './privacy-api';

const channels: { value: StaffErasureBody['receivedVia']; label: string }[] = [
  { value: 'in_person', label: 'In person, at the clinic' },
  { value: 'phone', label: 'By phone' },
  { value: 'email', label: 'By e-mail' },
  { value: 'letter', label: 'By letter' },
];

/** Runs one call at a time, keeping its failure to show and whether it succeeded. */
function useAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const run = (call: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    call()
      .then(
        () => setDone(true),
        (error: unknown) => setProblem(describeError(error)),
      )
      .finally(() => setBusy(false));
  };
  return { busy, problem, done, run };
}

const PrivacyLink = () => (
  <Anchor component={Link} to="/staff/privacy">
    Privacy requests
  </Anchor>
);

/** An admin, for one patient: a copy of the record, and recording an erasure request made outside the portal. */
export function PatientRightsPanel({ patientId }: { patientId: string }) {
  return (
    <Stack gap="xl" maw={640}>
      <CopyForPatient patientId={patientId} />
      <RecordErasure patientId={patientId} />
    </Stack>
  );
}

function CopyForPatient({ patientId }: { patientId: string }) {
  const { busy, problem, done, run } = useAction();
  return (
    <Stack gap="xs">
      <Title order={2}>A copy of the record</Title>
      <Text>
        One ZIP file: a readable summary, the signed consents and the FHIR record. Only you can download it,
        for 7 days.
      </Text>
      <FormProblem message={problem} title="The copy could not be requested" />
      <div>
        <Button onClick={() => run(() => privacyApi.requestCopy(patientId))} loading={busy}>
          Prepare a copy
        </Button>
      </div>
      {done && (
        <Alert color="blue" role="status" title="The copy is being prepared">
          Download it from <PrivacyLink /> under “Copies of records”.
        </Alert>
      )}
    </Stack>
  );
}

function RecordErasure({ patientId }: { patientId: string }) {
  const { busy, problem, done, run } = useAction();
  const [receivedVia, setReceivedVia] = useState<StaffErasureBody['receivedVia']>('in_person');
  const [reason, setReason] = useState('');
  return (
    <Stack gap="xs">
      <Title order={2}>Record an erasure request</Title>
      <Text>
        For a request made at the desk, by phone or by letter. It waits for review on Privacy requests.
      </Text>
      <Select
        label="How the patient asked"
        data={channels}
        value={receivedVia}
        onChange={(value) => value && setReceivedVia(value as StaffErasureBody['receivedVia'])}
        allowDeselect={false}
      />
      <Textarea
        label="What the patient said"
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        required
        autosize
        minRows={2}
        maxLength={2000}
      />
      <FormProblem message={problem} title="The request could not be recorded" />
      <div>
        <Button
          variant="outline"
          color="red"
          disabled={reason.trim().length < 3}
          loading={busy}
          onClick={() => run(() => privacyApi.recordErasure(patientId, { receivedVia, reason }))}
        >
          Record the request
        </Button>
      </div>
      {done && (
        <Alert color="green" role="status" title="Request recorded">
          It is waiting for review on <PrivacyLink />.
        </Alert>
      )}
    </Stack>
  );
}
