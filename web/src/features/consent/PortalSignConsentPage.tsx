import { consentTreatment } from '@corium/contracts';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { NotFoundPage } from '../public/NotFoundPage';
import { usePageTitle } from '../../ui/page-title';
import { portalConsents } from './consent-api';
import { treatmentWords } from './consent-words';
import { SignConsentFlow } from './SignConsentFlow';

const consentsHome = { to: '/portal/consents', label: 'Back to your consents' };

/** `/portal/consents/sign/:treatment`: the patient reads and signs one treatment's consent. */
export function PortalSignConsentPage() {
  const parsed = consentTreatment.safeParse(useParams().treatment);
  const navigate = useNavigate();
  const name = parsed.success ? treatmentWords[parsed.data] : 'Consent';
  usePageTitle(`Sign: ${name}`);
  if (!parsed.success) return <NotFoundPage home={consentsHome} />;

  const back = () => void navigate(consentsHome.to);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={consentsHome.to} display="inline-flex" py={10} style={{ gap: 6 }}>
        <IconArrowLeft size={18} aria-hidden="true" />
        Your consents
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>Read and sign: {name}</Title>
        <Text c="dimmed">Take your time. If anything is unclear, ask the clinic before you sign.</Text>
      </Stack>
      <SignConsentFlow
        key={parsed.data}
        channel={portalConsents}
        treatment={parsed.data}
        onDone={back}
        doneLabel="Back to your consents"
      />
    </Stack>
  );
}
