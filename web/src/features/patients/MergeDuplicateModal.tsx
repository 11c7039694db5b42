import { useState } from 'react';
import type { MergeResult, PatientRecord, PatientSummary } from '@corium/contracts';
import { Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { patientName } from '../patient-record/ContactDetails';
import { MergeReview } from './MergeReview';
import { MergeSearch } from './MergeSearch';

interface MergeDuplicateModalProps {
  /** The record whose page this is: it is kept, and the duplicate is merged into it. */
  survivor: PatientRecord;
  onClose: () => void;
  onMerged: (survivor: PatientRecord) => void;
}

/** Find the duplicate, compare the two records, give a reason, merge. Mounted only while open. */
export function MergeDuplicateModal({ survivor, onClose, onMerged }: MergeDuplicateModalProps) {
  const [duplicate, setDuplicate] = useState<PatientSummary | null>(null);
  // The comparison is a wide table: on a phone it gets the whole screen.
  const phone = useMediaQuery('(max-width: 36em)');

  function merged(result: MergeResult) {
    notifications.show({
      color: 'corium',
      message: `${duplicate ? patientName(duplicate) : 'The duplicate'}’s record is merged into ${patientName(result.patient)}’s.`,
    });
    onMerged(result.patient);
    onClose();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Merge a duplicate into ${patientName(survivor)}’s record`}
      size="xl"
      fullScreen={phone}
      // A stray tap beside the dialog must not throw away a written reason.
      closeOnClickOutside={false}
    >
      <Stack gap="md">
        <Text size="sm">
          Use this when the same person was registered twice. This record is kept; everything the duplicate
          holds moves here.
        </Text>
        {duplicate === null ? (
          <MergeSearch survivor={survivor} onChoose={setDuplicate} />
        ) : (
          <MergeReview
            survivorId={survivor.id}
            duplicate={duplicate}
            onBack={() => setDuplicate(null)}
            onMerged={merged}
          />
        )}
      </Stack>
    </Modal>
  );
}
