import { useRef, useState, type RefObject } from 'react';
import type { PatientScreening } from '@corium/contracts';
import { Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCalendarCheck, IconClipboardCheck } from '@tabler/icons-react';
import { isApiError } from '../../lib/api';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { DayOfCheckForm } from './DayOfCheckForm';
import { EarlierScreenings } from './EarlierScreenings';
import { ScreenForm } from './ScreenForm';
import { statusLooks } from './screening-words';
import { ScreeningView } from './ScreeningView';
import { useScreenings } from './use-screenings';

type OpenForm = 'screen' | 'day-of' | null;

function Refusal({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error, 'FORBIDDEN')) {
    return <Text>Your role does not include screening patients.</Text>;
  }
  return <LoadProblem title="The screenings could not be loaded" error={error} onRetry={onRetry} />;
}

interface ActionsProps {
  open: OpenForm;
  onOpen: (form: OpenForm) => void;
}

function ScreeningActions({ open, onOpen }: ActionsProps) {
  return (
    <Group gap="sm">
      <Button
        variant={open === 'screen' ? 'filled' : 'default'}
        leftSection={<IconClipboardCheck size={18} aria-hidden="true" />}
        aria-expanded={open === 'screen'}
        aria-controls="screening-form"
        onClick={() => onOpen(open === 'screen' ? null : 'screen')}
      >
        Screen for a treatment
      </Button>
      <Button
        variant={open === 'day-of' ? 'filled' : 'default'}
        leftSection={<IconCalendarCheck size={18} aria-hidden="true" />}
        aria-expanded={open === 'day-of'}
        aria-controls="screening-form"
        onClick={() => onOpen(open === 'day-of' ? null : 'day-of')}
      >
        Day-of check
      </Button>
    </Group>
  );
}

interface LatestProps {
  patientId: string;
  latest: PatientScreening | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChanged: (screening: PatientScreening, announcement: string) => void;
}

function LatestScreening({ patientId, latest, headingRef, onChanged }: LatestProps) {
  return (
    <Card component="section" aria-labelledby="latest-screening" withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} id="latest-screening" ref={headingRef} tabIndex={-1}>
          Latest screening
        </Title>
        {latest ? (
          <ScreeningView patientId={patientId} screening={latest} headingOrder={3} onChanged={onChanged} />
        ) : (
          <Text>
            Not screened yet. Screen the patient for a planned treatment before it is booked; on the day, the
            day-of check screens again.
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/**
 * A patient's screenings: the latest in full with its findings and overrides, a new screening
 * or the day-of check, and the earlier ones. For clinical staff; prescribers sign overrides.
 */
export function ScreeningPanel({ patientId }: { patientId: string }) {
  const { resource, reload, screenings, keep } = useScreenings(patientId);
  const [open, setOpen] = useState<OpenForm>(null);
  const [announcement, setAnnouncement] = useState('');
  const latestHeading = useRef<HTMLHeadingElement>(null);
  const [latest, ...earlier] = screenings;

  function changed(screening: PatientScreening, words: string) {
    keep(screening);
    setAnnouncement(`${words} ${statusLooks[screening.status].title}.`);
  }

  function screened(screening: PatientScreening) {
    setOpen(null);
    const count = screening.result.findings.length;
    changed(screening, `Screened: ${count} finding${count === 1 ? '' : 's'}.`);
    // The form is gone; the result it produced is where the reader continues.
    requestAnimationFrame(() => latestHeading.current?.focus());
  }

  const formProps = { patientId, latest, onScreened: screened, onCancel: () => setOpen(null) };
  return (
    <Stack gap="xl">
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      {resource.status === 'loading' && <SectionLoader label="Loading the screenings…" />}
      {resource.status === 'failed' && <Refusal error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' && (
        <>
          <ScreeningActions open={open} onOpen={setOpen} />
          {open && (
            <Card id="screening-form" withBorder padding="lg">
              {open === 'screen' ? <ScreenForm {...formProps} /> : <DayOfCheckForm {...formProps} />}
            </Card>
          )}
          <LatestScreening
            patientId={patientId}
            latest={latest}
            headingRef={latestHeading}
            onChanged={changed}
          />
          <Stack component="section" gap="sm" aria-labelledby="earlier-screenings">
            <Title order={2} id="earlier-screenings">
              Earlier screenings
            </Title>
            <EarlierScreenings patientId={patientId} screenings={earlier} onChanged={changed} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
