import { useCallback, useState } from 'react';
import type { RuleSetView } from '@corium/contracts';
import { Code, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { RulesEditor } from './RulesEditor';
import { rulesApi } from './rules-api';
import { VersionHistory } from './VersionHistory';

/** The rules in use and their history; a save answers with the new version, shown at once. */
function useRulesPage() {
  const loadRules = useCallback(() => rulesApi.current(), []);
  const rules = useResource(loadRules);
  const loadVersions = useCallback(() => rulesApi.versions(), []);
  const versions = useResource(loadVersions);
  const [saved, setSaved] = useState<RuleSetView | null>(null);
  const view = saved ?? (rules.resource.status === 'ready' ? rules.resource.data : null);

  const onSaved = (next: RuleSetView) => {
    setSaved(next);
    versions.reload();
    notifications.show({
      color: 'corium',
      title: 'Rules saved',
      message: `Screenings now use ${next.version}.`,
    });
  };
  const reloadAll = () => {
    setSaved(null);
    rules.reload();
    versions.reload();
  };
  return { rules, versions, view, onSaved, reloadAll };
}

export function ScreeningRulesPage() {
  usePageTitle('Screening rules');
  const { user, clinic } = useCurrentUser();
  const canEdit = may(user.role, 'editScreeningRules');
  const { rules, versions, view, onSaved, reloadAll } = useRulesPage();

  return (
    <Stack gap="lg" maw={1080}>
      <div>
        <Title order={1}>Screening rules</Title>
        <Text c="dimmed">
          The contraindication rules every screening in this clinic uses: what each one looks for, how serious
          it is, and the evidence behind it.{' '}
          {canEdit
            ? 'As medical director you can change levels, windows and depth caps.'
            : 'The medical director decides them; you can read them here.'}
        </Text>
        {view && (
          <Text mt="xs">
            In use: <Code>{view.version}</Code>
          </Text>
        )}
      </div>
      {!view && rules.resource.status === 'loading' && <SectionLoader label="Loading the rules…" />}
      {!view && rules.resource.status === 'failed' && (
        <LoadProblem
          title="The rules could not be loaded"
          error={rules.resource.error}
          onRetry={rules.reload}
        />
      )}
      {view && (
        // A fresh editor per version: edits belong to the version they were made on.
        <RulesEditor
          key={view.version}
          view={view}
          canEdit={canEdit}
          onSaved={onSaved}
          onReload={reloadAll}
        />
      )}
      <VersionHistory versions={versions.resource} timeZone={clinic.timeZone} onRetry={versions.reload} />
    </Stack>
  );
}
