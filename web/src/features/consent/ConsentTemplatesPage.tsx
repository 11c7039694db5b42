import { useCallback } from 'react';
import type { ConsentTemplate } from '@corium/contracts';
import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { clinicDateTime } from '../../lib/clinic-time';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { templateApi } from './consent-api';
import { treatmentWords } from './consent-words';

function TemplateCard({ template, timeZone }: { template: ConsentTemplate; timeZone: string }) {
  const { current } = template;
  return (
    <Card component="li">
      <Stack gap={6}>
        <Title order={2} size="h4">
          <Anchor component={Link} to={`/staff/consent-templates/${template.id}`} inherit>
            {treatmentWords[template.treatment]}
          </Anchor>
        </Title>
        <Text>{current.title}</Text>
        <Text size="sm" c="dimmed">
          Version {current.version}
          {current.publishedBy
            ? `, published by ${current.publishedBy.displayName} on ${clinicDateTime(current.publishedAt, timeZone)}`
            : ', Corium’s default text'}
        </Text>
      </Stack>
    </Card>
  );
}

/** The clinic's four consent templates, each at its current version. */
export function ConsentTemplatesPage() {
  usePageTitle('Consent templates');
  const { user, clinic } = useCurrentUser();
  const load = useCallback(() => templateApi.list(), []);
  const { resource, reload } = useResource(load);
  return (
    <Stack gap="lg" maw={1080}>
      <div>
        <Title order={1}>Consent templates</Title>
        <Text c="dimmed">
          The texts patients read and sign before each treatment.{' '}
          {may(user.role, 'editConsentTemplates')
            ? 'Open one to read it, its history, or to publish a new version.'
            : 'The administrator and the medical director write them; you can read them here.'}
        </Text>
      </div>
      {resource.status === 'loading' && <SectionLoader label="Loading the templates…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The templates could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <SimpleGrid
          component="ul"
          cols={{ base: 1, md: 2 }}
          spacing="md"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {resource.data.map((template) => (
            <TemplateCard key={template.id} template={template} timeZone={clinic.timeZone} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
