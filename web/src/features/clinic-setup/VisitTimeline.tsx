import { Box, Text } from '@mantine/core';
import type { ServiceRole, ServiceSegment } from '@corium/contracts';

interface VisitTimelineProps {
  roles: readonly ServiceRole[];
  segments: readonly ServiceSegment[];
  /** Names the bar, e.g. "Microneedling — face, 85 minutes". */
  label: string;
}

const palette = ['teal.1', 'blue.1', 'grape.1', 'orange.1', 'lime.1', 'cyan.1', 'pink.1', 'yellow.1'];

/** What fills a role, in the clinic's words: "treatment room", "practitioner", "pen". */
function roleWords(role: ServiceRole | undefined, key: string): string {
  if (!role) return key;
  if (role.kind === 'room') return role.roomKind === 'consult' ? 'consultation room' : 'treatment room';
  if (role.kind === 'device') return role.deviceKind === 'rf_unit' ? 'RF unit' : 'pen';
  return 'practitioner';
}

/**
 * The visit as a bar, in order, each stretch as wide as its minutes, with who and what it uses:
 * numbing [room] → needling [room, practitioner, pen] → aftercare [room]. A list underneath, so
 * a screen reader reads the same.
 */
export function VisitTimeline({ roles, segments, label }: VisitTimelineProps) {
  const total = segments.reduce((sum, s) => sum + s.minutes, 0) || 1;
  return (
    <Box component="ol" aria-label={label} m={0} p={0} style={{ display: 'flex', listStyle: 'none', gap: 2 }}>
      {segments.map((segment, i) => (
        <Box
          component="li"
          key={i}
          bg={
            segment.uses.some((key) => roles.find((r) => r.key === key)?.kind === 'practitioner')
              ? palette[1]
              : palette[0]
          }
          p={6}
          style={{
            flexGrow: segment.minutes,
            flexBasis: 0,
            minWidth: 72,
            borderRadius: 4,
            border: '1px solid var(--mantine-color-gray-4)',
          }}
          title={`${Math.round((segment.minutes / total) * 100)}% of the visit`}
        >
          <Text size="sm" fw={600}>
            {segment.name} · {segment.minutes} min
          </Text>
          <Text size="xs" c="dark.6">
            {segment.uses
              .map((key) =>
                roleWords(
                  roles.find((r) => r.key === key),
                  key,
                ),
              )
              .join(', ')}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
