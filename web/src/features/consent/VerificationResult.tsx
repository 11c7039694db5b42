import { useState } from 'react';
import type { ConsentVerification } from '@corium/contracts';
import { Alert, Code, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { staffConsentApi } from './consent-api';

type VerificationState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'done'; result: ConsentVerification }
  | { status: 'failed'; message: string };

/** An admin's check of one consent: its stored PDF and text hashed again now. */
export function useVerification(patientId: string, consentId: string) {
  const [state, setState] = useState<VerificationState>({ status: 'idle' });
  async function verify() {
    setState({ status: 'checking' });
    try {
      setState({ status: 'done', result: await staffConsentApi.verify(patientId, consentId) });
    } catch (error) {
      setState({ status: 'failed', message: describeError(error) });
    }
  }
  return { state, verify };
}

function Hashes({ recorded, actual }: { recorded: string; actual: string }) {
  return (
    <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
      Recorded <Code>{recorded}</Code>, now <Code>{actual}</Code>
    </Text>
  );
}

/** The outcome, in words first: matched, or which part no longer matches what was signed. */
export function VerificationResult({ state }: { state: VerificationState }) {
  if (state.status === 'failed') return <FormProblem message={state.message} title="Not verified" />;
  if (state.status !== 'done') return null;
  const { result } = state;
  const pdfMatches = result.actualSha256 === result.recordedSha256;
  if (result.valid)
    return (
      <Alert color="corium" icon={<IconShieldCheck aria-hidden="true" />} title="Verified: OK" role="status">
        The stored PDF and the signed text match the hashes recorded at signing.
      </Alert>
    );
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden="true" />} title="Mismatch" role="alert">
      <Stack gap={4}>
        <Text size="sm">
          {pdfMatches ? 'The PDF matches.' : 'The stored PDF does not match the hash recorded at signing.'}{' '}
          {result.documentMatches
            ? 'The signed text matches.'
            : 'The stored text does not match the hash recorded at signing.'}{' '}
          Tell the clinic’s administrator: the record may have been altered.
        </Text>
        {!pdfMatches && <Hashes recorded={result.recordedSha256} actual={result.actualSha256} />}
        {!result.documentMatches && (
          <Hashes recorded={result.recordedDocumentSha256} actual={result.actualDocumentSha256} />
        )}
      </Stack>
    </Alert>
  );
}
