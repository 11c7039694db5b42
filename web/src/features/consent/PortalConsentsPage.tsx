import { useState } from 'react';
import type { PatientConsents, SignedConsent, TreatmentConsent } from '@corium/contracts';
import { Anchor, Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router-dom';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { portalConsents } from './consent-api';
import { ConsentStatusBadges, StatusBadge } from './ConsentStatusBadges';
import { signVerb, statusDetail, treatmentWords } from './consent-words';
import { PdfLink } from './PdfLink';
import { PhotoScopeSwitches } from './PhotoScopeSwitches';
import { usePatientConsents } from './use-patient-consents';
import { WithdrawnNote } from './WithdrawnNote';
import { WithdrawConsentDialog } from './WithdrawConsentDialog';

const signPath = (treatment: string) => `/portal/consents/sign/${treatment}`;

function TreatmentCard({ treatment }: { treatment: TreatmentConsent }) {
  const name = treatmentWords[treatment.treatment];
  const asked = treatment.status !== 'valid' || treatment.requested;
  return (
    <Card component="li">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {name}
        </Title>
        <ConsentStatusBadges treatment={treatment} />
        <Text size="sm">{statusDetail(treatment, 'patient')}</Text>
        {asked && (
          <Group>
            <Button
              component={Link}
              to={signPath(treatment.treatment)}
              aria-label={`${signVerb(treatment)}: ${name}`}
            >
              {signVerb(treatment)}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

interface SignedItemProps {
  consent: SignedConsent;
  onWithdraw: (consent: SignedConsent) => void;
}

function SignedItem({ consent, onWithdraw }: SignedItemProps) {
  const { timeZone } = useCurrentUser().clinic;
  const via = consent.signedVia === 'portal' ? 'here in the portal' : 'on the clinic’s tablet';
  return (
    <Card component="li">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {consent.title}
        </Title>
        <StatusBadge status={consent.status} />
        <Text size="sm">
          Version {consent.templateVersion}, signed as {consent.typedName} on{' '}
          <time dateTime={consent.signedAt}>{clinicDateTime(consent.signedAt, timeZone)}</time> {via}.
        </Text>
        <WithdrawnNote consent={consent} timeZone={timeZone} audience="patient" />
        <Group gap="sm">
          <PdfLink href={portalConsents.pdfUrl(consent.id)} consentId={consent.id} />
          {!consent.withdrawnAt && (
            <Button variant="default" color="red.9" onClick={() => onWithdraw(consent)}>
              Withdraw…
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function PhotoUses({
  data,
  onChanged,
}: {
  data: PatientConsents;
  onChanged: (s: PatientConsents['photoScopes']) => void;
}) {
  const photography = data.treatments.find((t) => t.treatment === 'photography');
  const canGrant = photography?.status === 'valid';
  return (
    <Stack component="section" gap="sm" aria-labelledby="photo-uses-heading">
      <Title order={2} size="h3" id="photo-uses-heading">
        How your photos may be used
      </Title>
      <Text>Each use is separate. Switching one off applies at once.</Text>
      {!canGrant && (
        <Text>
          To allow a use, first{' '}
          <Anchor component={Link} to={signPath('photography')}>
            sign the clinical photography consent
          </Anchor>
          . You can always switch a use off.
        </Text>
      )}
      <Card>
        <PhotoScopeSwitches
          channel={portalConsents}
          scopes={data.photoScopes}
          canGrant={canGrant}
          audience="patient"
          onChanged={onChanged}
        />
      </Card>
    </Stack>
  );
}

function Sections({
  data,
  onWithdraw,
  onScopes,
}: {
  data: PatientConsents;
  onWithdraw: (consent: SignedConsent) => void;
  onScopes: (scopes: PatientConsents['photoScopes']) => void;
}) {
  return (
    <>
      <Stack component="section" gap="sm" aria-labelledby="treatments-heading">
        <Title order={2} size="h3" id="treatments-heading">
          Treatments
        </Title>
        <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {data.treatments.map((treatment) => (
            <TreatmentCard key={treatment.treatment} treatment={treatment} />
          ))}
        </Stack>
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="signed-heading">
        <Title order={2} size="h3" id="signed-heading">
          Your signed consents
        </Title>
        {data.consents.length === 0 ? (
          <Text>You have not signed any consent yet.</Text>
        ) : (
          <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
            {data.consents.map((consent) => (
              <SignedItem key={consent.id} consent={consent} onWithdraw={onWithdraw} />
            ))}
          </Stack>
        )}
      </Stack>
      <PhotoUses data={data} onChanged={onScopes} />
    </>
  );
}

/** The patient's consents: what each treatment needs, what they signed, and how their photos may be used. */
export function PortalConsentsPage() {
  usePageTitle('Your consents');
  const { clinic } = useCurrentUser();
  const { resource, consents, reload, keepScopes } = usePatientConsents(portalConsents);
  const [withdrawing, setWithdrawing] = useState<SignedConsent | null>(null);
  const [announcement, setAnnouncement] = useState('');

  return (
    <Stack gap="xl">
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      <Stack gap={4}>
        <Title order={1}>Your consents</Title>
        <Text c="dimmed">
          Before a treatment, {clinic.name} asks you to read and sign a consent for it. Each signed consent is
          kept as a PDF that you can download.
        </Text>
      </Stack>
      {resource.status === 'loading' && <SectionLoader label="Loading your consents…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Your consents could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {consents && <Sections data={consents} onWithdraw={setWithdrawing} onScopes={keepScopes} />}
      {withdrawing && (
        <WithdrawConsentDialog
          channel={portalConsents}
          consent={withdrawing}
          audience="patient"
          onClose={() => setWithdrawing(null)}
          onWithdrawn={(consent) => {
            setWithdrawing(null);
            setAnnouncement(`${consent.title}: withdrawn.`);
            reload();
          }}
        />
      )}
    </Stack>
  );
}
