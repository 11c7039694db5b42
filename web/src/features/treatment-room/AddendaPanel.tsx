import { useState } from 'react';
import { addendumRequest, type SessionChart } from '@corium/contracts';
import { Button, Card, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconNotes } from '@tabler/icons-react';
import { clinicDateTime } from '../../lib/clinic-time';
import { schemaErrors, type FieldErrors } from '../../lib/form-errors';
import { focusFirstError } from '../../ui/focus-first-error';
import { useCurrentUser } from '../auth/session';
import { ActionStatus } from './ActionStatus';
import { chartingApi, type SessionRef } from './charting-api';
import { useChartAction } from './use-chart-action';

interface AddendaPanelProps {
  sessionRef: SessionRef;
  chart: SessionChart;
  mayAdd: boolean;
  onChart: (chart: SessionChart) => void;
}

const fields = ['reason', 'body'];

function useAddendumForm(sessionRef: SessionRef, onChart: (chart: SessionChart) => void) {
  const action = useChartAction(onChart);
  const [draft, setDraft] = useState({ reason: '', body: '' });
  const [errors, setErrors] = useState<FieldErrors>({});

  async function add() {
    const parsed = addendumRequest.safeParse(draft);
    if (!parsed.success) {
      const found = schemaErrors(addendumRequest, draft, {
        reason: 'Say why the chart needs a correction',
        body: 'Write the correction',
      });
      setErrors(found);
      focusFirstError(found, fields);
      return;
    }
    const result = await action.run(
      () => chartingApi.addAddendum(sessionRef, parsed.data),
      'Addendum added.',
      fields,
    );
    if (result.ok) setDraft({ reason: '', body: '' });
    else setErrors(result.fieldErrors);
  }

  const change = (part: Partial<typeof draft>) => {
    setDraft((current) => ({ ...current, ...part }));
    setErrors({});
  };
  return { action, draft, errors, add, change };
}

function AddendumForm({ sessionRef, onChart }: Omit<AddendaPanelProps, 'chart' | 'mayAdd'>) {
  const { action, draft, errors, add, change } = useAddendumForm(sessionRef, onChart);
  return (
    <Stack gap="sm">
      <TextInput
        label="Why a correction"
        required
        data-path="reason"
        value={draft.reason}
        error={errors.reason}
        onChange={(event) => change({ reason: event.currentTarget.value })}
      />
      <Textarea
        label="The correction"
        required
        autosize
        minRows={3}
        data-path="body"
        value={draft.body}
        error={errors.body}
        onChange={(event) => change({ body: event.currentTarget.value })}
      />
      <Button
        size="lg"
        leftSection={<IconNotes size={20} aria-hidden="true" />}
        loading={action.busy}
        onClick={() => void add()}
        style={{ alignSelf: 'flex-start' }}
      >
        Add addendum
      </Button>
      <ActionStatus action={action} />
    </Stack>
  );
}

/** Corrections after signing: each keeps who, when and why; the signed original never changes. */
export function AddendaPanel({ sessionRef, chart, mayAdd, onChart }: AddendaPanelProps) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <Stack gap="md" component="section" aria-labelledby="addenda-heading">
      <Title order={2} size="h3" id="addenda-heading">
        Addenda
      </Title>
      {chart.addenda.length === 0 ? (
        <Text c="dimmed">No corrections since signing.</Text>
      ) : (
        <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {chart.addenda.map((a) => (
            <Card component="li" key={a.id} padding="sm">
              <Text size="sm" c="dimmed">
                {a.by.name}, <time dateTime={a.at}>{clinicDateTime(a.at, timeZone)}</time> · because{' '}
                {a.reason}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{a.body}</Text>
            </Card>
          ))}
        </Stack>
      )}
      {mayAdd && <AddendumForm sessionRef={sessionRef} onChart={onChart} />}
    </Stack>
  );
}
