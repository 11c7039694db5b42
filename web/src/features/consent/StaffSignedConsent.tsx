import { useState } from 'react';
import { photoScopes, type SignedConsent } from '@corium/contracts';
import { Button, Card, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconShieldCheck, IconSignature } from '@tabler/icons-react';
import { clinicDateTime } from '../../lib/clinic-time';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DetailList } from '../../ui/DetailList';
import { staffConsentApi } from './consent-api';
import { StatusBadge } from './ConsentStatusBadges';
import { photoScopeWords, signedViaWords } from './consent-words';
import { PdfLink } from './PdfLink';
import { VerificationResult, useVerification } from './VerificationResult';
import { WithdrawnNote } from './WithdrawnNote';

interface StaffSignedConsentProps {
  patientId: string;
  consent: SignedConsent;
  pdfUrl: string;
  onChanged: (consent: SignedConsent, announcement: string) => void;
  onWithdraw: (consent: SignedConsent) => void;
}

function useFacts(consent: SignedConsent) {
  const { timeZone } = useCurrentUser().clinic;
  const at = (instant: string) => clinicDateTime(instant, timeZone);
  const handedBy = consent.facilitatedBy ? `, handed over by ${consent.facilitatedBy.displayName}` : '';
  const facts = [
    { term: 'Version', value: `${consent.templateVersion} (material revision ${consent.materialRevision})` },
    { term: 'Signed', value: `${at(consent.signedAt)}, ${signedViaWords[consent.signedVia]}${handedBy}` },
    { term: 'Typed name', value: consent.typedName },
    {
      term: 'Countersigned',
      value:
        consent.countersignedBy && consent.countersignedAt
          ? `By ${consent.countersignedBy.displayName}, ${at(consent.countersignedAt)}`
          : 'Not countersigned',
    },
  ];
  if (consent.photoScopes) {
    const allowed = photoScopes.filter((scope) => consent.photoScopes![scope]).map((s) => photoScopeWords[s]);
    facts.push({ term: 'Photo uses chosen at signing', value: allowed.length ? allowed.join('; ') : 'None' });
  }
  return { facts, timeZone };
}

interface ActionsProps {
  patientId: string;
  consent: SignedConsent;
  pdfUrl: string;
  verification: ReturnType<typeof useVerification>;
  onCountersign: () => void;
  onWithdraw: (consent: SignedConsent) => void;
}

/** What the signed-in role may do with this consent, as the server's policies allow. */
function ConsentActions({ consent, pdfUrl, verification, onCountersign, onWithdraw }: ActionsProps) {
  const { role } = useCurrentUser().user;
  const open = !consent.withdrawnAt;
  return (
    <Group gap="sm">
      <PdfLink href={pdfUrl} consentId={consent.id} />
      {may(role, 'countersignConsents') && open && !consent.countersignedAt && (
        <Button
          variant="default"
          leftSection={<IconSignature size={18} aria-hidden="true" />}
          onClick={onCountersign}
        >
          Countersign…
        </Button>
      )}
      {may(role, 'withdrawConsents') && open && (
        <Button variant="default" onClick={() => onWithdraw(consent)}>
          Record withdrawal…
        </Button>
      )}
      {may(role, 'verifyConsents') && (
        <Button
          variant="default"
          leftSection={<IconShieldCheck size={18} aria-hidden="true" />}
          loading={verification.state.status === 'checking'}
          onClick={() => void verification.verify()}
        >
          Verify the PDF
        </Button>
      )}
    </Group>
  );
}

/** One signed consent as staff see it: how and when it was signed, witnessed, withdrawn; its PDF. */
export function StaffSignedConsent(props: StaffSignedConsentProps) {
  const { patientId, consent, onChanged } = props;
  const { user } = useCurrentUser();
  const { facts, timeZone } = useFacts(consent);
  const [countersigning, setCountersigning] = useState(false);
  const verification = useVerification(patientId, consent.id);

  async function countersign() {
    const signed = await staffConsentApi.countersign(patientId, consent.id);
    onChanged(signed, `${consent.title}: countersigned by ${user.displayName}.`);
  }

  return (
    <Card component="li" padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={3} size="h4">
            {consent.title}
          </Title>
          <StatusBadge status={consent.status} />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <DetailList details={facts.slice(0, 2)} />
          <DetailList details={facts.slice(2)} />
        </SimpleGrid>
        <WithdrawnNote consent={consent} timeZone={timeZone} audience="staff" />
        <VerificationResult state={verification.state} />
        <ConsentActions
          {...props}
          verification={verification}
          onCountersign={() => setCountersigning(true)}
        />
      </Stack>
      <ConfirmDialog
        opened={countersigning}
        title="Countersign this consent"
        confirmLabel={`Countersign as ${user.displayName}`}
        onConfirm={countersign}
        onClose={() => setCountersigning(false)}
      >
        You confirm, as witness, that the patient signed “{consent.title}” (version {consent.templateVersion}
        ). Your name and the time are recorded with it; a countersignature cannot be removed.
      </ConfirmDialog>
    </Card>
  );
}
