import { useCallback, useState } from 'react';
import type { PortalAvailabilityQuery, PortalSlot } from '@corium/contracts';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { JoinWaitlistForm } from '../waitlist/JoinWaitlistForm';
import type { VisitChoice } from './ChooseVisit';
import { portalBookingApi, refusalOf } from './portal-booking-api';
import { RefusalNotice } from './RefusalNotice';
import { SlotPicker } from './SlotPicker';
import { addDays, dayWords } from './visit-words';

/** Two weeks of free times at a time: enough to choose from, short enough to read on a phone. */
const DAYS_SHOWN = 14;

interface TimesStepProps {
  choice: VisitChoice;
  locationId: string;
  onPick: (slot: PortalSlot, timeZone: string) => void;
  onBack: () => void;
}

/** Free times for the chosen visit, a fortnight at a time; the waitlist when none suits. */
export function TimesStep({ choice, locationId, onPick, onBack }: TimesStepProps) {
  const [from, setFrom] = useState(choice.from);
  const [joining, setJoining] = useState(false);
  const lastDay = addDays(from, DAYS_SHOWN - 1);
  const to = choice.to && choice.to < lastDay ? choice.to : lastDay;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {choice.label}
      </Title>
      <Text c="dimmed">
        {dayWords(from)} to {dayWords(to)}
      </Text>
      <FreeTimes
        query={{ serviceId: choice.serviceId, locationId, from, to, seriesId: choice.seriesId }}
        onPick={onPick}
      />
      <Group gap="sm">
        <Button variant="default" mih={44} onClick={onBack}>
          Back
        </Button>
        {from > choice.from && (
          <Button variant="default" mih={44} onClick={() => setFrom(addDays(from, -DAYS_SHOWN))}>
            Earlier days
          </Button>
        )}
        {(!choice.to || to < choice.to) && (
          <Button variant="default" mih={44} onClick={() => setFrom(addDays(from, DAYS_SHOWN))}>
            Later days
          </Button>
        )}
        <Button variant="subtle" mih={44} onClick={() => setJoining(true)} disabled={joining}>
          Nothing suits? Join the waitlist
        </Button>
      </Group>
      {joining && (
        <JoinWaitlistForm
          serviceId={choice.serviceId}
          locationId={locationId}
          earliestDate={from}
          onClose={() => setJoining(false)}
        />
      )}
    </Stack>
  );
}

interface FreeTimesProps {
  query: PortalAvailabilityQuery;
  onPick: (slot: PortalSlot, timeZone: string) => void;
}

function FreeTimes({ query, onPick }: FreeTimesProps) {
  const { serviceId, locationId, from, to, seriesId } = query;
  const load = useCallback(
    () => portalBookingApi.availability({ serviceId, locationId, from, to, seriesId }),
    [serviceId, locationId, from, to, seriesId],
  );
  const { resource, reload } = useResource(load);
  if (resource.status === 'loading') return <SectionLoader label="Looking for free times…" />;
  if (resource.status === 'failed') {
    const refusal = refusalOf(resource.error);
    return refusal ? (
      <RefusalNotice refusal={refusal} timeZone="UTC" />
    ) : (
      <LoadProblem title="Free times could not be loaded" error={resource.error} onRetry={reload} />
    );
  }
  const { earliestDay, slots, timeZone } = resource.data;
  return (
    <>
      {earliestDay && earliestDay > from && (
        <Alert color="blue" title="Time for your skin to heal">
          Sessions need time between them; the earliest day you can book this is {dayWords(earliestDay)}.
        </Alert>
      )}
      {slots.length === 0 ? (
        <Text>No free times on these days.</Text>
      ) : (
        <SlotPicker slots={slots} timeZone={timeZone} onPick={(slot) => onPick(slot, timeZone)} />
      )}
    </>
  );
}
