import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { FormProblem } from '../../ui/FormProblem';
import { exportComparison, type ComparisonExport } from './export-comparison';

/** Saves the pair as one PNG, dates written under each photo, to give to the patient. */
export function ExportComparisonButton({ request }: { request: ComparisonExport }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function save() {
    setBusy(true);
    setProblem(null);
    try {
      await exportComparison(request);
    } catch {
      setProblem('The comparison image could not be made. Check the connection and try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs" align="flex-start">
      <Button
        size="md"
        variant="default"
        leftSection={<IconDownload size={20} aria-hidden="true" />}
        loading={busy}
        onClick={() => void save()}
      >
        Save as an image
      </Button>
      <FormProblem message={problem} />
    </Stack>
  );
}
