import { useState } from 'react';
import type { NotificationPreferences, NotificationPreferencesRequest } from '@corium/contracts';
import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';

type Save = (choice: NotificationPreferencesRequest) => Promise<NotificationPreferences>;
type Who = 'you' | 'patient';

interface ChannelChoiceProps {
  preferences: NotificationPreferences;
  save: Save;
  /** "you" in the portal, "the patient" for staff. */
  who: Who;
}

/** Why texts cannot be chosen, in the reader's words; null when they can. */
function smsBlocker(p: NotificationPreferences, who: Who): string | null {
  if (!p.smsAvailable) return 'The clinic does not send text messages.';
  if (!p.hasMobile)
    return who === 'you'
      ? 'Text messages need your mobile number in international form, e.g. +44 7700 900123. Ask the clinic to add it.'
      : 'Text messages need a mobile number in international form, e.g. +44 7700 900123, on the record.';
  return null;
}

/** The choice being edited, what the server last confirmed, and saving it. */
function useChannelChoice(preferences: NotificationPreferences, save: Save) {
  const [current, setCurrent] = useState(preferences);
  const [choice, setChoice] = useState({ email: preferences.email, sms: preferences.sms });
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  async function submit() {
    setSaving(true);
    setProblem(null);
    setSaved(false);
    try {
      setCurrent(await save(choice));
      setSaved(true);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setSaving(false);
    }
  }

  const update = (key: 'email' | 'sms', value: boolean) => {
    setChoice((c) => ({ ...c, [key]: value }));
    setSaved(false);
  };
  const changed = choice.email !== current.email || choice.sms !== current.sms;
  return { current, choice, update, submit, problem, saving, saved, changed };
}

/**
 * E-mail and/or text message for appointment messages: confirmations with a calendar invite,
 * the reminder a day before, moved or cancelled visits. Large touch targets for phones.
 */
export function ChannelChoice({ preferences, save, who }: ChannelChoiceProps) {
  const state = useChannelChoice(preferences, save);
  const { current, choice, update } = state;
  const blocker = smsBlocker(current, who);
  const none = !choice.email && !choice.sms;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void state.submit();
      }}
    >
      <Stack gap="md">
        <Checkbox
          size="md"
          label="E-mail"
          description={
            current.hasEmail
              ? 'With a calendar invite, and what to do before a treatment.'
              : 'No e-mail address is on record yet.'
          }
          checked={choice.email}
          onChange={(e) => update('email', e.currentTarget.checked)}
        />
        <Checkbox
          size="md"
          label="Text message"
          description={blocker ?? 'A short text with the time and place only.'}
          checked={choice.sms}
          disabled={blocker !== null && !choice.sms}
          onChange={(e) => update('sms', e.currentTarget.checked)}
        />
        {none && (
          <Text c="red.8" size="sm" role="alert">
            Choose e-mail, text message or both.
          </Text>
        )}
        <SaveRow state={state} who={who} none={none} />
      </Stack>
    </form>
  );
}

function SaveRow({
  state,
  who,
  none,
}: {
  state: ReturnType<typeof useChannelChoice>;
  who: Who;
  none: boolean;
}) {
  return (
    <>
      <FormProblem message={state.problem} />
      {state.saved && (
        <Alert color="corium" role="status">
          Saved. {who === 'you' ? 'You' : 'The patient'} will hear about appointments this way.
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={state.saving} disabled={!state.changed || none} size="md">
          Save
        </Button>
      </Group>
    </>
  );
}
