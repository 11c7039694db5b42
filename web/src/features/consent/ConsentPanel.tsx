import { useMemo, useState } from 'react';
import type { ConsentTreatment, PatientConsents, SignedConsent } from '@corium/contracts';
import { Card, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { isApiError } from '../../lib/api';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { staffConsents, type ConsentChannel } from './consent-api';
import { PhotoScopeSwitches } from './PhotoScopeSwitches';
import { StaffSignedConsent } from './StaffSignedConsent';
import { StaffTreatmentConsents } from './StaffTreatmentConsents';
import { TabletSigningModal } from './TabletSigningModal';
import { usePatientConsents } from './use-patient-consents';
import { WithdrawConsentDialog } from './WithdrawConsentDialog';

function Refusal({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error, 'FORBIDDEN')) return <Text>Your role does not include reading consents.</Text>;
  return <LoadProblem title="The consents could not be loaded" error={error} onRetry={onRetry} />;
}

interface SignedListProps {
  patientId: string;
  channel: ConsentChannel;
  consents: SignedConsent[];
  onChanged: (consent: SignedConsent, announcement: string) => void;
  onWithdraw: (consent: SignedConsent) => void;
}

function SignedList({ patientId, channel, consents, onChanged, onWithdraw }: SignedListProps) {
  return (
    <Stack component="section" gap="sm" aria-labelledby="signed-consents-heading">
      <Title order={2} size="h3" id="signed-consents-heading">
        Signed consents
      </Title>
      {consents.length === 0 ? (
        <Text>The patient has not signed any consent yet.</Text>
      ) : (
        <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {consents.map((consent) => (
            <StaffSignedConsent
              key={consent.id}
              patientId={patientId}
              consent={consent}
              pdfUrl={channel.pdfUrl(consent.id)}
              onChanged={onChanged}
              onWithdraw={onWithdraw}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

interface PhotoUsesProps {
  channel: ConsentChannel;
  data: PatientConsents;
  onChanged: (scopes: PatientConsents['photoScopes']) => void;
}

function PhotoUses({ channel, data, onChanged }: PhotoUsesProps) {
  const canGrant = data.treatments.some((t) => t.treatment === 'photography' && t.status === 'valid');
  return (
    <Stack component="section" gap="sm" aria-labelledby="staff-photo-uses-heading">
      <Title order={2} size="h3" id="staff-photo-uses-heading">
        Photo uses
      </Title>
      <Text size="sm" c="dimmed">
        Change these only on the patient’s instruction; each change applies at once and is recorded with your
        name.{' '}
        {canGrant
          ? 'Taking a use back stops it immediately.'
          : 'A use can be allowed only once the patient has a valid photography consent; taking one back is always possible.'}
      </Text>
      <Card padding="md">
        <PhotoScopeSwitches
          channel={channel}
          scopes={data.photoScopes}
          canGrant={canGrant}
          audience="staff"
          onChanged={onChanged}
        />
      </Card>
    </Stack>
  );
}

/** The panel's data and what is open over it; answers to writes are kept or loaded again. */
function useConsentPanel(patientId: string) {
  const channel = useMemo(() => staffConsents(patientId), [patientId]);
  const loaded = usePatientConsents(channel);
  const [signing, setSigning] = useState<ConsentTreatment | null>(null);
  const [withdrawing, setWithdrawing] = useState<SignedConsent | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const on = {
    requested: (next: PatientConsents, words: string) => {
      loaded.keepAll(next);
      setAnnouncement(words);
    },
    changed: (consent: SignedConsent, words: string) => {
      loaded.keepConsent(consent);
      setAnnouncement(words);
    },
    withdrawn: (consent: SignedConsent) => {
      setWithdrawing(null);
      setAnnouncement(`${consent.title}: withdrawal recorded.`);
      loaded.reload();
    },
  };
  const open = { signing, setSigning, withdrawing, setWithdrawing };
  return { channel, loaded, open, on, announcement };
}

/** The Consent tab of a patient's record: status per treatment, signing, signed consents and photo uses. */
export function ConsentPanel({ patientId }: { patientId: string }) {
  const { channel, loaded, open, on, announcement } = useConsentPanel(patientId);
  const { resource, consents, reload } = loaded;
  return (
    <Stack gap="xl">
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      {resource.status === 'loading' && <SectionLoader label="Loading the consents…" />}
      {resource.status === 'failed' && <Refusal error={resource.error} onRetry={reload} />}
      {consents && (
        <>
          <StaffTreatmentConsents
            patientId={patientId}
            treatments={consents.treatments}
            onSignOnTablet={open.setSigning}
            onRequested={on.requested}
          />
          <SignedList
            patientId={patientId}
            channel={channel}
            consents={consents.consents}
            onChanged={on.changed}
            onWithdraw={open.setWithdrawing}
          />
          <PhotoUses channel={channel} data={consents} onChanged={loaded.keepScopes} />
        </>
      )}
      {open.signing && (
        <TabletSigningModal
          patientId={patientId}
          treatment={open.signing}
          onSigned={reload}
          onClose={() => open.setSigning(null)}
        />
      )}
      {open.withdrawing && (
        <WithdrawConsentDialog
          channel={channel}
          consent={open.withdrawing}
          audience="staff"
          onWithdrawn={on.withdrawn}
          onClose={() => open.setWithdrawing(null)}
        />
      )}
    </Stack>
  );
}
