import { useEffect, useRef } from 'react';
import type { SignedConsent } from '@corium/contracts';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { PdfLink } from './PdfLink';

interface SignedConfirmationProps {
  consent: SignedConsent;
  pdfUrl: string;
  doneLabel: string;
  onDone: () => void;
}

/** The signature is stored and its PDF printed: said plainly, with the document to keep. */
export function SignedConfirmation({ consent, pdfUrl, doneLabel, onDone }: SignedConfirmationProps) {
  const { timeZone } = useCurrentUser().clinic;
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the reader was in is gone; they continue from here.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="lg">
      <Alert color="corium" icon={<IconCircleCheck size={28} aria-hidden="true" />}>
        <Stack gap="xs">
          <Title order={2} size="h3" ref={heading} tabIndex={-1}>
            Consent signed
          </Title>
          <Text>
            {consent.title}, version {consent.templateVersion}, signed by {consent.typedName} on{' '}
            <time dateTime={consent.signedAt}>{clinicDateTime(consent.signedAt, timeZone)}</time>.
          </Text>
          <Text>
            The signed document is stored as a PDF and will not change. Download a copy to keep; you can also
            download it later.
          </Text>
        </Stack>
      </Alert>
      <Group gap="sm">
        <PdfLink href={pdfUrl} consentId={consent.id} label="Download signed PDF" primary />
        <Button variant="default" onClick={onDone}>
          {doneLabel}
        </Button>
      </Group>
    </Stack>
  );
}
