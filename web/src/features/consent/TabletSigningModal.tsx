import { useMemo } from 'react';
import type { ConsentTreatment, SignedConsent } from '@corium/contracts';
import { Container, Modal, Text } from '@mantine/core';
import { staffConsents } from './consent-api';
import { treatmentWords } from './consent-words';
import { SignConsentFlow } from './SignConsentFlow';

interface TabletSigningModalProps {
  patientId: string;
  treatment: ConsentTreatment;
  onSigned: (consent: SignedConsent) => void;
  onClose: () => void;
}

/**
 * The whole screen for the patient, on the clinic's tablet: the consent, their choices and
 * their signature. The consent records that it was signed here and who handed the tablet over.
 */
export function TabletSigningModal({ patientId, treatment, onSigned, onClose }: TabletSigningModalProps) {
  const channel = useMemo(() => staffConsents(patientId), [patientId]);
  return (
    <Modal
      opened
      fullScreen
      onClose={onClose}
      title={`Consent: ${treatmentWords[treatment]}`}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-xl)' } }}
    >
      <Container size="md" px={0} pb="xl">
        <Text c="dimmed" mb="lg">
          Hand the tablet to the patient. They read the consent, type their name and sign with a finger or the
          stylus; the consent records that it was signed on this tablet and that you handed it over.
        </Text>
        <SignConsentFlow
          channel={channel}
          treatment={treatment}
          onSigned={onSigned}
          onDone={onClose}
          doneLabel="Done: hand the tablet back"
        />
      </Container>
    </Modal>
  );
}
