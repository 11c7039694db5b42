import { useCallback } from 'react';
import type { TotpEnrolment, TotpEnrolResponse } from '@corium/contracts';
import { Box, Code, Group, Image, Stack, Text, Title } from '@mantine/core';
import { api } from '../../lib/api';
import { CopyTextButton } from '../../ui/CopyTextButton';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { EnrolForm } from './EnrolForm';

interface AuthenticatorSetupProps {
  onEnrolled: (enrolled: TotpEnrolResponse) => void;
}

export function AuthenticatorSetup({ onEnrolled }: AuthenticatorSetupProps) {
  const load = useCallback(() => api.totpEnrolment(), []);
  const { resource, reload } = useResource(load);

  if (resource.status === 'loading') return <SectionLoader label="Preparing your QR code…" />;
  if (resource.status === 'failed') {
    return <LoadProblem title="The QR code could not be loaded" error={resource.error} onRetry={reload} />;
  }
  return (
    <Stack gap="lg">
      <ScanStep enrolment={resource.data} />
      <Stack gap="sm">
        <Title order={2} size="h4">
          2. Enter the code your app shows
        </Title>
        <EnrolForm onEnrolled={onEnrolled} />
      </Stack>
    </Stack>
  );
}

/** Four characters at a time are easier to type; the spans keep the text itself free of spaces. */
function GroupedSecret({ secret }: { secret: string }) {
  const groups = secret.match(/.{1,4}/g) ?? [];
  return (
    <Code data-testid="totp-secret" fz="md" p="xs" style={{ wordBreak: 'break-word' }}>
      {groups.map((group, index) => (
        <Box component="span" key={index} mr={index < groups.length - 1 ? '0.6ch' : 0} display="inline-block">
          {group}
        </Box>
      ))}
    </Code>
  );
}

function ScanStep({ enrolment }: { enrolment: TotpEnrolment }) {
  const qrSource = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        1. Add Corium to your authenticator app
      </Title>
      <Text>In the app, choose to add an account and scan this QR code.</Text>
      <Box bg="white" p="sm" w="fit-content" style={{ border: '1px solid var(--mantine-color-gray-3)' }}>
        <Image src={qrSource} alt="QR code for your authenticator app" w={200} h={200} fit="contain" />
      </Box>
      <Text>If you cannot scan it, choose to enter a setup key instead and type this key:</Text>
      <Group gap="sm" align="center">
        <GroupedSecret secret={enrolment.secret} />
        <CopyTextButton text={enrolment.secret} label="Copy key" />
      </Group>
    </Stack>
  );
}
