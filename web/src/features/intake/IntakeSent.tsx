import { useEffect, useRef } from 'react';
import type { MedicalHistory } from '@corium/contracts';
import { Button, Card, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';

/** The thank-you once the clinic has the answers; it takes focus so the news is read first. */
export function IntakeSent({ history }: { history: MedicalHistory }) {
  const { clinic } = useCurrentUser();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <Card component="section" aria-labelledby="intake-sent-heading">
      <Stack gap="md" align="flex-start">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden="true">
          <IconCircleCheck size={32} />
        </ThemeIcon>
        <Title order={2} size="h3" id="intake-sent-heading" ref={heading} tabIndex={-1}>
          Thank you. Your answers have been sent
        </Title>
        <Text>
          {clinic.name} will review your health questionnaire before your treatment, to make sure it is safe
          for you.
        </Text>
        <Text c="dimmed">
          Sent on{' '}
          <time dateTime={history.enteredAt}>{clinicDateTime(history.enteredAt, clinic.timeZone)}</time>
        </Text>
        <Text>
          If anything changes before then, for example you start a new medicine, please tell the clinic.
        </Text>
        <Button component={Link} to="/portal/record" variant="default">
          See my record
        </Button>
      </Stack>
    </Card>
  );
}
