import { useCallback, useState } from 'react';
import type { TemplateVersion } from '@corium/contracts';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../lib/api';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { NotFoundPage } from '../public/NotFoundPage';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { templateApi } from './consent-api';
import { treatmentWords } from './consent-words';
import { TemplateEditor } from './TemplateEditor';
import { TemplatePreview } from './TemplatePreview';
import { TemplateVersions } from './TemplateVersions';

function TemplateHeading({ current, onEdit }: { current: TemplateVersion; onEdit: (() => void) | null }) {
  return (
    <Group justify="space-between" align="flex-end" gap="md">
      <div>
        <Title order={1}>{treatmentWords[current.treatment]}</Title>
        <Text c="dimmed">
          Current: version {current.version}, material revision {current.materialRevision}.
        </Text>
      </div>
      {onEdit && (
        <Button leftSection={<IconPencil size={18} aria-hidden="true" />} onClick={onEdit}>
          Write a new version
        </Button>
      )}
    </Group>
  );
}

interface LoadedTemplateProps {
  templateId: string;
  versions: TemplateVersion[];
  onChanged: () => void;
}

function LoadedTemplate({ templateId, versions, onChanged }: LoadedTemplateProps) {
  const { user, clinic } = useCurrentUser();
  const mayEdit = may(user.role, 'editConsentTemplates');
  const [editing, setEditing] = useState(false);
  const current = versions[0]!;
  usePageTitle(`Consent template: ${treatmentWords[current.treatment]}`);

  const published = (version: TemplateVersion) => {
    setEditing(false);
    onChanged();
    notifications.show({
      color: 'corium',
      title: `Version ${version.version} published`,
      message: `Patients now read and sign version ${version.version}.`,
    });
  };
  const reloadCurrent = () => {
    setEditing(false);
    onChanged();
  };

  return (
    <>
      <TemplateHeading current={current} onEdit={mayEdit && !editing ? () => setEditing(true) : null} />
      {editing ? (
        <TemplateEditor
          key={current.id}
          templateId={templateId}
          current={current}
          onPublished={published}
          onCancel={() => setEditing(false)}
          onReload={reloadCurrent}
        />
      ) : (
        <Stack component="section" gap="xs" aria-labelledby="current-text-heading">
          <Title order={2} size="h3" id="current-text-heading">
            Current text
          </Title>
          <TemplatePreview treatment={current.treatment} title={current.title} body={current.body} />
        </Stack>
      )}
      <TemplateVersions versions={versions} timeZone={clinic.timeZone} />
    </>
  );
}

/** `/staff/consent-templates/:templateId`: one template's current text, its history, and a new version. */
export function ConsentTemplatePage() {
  const templateId = useParams().templateId ?? '';
  const load = useCallback(() => templateApi.versions(templateId), [templateId]);
  const { resource, reload } = useResource(load);
  const missing = isApiError(resource.status === 'failed' ? resource.error : null, 'NOT_FOUND');
  // An address that is not a template id at all is refused as invalid: just as missing to a reader.
  const malformed = isApiError(resource.status === 'failed' ? resource.error : null, 'VALIDATION_FAILED');
  if (missing || malformed)
    return <NotFoundPage home={{ to: '/staff/consent-templates', label: 'Back to the consent templates' }} />;
  return (
    <Stack gap="lg" maw={1280}>
      <Anchor component={Link} to="/staff/consent-templates" display="inline-flex" py={10} style={{ gap: 6 }}>
        <IconArrowLeft size={18} aria-hidden="true" />
        Consent templates
      </Anchor>
      {resource.status === 'loading' && <SectionLoader label="Loading the template…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The template could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <LoadedTemplate templateId={templateId} versions={resource.data} onChanged={reload} />
      )}
    </Stack>
  );
}
