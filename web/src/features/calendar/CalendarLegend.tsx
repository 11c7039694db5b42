import { Group, Text } from '@mantine/core';
import classes from './calendar.module.css';

/** What the two kinds of stretch mean, so the calendar reads without guessing. */
export function CalendarLegend() {
  return (
    <Group gap="lg" aria-label="Key">
      <Text size="sm">
        <span className={`${classes.swatch} ${classes.legendBusy}`} aria-hidden="true" />
        Needling: practitioner busy
      </Text>
      <Text size="sm">
        <span className={`${classes.swatch} ${classes.legendWaiting}`} aria-hidden="true" />
        Numbing or aftercare: room only, practitioner free
      </Text>
      <Text size="sm" c="dimmed">
        Drag a visit to move it, or open it and choose “Move…”.
      </Text>
    </Group>
  );
}
