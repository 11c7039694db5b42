import type { PortalBookingOptions } from '@corium/contracts';
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { dayWords } from './visit-words';

/** What the patient chose to book: a single service, or the next session of their course. */
export interface VisitChoice {
  serviceId: string;
  seriesId?: string;
  label: string;
  /** The first day to look from, and for a series the last day its plan allows. */
  from: string;
  to: string | null;
  /** Moving this visit of the patient's rather than booking a new one. */
  movingId?: string;
}

const modalityWords: Record<string, string> = {
  microneedling: 'microneedling',
  'rf-microneedling': 'RF microneedling',
};

interface ChooseVisitProps {
  options: PortalBookingOptions;
  today: string;
  onChoose: (choice: VisitChoice) => void;
}

/** The next session of each course first, then single visits; treatments wait for a consultation when the clinic wants one. */
export function ChooseVisit({ options, today, onChoose }: ChooseVisitProps) {
  const sessions = options.series.filter((s) => s.next && s.next.serviceIds.length > 0);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        What would you like to book?
      </Title>
      {options.consultationFirst && (
        <Alert color="blue" icon={<IconInfoCircle aria-hidden="true" />} title="A consultation comes first">
          {options.consultationFirst}
        </Alert>
      )}
      {sessions.map((series) => {
        const next = series.next!;
        const label = `Session ${next.sessionNumber} of your ${modalityWords[series.modality] ?? series.modality} course`;
        const window = next.latest
          ? `Between ${dayWords(next.earliest)} and ${dayWords(next.latest)}, so your skin heals in between.`
          : `From ${dayWords(next.earliest)}.`;
        return (
          <ChoiceButton
            key={series.id}
            title={label}
            description={window}
            onClick={() =>
              onChoose({
                serviceId: next.serviceIds[0]!,
                seriesId: series.id,
                label,
                from: next.earliest,
                to: next.latest,
              })
            }
          />
        );
      })}
      {options.services.map((service) => (
        <ChoiceButton
          key={service.id}
          title={service.name}
          description={service.notYet ?? `About ${service.durationMinutes} minutes.`}
          disabled={service.notYet !== null}
          onClick={() => onChoose({ serviceId: service.id, label: service.name, from: today, to: null })}
        />
      ))}
    </Stack>
  );
}

interface ChoiceButtonProps {
  title: string;
  description: string;
  disabled?: boolean;
  onClick: () => void;
}

function ChoiceButton({ title, description, disabled = false, onClick }: ChoiceButtonProps) {
  return (
    <Button
      variant="default"
      h="auto"
      py="sm"
      justify="flex-start"
      disabled={disabled}
      onClick={onClick}
      styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
    >
      <Stack gap={2}>
        <Text fw={700}>{title}</Text>
        <Text size="sm" c={disabled ? undefined : 'dimmed'}>
          {description}
        </Text>
      </Stack>
    </Button>
  );
}
