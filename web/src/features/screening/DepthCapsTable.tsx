import type { PatientScreening } from '@corium/contracts';
import { Box, Group, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { depthText, zoneWords } from './screening-words';

/** 3.5 mm, the deepest depth Corium accepts, is the full width of a bar. */
const FULL_SCALE_MM = 3.5;

/** The limit as a bar beside its number; decoration only, the number says it. */
function DepthBar({ capMm, plannedMm }: { capMm: number; plannedMm: number }) {
  const percent = (mm: number) => `${Math.min(100, (mm / FULL_SCALE_MM) * 100)}%`;
  return (
    <Box
      aria-hidden="true"
      pos="relative"
      h={10}
      w={100}
      bg="gray.2"
      style={{ borderRadius: 'var(--mantine-radius-sm)', overflow: 'hidden' }}
    >
      <Box pos="absolute" top={0} left={0} h="100%" w={percent(capMm)} bg="corium.6" />
      <Box pos="absolute" top={0} left={percent(plannedMm)} h="100%" w={3} bg="black" />
    </Box>
  );
}

function Verdict({ above }: { above: boolean }) {
  const Icon = above ? IconAlertTriangle : IconCircleCheck;
  return (
    <Group gap={6} wrap="nowrap">
      <Icon size={18} aria-hidden="true" color={above ? 'var(--mantine-color-red-9)' : undefined} />
      <Text size="sm" fw={above ? 700 : 400} style={{ flex: 1 }}>
        {above ? 'Above the limit: needs a prescriber’s override' : 'Within the limit'}
      </Text>
    </Group>
  );
}

/** The deepest needle depth each planned zone allows for this patient, against the depth planned. */
export function DepthCapsTable({ screening }: { screening: PatientScreening }) {
  const { zones, maxDepthMm } = screening.plannedTreatment;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="sm">
        <Table.Caption>
          Planned depth: up to {depthText(maxDepthMm)}. Limits are lowered for skin types IV–VI, a history of
          melasma and a first session.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Zone</Table.Th>
            <Table.Th scope="col">Limit for this patient</Table.Th>
            <Table.Th scope="col">Planned depth</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {zones.map((zone) => {
            const cap = screening.result.depthCapsMm[zone];
            return (
              <Table.Tr key={zone}>
                <Table.Th scope="row" fw={500}>
                  {zoneWords[zone]}
                </Table.Th>
                <Table.Td>
                  {cap === undefined ? (
                    'Not given'
                  ) : (
                    <Group gap="sm" wrap="nowrap">
                      <Text miw={64} style={{ whiteSpace: 'nowrap' }}>
                        {depthText(cap)}
                      </Text>
                      <DepthBar capMm={cap} plannedMm={maxDepthMm} />
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>{cap === undefined ? '—' : <Verdict above={maxDepthMm > cap + 1e-9} />}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
