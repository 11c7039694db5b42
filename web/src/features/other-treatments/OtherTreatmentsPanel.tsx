import { useCallback, useState } from 'react';
import type { OtherTreatment } from '@corium/contracts';
import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { useCurrentUser } from '../auth/session';
import { OtherTreatmentForm } from './OtherTreatmentForm';
import { EnteredInErrorDialog } from './EnteredInErrorDialog';
import { OtherTreatmentList } from './OtherTreatmentList';
import { spacingExplanation } from './other-treatment-words';
import { otherTreatmentsApi } from './other-treatments-api';

/** What the dialog is doing: adding a record, correcting one, or marking one entered in error. */
type Editing = { correcting?: OtherTreatment } | { withdrawing: OtherTreatment } | null;

/** The patient record's "Other treatments" tab: toxin, filler, peel and laser, which booking spaces around. */
export function OtherTreatmentsPanel({ patientId }: { patientId: string }) {
  const { clinic } = useCurrentUser();
  const load = useCallback(() => otherTreatmentsApi.list(patientId), [patientId]);
  const { resource, reload } = useResource(load);
  const [editing, setEditing] = useState<Editing>(null);
  const saved = () => {
    setEditing(null);
    reload();
  };

  return (
    <Stack component="section" aria-labelledby="other-treatments-heading" gap="md">
      <Group justify="space-between" align="flex-end" gap="md">
        <Title order={2} size="h3" id="other-treatments-heading">
          Other treatments
        </Title>
        <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => setEditing({})}>
          Add a treatment given elsewhere…
        </Button>
      </Group>
      {resource.status === 'loading' && <SectionLoader label="Loading other treatments…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Other treatments could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <OtherTreatmentList
          records={resource.data}
          timeZone={clinic.timeZone}
          onCorrect={(record) => setEditing({ correcting: record })}
          onEnteredInError={(record) => setEditing({ withdrawing: record })}
        />
      )}
      <Text>{spacingExplanation}</Text>
      {editing && 'withdrawing' in editing && (
        <EnteredInErrorDialog
          record={editing.withdrawing}
          onWithdrawn={saved}
          onClose={() => setEditing(null)}
        />
      )}
      {editing && !('withdrawing' in editing) && (
        <EditDialog
          patientId={patientId}
          correcting={editing.correcting}
          onSaved={saved}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

interface EditDialogProps {
  patientId: string;
  correcting: OtherTreatment | undefined;
  onSaved: () => void;
  onClose: () => void;
}

// Mounted only while open, so its title never changes to another record's as it closes.
function EditDialog({ patientId, correcting, onSaved, onClose }: EditDialogProps) {
  return (
    <Modal
      opened
      onClose={onClose}
      title={correcting ? 'Correct this record' : 'Add a toxin, filler, peel or laser treatment'}
      size="lg"
      centered
    >
      <Stack gap="md">
        {correcting && (
          <Text>The record stays on file, marked as corrected; booking uses the correction.</Text>
        )}
        <OtherTreatmentForm
          patientId={patientId}
          correcting={correcting}
          onSaved={onSaved}
          onCancel={onClose}
        />
      </Stack>
    </Modal>
  );
}
