import { useState } from 'react';
import type { AdverseEvent, AftercareAlert } from '@corium/contracts';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { focusFirstError } from '../../ui/focus-first-error';
import { FormProblem } from '../../ui/FormProblem';
import { useFormProblem } from '../../ui/use-form-problem';
import { useCurrentUser } from '../auth/session';
import { aftercareApi } from './aftercare-api';
import {
  adverseEventFields,
  initialAdverseEvent,
  parseAdverseEvent,
  validateAdverseEvent,
  type AdverseEventValues,
} from './adverse-event-form';
import { AdverseEventFields } from './AdverseEventFields';
import { AdverseEventView } from './AdverseEventView';
import { SessionLinks } from './SessionLinks';

interface AdverseEventModalProps {
  patientId: string;
  sessionId: string;
  /** The alert it comes from; the alert then links to the record. */
  alert: AftercareAlert | null;
  onClose: () => void;
  onRecorded: (event: AdverseEvent) => void;
}

/** Records an adverse event, then shows it with its report downloads in the same window. */
export function AdverseEventModal(props: AdverseEventModalProps) {
  const { timeZone } = useCurrentUser().clinic;
  const [recorded, setRecorded] = useState<AdverseEvent | null>(null);
  const who = props.alert ? ` for ${props.alert.patient.name}` : '';
  const title = recorded ? `Adverse event recorded${who}` : `Record an adverse event${who}`;
  return (
    <Modal opened onClose={props.onClose} size="lg" title={title}>
      {recorded ? (
        <Stack gap="md">
          <AdverseEventView event={recorded} timeZone={timeZone} />
          <Group justify="flex-end">
            <Button onClick={props.onClose}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <AdverseEventForm
          {...props}
          onRecorded={(event) => {
            setRecorded(event);
            props.onRecorded(event);
          }}
        />
      )}
    </Modal>
  );
}

function useRecordAdverseEvent({ patientId, sessionId, alert, onRecorded }: AdverseEventModalProps) {
  const form = useForm<AdverseEventValues>({
    initialValues: initialAdverseEvent(alert),
    validate: (values) => validateAdverseEvent(values, sessionId),
  });
  const problem = useFormProblem(form, adverseEventFields);
  const [busy, setBusy] = useState(false);

  async function submit(values: AdverseEventValues) {
    setBusy(true);
    problem.clear();
    try {
      const body = parseAdverseEvent(values, sessionId, alert?.id ?? null);
      onRecorded(await aftercareApi.recordAdverseEvent(patientId, body));
    } catch (error) {
      problem.fail(error);
      setBusy(false);
    }
  }

  const onSubmit = form.onSubmit(
    (values) => void submit(values),
    (errors) => focusFirstError(errors, adverseEventFields),
  );
  return { form, problem, busy, onSubmit };
}

function AdverseEventForm(props: AdverseEventModalProps) {
  const { form, problem, busy, onSubmit } = useRecordAdverseEvent(props);
  const { alert } = props;
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack gap="lg">
        {alert && (
          <Text size="sm" c="dimmed">
            From the {alert.level} alert
            {alert.checkInDay === null ? '' : ` of the day ${alert.checkInDay} check-in`}. The alert will link
            to this record.
          </Text>
        )}
        <AdverseEventFields form={form} />
        <SessionLinks patientId={props.patientId} sessionId={props.sessionId} />
        <FormProblem message={problem.formMessage} title="The adverse event was not recorded" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Record adverse event
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
