import { useCallback, useState } from 'react';
import type { AftercareTimeline, AftercareTimelineVersion, TimelineStage } from '@corium/contracts';
import { Alert, Button, Card, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { describeError } from '../../lib/api';
import { clinicDateTime } from '../../lib/clinic-time';
import { FormProblem } from '../../ui/FormProblem';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { useCurrentUser } from '../auth/session';
import { aftercareApi } from './aftercare-api';
import { MilestoneEditor } from './MilestoneEditor';
import { StageEditor } from './StageEditor';
import { parseCheckInDays } from './timeline-edit';

/** The medical director's aftercare timeline: edit in English, publish as a new version. */
export function TimelineEditorPage() {
  usePageTitle('Aftercare timeline');
  const load = useCallback(() => aftercareApi.timeline(), []);
  const { resource, reload } = useResource(load);
  const [published, setPublished] = useState<AftercareTimelineVersion | null>(null);
  const current = published ?? (resource.status === 'ready' ? resource.data : null);

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1}>Aftercare timeline</Title>
        <Text c="dimmed">
          What every new recovery plan tells patients day by day, and when they are asked to check in. Plans
          already made keep the version they were made with.
        </Text>
      </Stack>
      {resource.status === 'loading' && <SectionLoader label="Loading the timeline…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The timeline could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {current && (
        <TimelineEditor
          key={current.version}
          current={current}
          justPublished={published !== null}
          onPublished={setPublished}
        />
      )}
    </Stack>
  );
}

interface TimelineEditorProps {
  current: AftercareTimelineVersion;
  justPublished: boolean;
  onPublished: (version: AftercareTimelineVersion) => void;
}

/** The draft timeline and publishing it: the check-in days and the change note are checked first. */
function usePublish(
  current: AftercareTimelineVersion,
  onPublished: (version: AftercareTimelineVersion) => void,
) {
  const [draft, setDraft] = useState<AftercareTimeline>(current.timeline);
  const [daysText, setDaysText] = useState(current.timeline.checkInDays.join(', '));
  const [changeNote, setChangeNote] = useState('');
  const [errors, setErrors] = useState<{ days?: string; note?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function publish() {
    const days = parseCheckInDays(daysText);
    const note = changeNote.trim();
    const found = {
      days: days.ok ? undefined : days.message,
      note: note.length < 3 ? 'Say what changed and why' : undefined,
    };
    setErrors(found);
    if (!days.ok || found.note) return;
    setBusy(true);
    setFailure(null);
    try {
      const timeline = { ...draft, checkInDays: days.days };
      onPublished(await aftercareApi.publishTimeline({ changeNote: note, timeline }));
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  }
  const fields = { daysText, setDaysText, changeNote, setChangeNote };
  return { draft, setDraft, fields, errors, failure, busy, publish };
}

function TimelineEditor({ current, justPublished, onPublished }: TimelineEditorProps) {
  const { draft, setDraft, fields, errors, failure, busy, publish } = usePublish(current, onPublished);
  return (
    <Stack gap="lg">
      <VersionNote current={current} justPublished={justPublished} />
      <Card component="section" aria-labelledby="check-in-days-heading">
        <Title order={2} size="h3" id="check-in-days-heading" mb="sm">
          Check-ins
        </Title>
        <TextInput
          label="Days after treatment"
          description="e.g. 1, 2, 3, 5, 7, 14"
          maw={360}
          value={fields.daysText}
          error={errors.days}
          onChange={(event) => fields.setDaysText(event.currentTarget.value)}
        />
      </Card>
      <Stack component="section" aria-labelledby="milestones-edit-heading" gap="sm">
        <Title order={2} size="h3" id="milestones-edit-heading">
          When things come back
        </Title>
        <MilestoneEditor
          milestones={draft.milestones}
          onChange={(milestones) => setDraft((d) => ({ ...d, milestones }))}
        />
      </Stack>
      <StagesEditor stages={draft.stages} onChange={(stages) => setDraft((d) => ({ ...d, stages }))} />
      <Textarea
        label="What changed and why"
        description="Kept with the version, for the clinic's records"
        autosize
        minRows={2}
        maxLength={500}
        value={fields.changeNote}
        error={errors.note}
        onChange={(event) => fields.setChangeNote(event.currentTarget.value)}
      />
      <FormProblem message={failure} title="The timeline was not published" />
      <Button loading={busy} onClick={() => void publish()} style={{ alignSelf: 'flex-start' }}>
        Publish a new version
      </Button>
    </Stack>
  );
}

function StagesEditor({
  stages,
  onChange,
}: {
  stages: TimelineStage[];
  onChange: (stages: TimelineStage[]) => void;
}) {
  return (
    <Stack component="section" aria-labelledby="stages-heading" gap="sm">
      <Title order={2} size="h3" id="stages-heading">
        Day by day
      </Title>
      {stages.map((stage, index) => (
        <StageEditor
          key={`${stage.fromDay}-${stage.toDay}`}
          stage={stage}
          onChange={(next) => onChange(stages.map((s, i) => (i === index ? next : s)))}
        />
      ))}
    </Stack>
  );
}

function VersionNote({
  current,
  justPublished,
}: {
  current: AftercareTimelineVersion;
  justPublished: boolean;
}) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <>
      {justPublished && (
        <Alert
          color="green"
          icon={<IconCircleCheck aria-hidden="true" />}
          title={`Version ${current.version} published`}
        >
          New plans use it from now on.
        </Alert>
      )}
      <Text size="sm">
        In use: <strong>{current.version}</strong>
        {current.publishedAt && current.publishedBy
          ? `, published ${clinicDateTime(current.publishedAt, timeZone)} by ${current.publishedBy.name}`
          : ' (Corium’s default)'}
        {current.changeNote ? ` — “${current.changeNote}”` : ''}
      </Text>
      <Text size="sm" c="dimmed">
        Edits are in English. Changing a line removes its translations, so no patient reads an outdated one.
      </Text>
    </>
  );
}
