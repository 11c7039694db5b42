import { useCallback } from 'react';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useResource } from '../../ui/use-resource';
import { portalConsents } from './consent-api';
import { needsPatient, treatmentWords } from './consent-words';

/**
 * On the portal's home page: the consents the clinic is waiting for, because it asked for them
 * or because it changed their text in a way that matters. Nothing is shown otherwise, nor if
 * they cannot be loaded (the Consents page says why).
 */
export function ConsentNotice() {
  const load = useCallback(() => portalConsents.load(), []);
  const { resource } = useResource(load);
  if (resource.status !== 'ready') return null;
  const waiting = resource.data.treatments.filter(needsPatient);
  if (waiting.length === 0) return null;
  return (
    <Alert
      color="orange"
      icon={<IconSignature aria-hidden="true" />}
      title={waiting.length === 1 ? 'A consent is waiting for you' : 'Consents are waiting for you'}
      styles={{ title: { color: 'var(--mantine-color-black)', fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="sm" align="flex-start">
        <List spacing={4}>
          {waiting.map((treatment) => (
            <List.Item key={treatment.treatment}>
              <Text span fw={600}>
                {treatmentWords[treatment.treatment]}
              </Text>
              {': '}
              {treatment.status === 'needs_resigning'
                ? 'the clinic changed this consent; please sign it again'
                : 'the clinic asked you to sign this consent'}
            </List.Item>
          ))}
        </List>
        <Text size="sm">Please read and sign before your next treatment.</Text>
        <Button component={Link} to="/portal/consents">
          Go to your consents
        </Button>
      </Stack>
    </Alert>
  );
}
