import { useState } from 'react';
import type { PatientExport } from '@corium/contracts';
import { Button, Stack, Text, Title } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { CopyList } from './CopyList';
import { privacyApi } from './privacy-api';

interface OwnCopiesProps {
  copies: PatientExport[];
  onChanged: () => void;
}

/** "A copy of your record": ask for one, follow it, download it. */
export function OwnCopies({ copies, onChanged }: OwnCopiesProps) {
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ask = () => {
    setAsking(true);
    setProblem(null);
    privacyApi
      .requestOwnCopy()
      .then(onChanged, (error: unknown) => setProblem(describeError(error)))
      .finally(() => setAsking(false));
  };
  return (
    <Stack component="section" gap="sm" aria-labelledby="copy-heading">
      <Title order={2} id="copy-heading">
        A copy of your record
      </Title>
      <Text>
        One ZIP file with everything we hold about you: a summary you can read (PDF), every consent form you
        signed (PDF), and the complete record in FHIR, the standard format other clinics and health apps can
        import. Only you can download it, for 7 days.
      </Text>
      <FormProblem message={problem} title="The copy could not be requested" />
      <div>
        <Button leftSection={<IconFileZip size={18} aria-hidden="true" />} onClick={ask} loading={asking}>
          Prepare a copy of my record
        </Button>
      </div>
      {copies.length > 0 && <CopyList copies={copies} />}
    </Stack>
  );
}
