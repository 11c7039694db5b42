import type { PatientScreening } from '@corium/contracts';
import { Accordion, Box, Text } from '@mantine/core';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { LevelBadge } from './LevelBadge';
import { occasionWords, statusLooks } from './screening-words';
import { ScreeningView } from './ScreeningView';

interface EarlierScreeningsProps {
  patientId: string;
  screenings: PatientScreening[];
  onChanged: (screening: PatientScreening, announcement: string) => void;
}

const line = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: 'var(--mantine-spacing-sm)',
} as const;

/**
 * One line per screening: when, why, the engine's outcome and what it allows; it opens to the
 * whole screening. Spans only, since the line sits inside the accordion's button.
 */
function ScreeningLine({ screening }: { screening: PatientScreening }) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <Box component="span" style={{ ...line, justifyContent: 'space-between' }} pr="sm">
      <Box component="span" style={{ display: 'flex', flexDirection: 'column' }}>
        <Text component="span" fw={600}>
          <time dateTime={screening.createdAt}>{clinicDateTime(screening.createdAt, timeZone)}</time>
        </Text>
        <Text component="span" size="sm" c="dimmed">
          {occasionWords[screening.occasion]}
        </Text>
      </Box>
      <Box component="span" style={line}>
        <LevelBadge level={screening.result.outcome} />
        <Text component="span" size="sm" fw={500}>
          {statusLooks[screening.status].title}
        </Text>
      </Box>
    </Box>
  );
}

/** Screenings before the latest, newest first; each opens in place, with its findings and overrides. */
export function EarlierScreenings({ patientId, screenings, onChanged }: EarlierScreeningsProps) {
  if (screenings.length === 0) {
    return <Text c="dimmed">No earlier screenings.</Text>;
  }
  return (
    <Accordion variant="separated" order={3} chevronPosition="left">
      {screenings.map((screening) => (
        <Accordion.Item key={screening.id} value={screening.id}>
          <Accordion.Control>
            <ScreeningLine screening={screening} />
          </Accordion.Control>
          <Accordion.Panel>
            <ScreeningView
              patientId={patientId}
              screening={screening}
              headingOrder={4}
              onChanged={onChanged}
            />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
