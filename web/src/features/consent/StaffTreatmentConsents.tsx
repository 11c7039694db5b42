import { useState } from 'react';
import type { ConsentTreatment, PatientConsents, TreatmentConsent } from '@corium/contracts';
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDeviceTablet, IconMail } from '@tabler/icons-react';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { staffConsentApi } from './consent-api';
import { ConsentStatusBadges } from './ConsentStatusBadges';
import { statusDetail, treatmentWords } from './consent-words';

interface StaffTreatmentConsentsProps {
  patientId: string;
  treatments: TreatmentConsent[];
  onSignOnTablet: (treatment: ConsentTreatment) => void;
  /** After a request: the patient's consents as the server now has them, and words to announce. */
  onRequested: (consents: PatientConsents, announcement: string) => void;
}

interface TreatmentCardProps {
  treatment: TreatmentConsent;
  busy: boolean;
  onSignOnTablet: () => void;
  onRequest: () => void;
}

function TreatmentCard({ treatment, busy, onSignOnTablet, onRequest }: TreatmentCardProps) {
  const name = treatmentWords[treatment.treatment];
  const signable = treatment.status !== 'valid';
  return (
    <Card component="li" padding="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {name}
        </Title>
        <ConsentStatusBadges treatment={treatment} />
        <Text size="sm">{statusDetail(treatment, 'staff')}</Text>
        <Group gap="sm">
          <Button
            variant={signable ? 'filled' : 'default'}
            leftSection={<IconDeviceTablet size={18} aria-hidden="true" />}
            aria-label={`Sign on this tablet: ${name}`}
            onClick={onSignOnTablet}
          >
            Sign on this tablet
          </Button>
          {signable && !treatment.requested && (
            <Button
              variant="default"
              leftSection={<IconMail size={18} aria-hidden="true" />}
              aria-label={`Ask the patient to sign in the portal: ${name}`}
              loading={busy}
              onClick={onRequest}
            >
              Ask the patient to sign in the portal
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** Each treatment's consent: whether a session may go ahead, and the two ways to get it signed. */
export function StaffTreatmentConsents(props: StaffTreatmentConsentsProps) {
  const { patientId, treatments, onSignOnTablet, onRequested } = props;
  const [busy, setBusy] = useState<ConsentTreatment | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function request(treatment: ConsentTreatment) {
    setBusy(treatment);
    setFailure(null);
    try {
      const consents = await staffConsentApi.requestSignature(patientId, treatment);
      onRequested(consents, `The patient is asked to sign ${treatmentWords[treatment]} in the portal.`);
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack component="section" gap="sm" aria-labelledby="consent-status-heading">
      <Title order={2} size="h3" id="consent-status-heading">
        Consent by treatment
      </Title>
      <Text c="dimmed" size="sm">
        A session can start only with a valid consent for its treatment. Patients with a portal account see a
        request the next time they sign in.
      </Text>
      <FormProblem message={failure} title="The request was not sent" />
      <SimpleGrid
        component="ul"
        cols={{ base: 1, md: 2 }}
        spacing="md"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
      >
        {treatments.map((treatment) => (
          <TreatmentCard
            key={treatment.treatment}
            treatment={treatment}
            busy={busy === treatment.treatment}
            onSignOnTablet={() => onSignOnTablet(treatment.treatment)}
            onRequest={() => void request(treatment.treatment)}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
