import type { RuleSetView, ZoneId } from '@corium/contracts';
import { Box, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { depthText, zoneGroups, zoneWords } from '../screening/screening-words';
import { DepthField, FieldLabel } from './RuleFields';
import type { RuleEditor } from './use-rule-editor';

interface DepthSectionProps {
  depth: RuleSetView['depth'];
  editor: RuleEditor | null;
}

/** A read-only depth, laid out like the field that replaces it for the medical director. */
function DepthValue({ label, mm }: { label: string; mm: number }) {
  return (
    <Box>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{depthText(mm)}</Text>
    </Box>
  );
}

function ZoneCaps({ depth, editor, zones }: DepthSectionProps & { zones: readonly ZoneId[] }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="md" verticalSpacing="md">
      {zones.map((zone) => {
        const original = depth.capsMm[zone];
        if (original === undefined) return null;
        return editor ? (
          <DepthField
            key={zone}
            label={<FieldLabel context="Depth cap," text={zoneWords[zone]} />}
            value={editor.edits.caps[zone] ?? original}
            original={original}
            onChange={(mm) => editor.setCap(zone, mm)}
          />
        ) : (
          <DepthValue key={zone} label={zoneWords[zone]} mm={original} />
        );
      })}
    </SimpleGrid>
  );
}

function Lowerings({ depth, editor }: DepthSectionProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
      {depth.lowerings.map((lowering) =>
        editor ? (
          <DepthField
            key={lowering.id}
            label={<FieldLabel context="Lower every cap by, when:" text={lowering.when} />}
            value={editor.edits.lowerings[lowering.id] ?? lowering.byMm}
            original={lowering.byMm}
            onChange={(mm) => editor.setLowering(lowering.id, mm)}
          />
        ) : (
          <DepthValue key={lowering.id} label={lowering.when} mm={lowering.byMm} />
        ),
      )}
      {editor ? (
        <DepthField
          label="Floor: no cap is lowered below"
          value={editor.edits.floor ?? depth.floorMm}
          original={depth.floorMm}
          onChange={editor.setFloor}
        />
      ) : (
        <DepthValue label="Floor: no cap is lowered below" mm={depth.floorMm} />
      )}
    </SimpleGrid>
  );
}

/** The maximum needle depth per zone, and how it is lowered for this patient. */
export function DepthSection({ depth, editor }: DepthSectionProps) {
  return (
    <Card component="section" aria-labelledby="depth-heading">
      <Stack gap="lg">
        <div>
          <Title order={2} size="h3" id="depth-heading">
            Depth caps
          </Title>
          <Text c="dimmed">
            The deepest setting per zone before any lowering. Above a cap, or above{' '}
            {depthText(depth.facialOverrideAboveMm)} on the face, a prescriber must sign an override.
          </Text>
        </div>
        {zoneGroups.map((group) => (
          <Stack key={group.title} gap="xs">
            <Title order={3} size="h5">
              {group.title}
            </Title>
            <ZoneCaps depth={depth} editor={editor} zones={group.zones} />
          </Stack>
        ))}
        <Stack gap="xs">
          <Title order={3} size="h5">
            Lowerings
          </Title>
          <Text size="sm" c="dimmed">
            Each of these that applies to the patient takes every cap down once, by the depth given
            {depth.lowerings.every((l) => l.lowerWhenUnanswered) &&
              ' (also while its question is unanswered)'}
            .
          </Text>
          <Lowerings depth={depth} editor={editor} />
        </Stack>
      </Stack>
    </Card>
  );
}
