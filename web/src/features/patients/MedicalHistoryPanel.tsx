import { useRef, useState } from 'react';
import type { MedicalHistory } from '@corium/contracts';
import { Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { isApiError } from '../../lib/api';
import { clinicDay } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { HistoryAnswers } from '../patient-record/HistoryAnswers';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import type { Resource } from '../../ui/use-resource';
import { AsOfField, asOfProblem, HistoricalNote } from './HistoryAsOf';
import { HistoryEditor } from './HistoryEditor';
import { HistoryVersions } from './HistoryVersions';
import {
  againstCurrent,
  sinceVersion,
  useCurrentHistory,
  useHistoryAsOf,
  useHistoryVersions,
  usePreviousVersion,
} from './history-view';

function Refusal({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error, 'FORBIDDEN')) {
    return <Text>Your role does not include reading medical histories.</Text>;
  }
  return <LoadProblem title="The medical history could not be loaded" error={error} onRetry={onRetry} />;
}

const readyData = <T,>(resource: Resource<T>): T | null =>
  resource.status === 'ready' ? resource.data : null;

/**
 * A day typed in the "As of" field, applied once it is a day that can be looked at (a day
 * half typed keeps the last one on screen), and the history of the day applied.
 */
function useAsOfDay(patientId: string, today: string) {
  const [typed, setTyped] = useState('');
  const [applied, setApplied] = useState('');
  const past = useHistoryAsOf(patientId, applied);
  const inputRef = useRef<HTMLInputElement>(null);
  const type = (day: string) => {
    setTyped(day);
    if (asOfProblem(day, today) === null) setApplied(day);
  };
  // Chosen from the list of versions: the day is read out with the field, right above what it shows.
  const show = (day: string) => {
    type(day);
    inputRef.current?.focus();
  };
  return { typed, applied, type, show, past, inputRef };
}

/** The medical history for clinical staff: now or on a past day, every version, and the editor. */
export function MedicalHistoryPanel({ patientId }: { patientId: string }) {
  const { timeZone } = useCurrentUser().clinic;
  const [today] = useState(() => clinicDay(new Date(), timeZone));
  const { current, reload, saved, adoptSaved } = useCurrentHistory(patientId);
  const versions = useHistoryVersions(patientId);
  const asOf = useAsOfDay(patientId, today);
  const [editing, edit] = useDisclosure(false);
  const shown = asOf.applied === '' ? readyData(current) : readyData(asOf.past.resource);

  // The new version shows at once, in place of any past day, and joins the list of versions.
  function onSaved(history: MedicalHistory) {
    adoptSaved(history);
    edit.close();
    asOf.type('');
    versions.reload();
    notifications.show({
      color: 'corium',
      message: `Version ${history.version} of the medical history is saved.`,
    });
  }

  return (
    <Card component="section" aria-labelledby="medical-history-heading">
      <Stack gap="md">
        <PanelHeading canEdit={current.status === 'ready'} onEdit={edit.open} />
        <AsOfField value={asOf.typed} today={today} inputRef={asOf.inputRef} onChange={asOf.type} />
        {asOf.applied === '' ? (
          <CurrentView
            patientId={patientId}
            current={current}
            replaced={saved ? saved.replaced : undefined}
            timeZone={timeZone}
            onRetry={reload}
          />
        ) : (
          <PastView day={asOf.applied} past={asOf.past} current={readyData(current)} timeZone={timeZone} />
        )}
        <Divider />
        <VersionsSection
          versions={versions}
          shownVersion={shown?.version ?? null}
          timeZone={timeZone}
          onShowDay={asOf.show}
        />
      </Stack>
      {editing && current.status === 'ready' && (
        <HistoryEditor patientId={patientId} current={current.data} onSaved={onSaved} onClose={edit.close} />
      )}
    </Card>
  );
}

function PanelHeading({ canEdit, onEdit }: { canEdit: boolean; onEdit: () => void }) {
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Title order={2} size="h3" id="medical-history-heading">
        Medical history
      </Title>
      {/* The editor starts from the current answers, so it waits until they are loaded. */}
      {canEdit && (
        <Button leftSection={<IconPencil size={18} aria-hidden="true" />} onClick={onEdit}>
          Complete or correct
        </Button>
      )}
    </Group>
  );
}

interface VersionsSectionProps {
  versions: ReturnType<typeof useHistoryVersions>;
  shownVersion: number | null;
  timeZone: string;
  onShowDay: (day: string) => void;
}

function VersionsSection({ versions, shownVersion, timeZone, onShowDay }: VersionsSectionProps) {
  const { resource, reload } = versions;
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Versions
      </Title>
      {resource.status === 'loading' && <SectionLoader label="Loading the versions…" />}
      {resource.status === 'failed' && <Refusal error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' &&
        (resource.data.length === 0 ? (
          <Text>No version has been recorded yet.</Text>
        ) : (
          <HistoryVersions
            versions={resource.data}
            shownVersion={shownVersion}
            timeZone={timeZone}
            onShowDay={onShowDay}
          />
        ))}
    </Stack>
  );
}

interface CurrentViewProps {
  patientId: string;
  current: Resource<MedicalHistory | null>;
  /** The version a save here replaced; `undefined` when nothing was saved here. */
  replaced: MedicalHistory | null | undefined;
  timeZone: string;
  onRetry: () => void;
}

/** The history in force now, its answers changed since the version before marked. */
function CurrentView({ patientId, current, replaced, timeZone, onRetry }: CurrentViewProps) {
  const history = readyData(current);
  const previous = usePreviousVersion(patientId, history, replaced, timeZone);
  if (current.status === 'loading') return <SectionLoader label="Loading the medical history…" />;
  if (current.status === 'failed') return <Refusal error={current.error} onRetry={onRetry} />;
  if (history === null) return <Text>No medical history has been entered for this patient yet.</Text>;
  return (
    <HistoryAnswers
      history={history}
      timeZone={timeZone}
      audience="staff"
      comparison={sinceVersion(readyData(previous))}
    />
  );
}

interface PastViewProps {
  day: string;
  past: ReturnType<typeof useHistoryAsOf>;
  current: MedicalHistory | null;
  timeZone: string;
}

/** What was known at the end of `day`, its answers that differ from today's marked. */
function PastView({ day, past, current, timeZone }: PastViewProps) {
  const { resource, reload } = past;
  if (resource.status === 'loading') return <SectionLoader label="Loading the history of that day…" />;
  if (resource.status === 'failed') return <Refusal error={resource.error} onRetry={reload} />;
  const shown = resource.data;
  const sameAsNow = shown !== null && current !== null && shown.version === current.version;
  return (
    <Stack gap="md">
      <HistoricalNote day={day} shown={shown} current={current} />
      {shown && (
        <HistoryAnswers
          history={shown}
          timeZone={timeZone}
          audience="staff"
          comparison={sameAsNow ? undefined : againstCurrent(current)}
        />
      )}
    </Stack>
  );
}
