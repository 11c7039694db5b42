import type { RuleOutcomeView, RuleWindow, ScreeningRuleView } from '@corium/contracts';
import { Badge, Box, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { LevelBadge } from '../screening/LevelBadge';
import { modalityWords, zoneWords } from '../screening/screening-words';
import { levelKey, windowKey, windowProblem } from './rule-edits';
import { FieldLabel, LevelField, NumberField } from './RuleFields';
import type { RuleEditor } from './use-rule-editor';

interface RuleCardProps {
  rule: ScreeningRuleView;
  /** Null for everyone but the medical director: the rule is shown, not edited. */
  editor: RuleEditor | null;
}

/** "Window (days)", "Window for RF microneedling (days)", "Age limit (years)". */
function windowLabel(window: RuleWindow): string {
  if (window.kind === 'age_below') return `Age limit (${window.unit})`;
  return window.modality
    ? `Window for ${modalityWords[window.modality]} (${window.unit})`
    : `Window (${window.unit})`;
}

function scopeText(scope: NonNullable<ScreeningRuleView['scope']>): string {
  const parts = [
    ...(scope.zones ?? []).map((zone) => zoneWords[zone]),
    ...(scope.modalities ?? []).map((modality) => modalityWords[modality]),
  ];
  return `Applies only to: ${parts.join(', ')}`;
}

function RuleBadges({ rule }: { rule: ScreeningRuleView }) {
  return (
    <Group gap="xs">
      <Badge variant="outline" color="gray.8" radius="sm">
        Evidence {rule.evidenceGrade}
      </Badge>
      {rule.unconfirmed && (
        <Badge variant="filled" color="red.9" radius="sm">
          UNCONFIRMED
        </Badge>
      )}
      {rule.bookingNeedsOverride && (
        <Badge variant="outline" color="#a33b00" radius="sm">
          Booking needs a prescriber’s override
        </Badge>
      )}
    </Group>
  );
}

interface OutcomeProps {
  rule: ScreeningRuleView;
  outcome: RuleOutcomeView;
  editor: RuleEditor | null;
}

function OutcomeWindows({ rule, outcome, editor }: OutcomeProps) {
  return outcome.windows.map((window) => {
    const key = windowKey(rule.id, outcome.index, window.path);
    const value = editor?.edits.windows[key] ?? window.value;
    if (!editor) {
      return (
        <Text key={window.path}>
          {windowLabel(window).replace(/ \(.+\)$/, '')}: <strong>{window.value}</strong> {window.unit}
        </Text>
      );
    }
    return (
      <NumberField
        key={window.path}
        label={<FieldLabel context={rule.id} text={windowLabel(window)} />}
        value={value}
        original={window.value}
        unit={window.unit}
        problem={windowProblem(window, value)}
        onChange={(next) => editor.setWindow(rule.id, outcome.index, window.path, next)}
      />
    );
  });
}

function OutcomeWhen({ rule, outcome, changed }: Omit<OutcomeProps, 'editor'> & { changed: boolean }) {
  return (
    <Group justify="space-between" gap="xs" align="flex-start">
      <Text>
        <Text span fw={600}>
          {rule.outcomes.length > 1 ? `Outcome ${outcome.index + 1} — when: ` : 'When: '}
        </Text>
        {outcome.when}
      </Text>
      {changed && (
        <Badge variant="outline" color="yellow.9" radius="sm">
          Changed
        </Badge>
      )}
    </Group>
  );
}

function OutcomeLevel({ rule, outcome, editor }: OutcomeProps) {
  if (!editor) return <LevelBadge level={outcome.level} />;
  const context = rule.outcomes.length > 1 ? `${rule.id} outcome ${outcome.index + 1}` : rule.id;
  return (
    <LevelField
      label={<FieldLabel context={context} text="Level" />}
      value={editor.edits.levels[levelKey(rule.id, outcome.index)] ?? outcome.level}
      original={outcome.level}
      onChange={(next) => editor.setLevel(rule.id, outcome.index, next)}
    />
  );
}

function Outcome({ rule, outcome, editor }: OutcomeProps) {
  const changed =
    editor?.changes.some((c) => 'ruleId' in c && c.ruleId === rule.id && c.outcome === outcome.index) ??
    false;
  return (
    <Box
      p="sm"
      data-changed={changed || undefined}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        background: changed ? 'var(--mantine-color-yellow-0)' : 'var(--mantine-color-gray-0)',
        borderLeft: `4px solid var(--mantine-color-${changed ? 'yellow-9' : 'gray-4'})`,
      }}
    >
      <Stack gap="xs">
        <OutcomeWhen rule={rule} outcome={outcome} changed={changed} />
        {outcome.reason && (
          <Text size="sm" c="dimmed">
            {outcome.reason}
          </Text>
        )}
        <Group gap="md" align="flex-start">
          <OutcomeLevel rule={rule} outcome={outcome} editor={editor} />
          <OutcomeWindows rule={rule} outcome={outcome} editor={editor} />
        </Group>
      </Stack>
    </Box>
  );
}

/** One rule: what it tests, its level(s) and windows, why, and on what evidence. */
export function RuleCard({ rule, editor }: RuleCardProps) {
  const headingId = `rule-${rule.id}`;
  return (
    <Card component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={3} size="h4" id={headingId}>
            {rule.id} · {rule.title}
          </Title>
          <RuleBadges rule={rule} />
        </Group>
        {rule.scope && <Text size="sm">{scopeText(rule.scope)}</Text>}
        {rule.outcomes.map((outcome) => (
          <Outcome key={outcome.index} rule={rule} outcome={outcome} editor={editor} />
        ))}
        <Text size="sm">{rule.reason}</Text>
        <div>
          <Text size="sm" fw={600}>
            References
          </Text>
          <List size="sm" spacing={2}>
            {rule.references.map((reference) => (
              <List.Item key={reference}>{reference}</List.Item>
            ))}
          </List>
        </div>
      </Stack>
    </Card>
  );
}
