import { refusalWords, type PatientRefusal, type PortalSlot } from '@corium/contracts';
import { Alert, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { visitWhen } from './visit-words';

interface RefusalNoticeProps {
  refusal: PatientRefusal;
  timeZone: string;
  /** Offered when the time was just taken: pick one of the next free times instead. */
  onPickSlot?: (slot: PortalSlot) => void;
}

/** Why a booking could not be made, in plain words, and what to do next; announced when it appears. */
export function RefusalNotice({ refusal, timeZone, onPickSlot }: RefusalNoticeProps) {
  const words = refusalWords(refusal);
  const next = refusal.nextSlots ?? [];
  return (
    <Alert color="orange" icon={<IconInfoCircle aria-hidden="true" />} title={words.title} role="alert">
      <Stack gap="sm">
        <Text>{words.sentence}</Text>
        <Text fw={600}>{words.nextStep}</Text>
        {onPickSlot && next.length > 0 && (
          <SimpleGrid cols={1} spacing="xs">
            {next.map((slot) => (
              <Button key={slot.start} variant="default" mih={44} onClick={() => onPickSlot(slot)}>
                {visitWhen(slot.start, timeZone)}
                {slot.practitionerName ? ` · ${slot.practitionerName}` : ''}
              </Button>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Alert>
  );
}
