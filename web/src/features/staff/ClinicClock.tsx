import { Stack, Text } from '@mantine/core';
import { clinicDate, clinicTime, deviceTimeZone, utcOffset } from '../../lib/clinic-time';
import { useNow } from '../../ui/use-now';

interface ClinicClockProps {
  timeZone: string;
}

/** Today's date and time where the clinic is, which is what the schedule runs on. */
export function ClinicClock({ timeZone }: ClinicClockProps) {
  const now = useNow();
  const deviceZone = deviceTimeZone();

  return (
    <Stack gap={4}>
      <Text component="time" dateTime={now.toISOString()} fz={{ base: 36, sm: 44 }} fw={650} lh={1.1}>
        {clinicTime(now, timeZone)}
      </Text>
      <Text size="lg">{clinicDate(now, timeZone)}</Text>
      <Text size="sm" c="dimmed">
        {timeZone} ({utcOffset(now, timeZone)})
        {deviceZone !== timeZone && ` · this device is set to ${deviceZone}`}
      </Text>
    </Stack>
  );
}
