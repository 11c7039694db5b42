import { useMemo, useState } from 'react';
import type { RuleSetView } from '@corium/contracts';
import { Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { DepthSection } from './DepthSection';
import { IncompleteCard } from './IncompleteCard';
import { RuleCard } from './RuleCard';
import { SaveBar } from './SaveBar';
import { SaveVersionModal } from './SaveVersionModal';
import { useRuleEditor, type RuleEditor } from './use-rule-editor';

interface RulesEditorProps {
  view: RuleSetView;
  canEdit: boolean;
  onSaved: (saved: RuleSetView) => void;
  onReload: () => void;
}

/** Every rule, narrowed by id or title; edits stay when a rule is filtered out of view. */
function RuleList({ view, editor }: { view: RuleSetView; editor: RuleEditor | null }) {
  const [search, setSearch] = useState('');
  const shown = useMemo(() => {
    const words = search.trim().toLowerCase();
    return view.rules.filter((rule) => `${rule.id} ${rule.title}`.toLowerCase().includes(words));
  }, [view.rules, search]);

  return (
    <Stack component="section" aria-labelledby="rules-heading" gap="md">
      <Group justify="space-between" align="flex-end" gap="md">
        <Title order={2} size="h3" id="rules-heading">
          Rules
        </Title>
        <TextInput
          label="Find a rule"
          placeholder="C12 or toxin"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          leftSection={<IconSearch size={18} aria-hidden="true" />}
          w={{ base: '100%', xs: 280 }}
        />
      </Group>
      {shown.length === 0 && <Text>No rule matches “{search}”.</Text>}
      {shown.map((rule) => (
        <RuleCard key={rule.id} rule={rule} editor={editor} />
      ))}
    </Stack>
  );
}

/** The rules of one version: read by all staff, edited by the medical director. */
export function RulesEditor({ view, canEdit, onSaved, onReload }: RulesEditorProps) {
  const ruleEditor = useRuleEditor(view);
  const editor = canEdit ? ruleEditor : null;
  const [saving, save] = useDisclosure(false);

  return (
    <>
      {editor && <SaveBar editor={editor} onSave={save.open} />}
      <IncompleteCard incomplete={view.incomplete} editor={editor} />
      <RuleList view={view} editor={editor} />
      <DepthSection depth={view.depth} editor={editor} />
      {editor && saving && (
        <SaveVersionModal
          view={view}
          changes={editor.changes}
          onClose={save.close}
          onSaved={(next) => {
            save.close();
            onSaved(next);
          }}
          onReload={() => {
            save.close();
            onReload();
          }}
        />
      )}
    </>
  );
}
