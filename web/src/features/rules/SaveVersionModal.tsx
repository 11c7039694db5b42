import { useState, type FormEvent } from 'react';
import type { AppliedRuleSetChange, RuleSetView } from '@corium/contracts';
import { Button, Code, Group, List, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { describeError, isApiError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { changeText } from './change-words';
import { toRequestChange } from './rule-edits';
import { rulesApi } from './rules-api';

interface SaveVersionModalProps {
  view: RuleSetView;
  changes: AppliedRuleSetChange[];
  onClose: () => void;
  onSaved: (saved: RuleSetView) => void;
  /** After a conflict: load the version someone else saved (the edits here are dropped). */
  onReload: () => void;
}

const MIN_REASON = 10;

function useSaveVersion({ view, changes, onSaved }: SaveVersionModalProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      setReasonError(`Say why in a sentence (at least ${MIN_REASON} characters)`);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onSaved(
        await rulesApi.saveVersion({
          basedOn: view.version,
          reason: reason.trim(),
          changes: changes.map(toRequestChange),
        }),
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const changeReason = (value: string) => {
    setReason(value);
    if (reasonError && value.trim().length >= MIN_REASON) setReasonError(null);
  };
  return { reason, changeReason, reasonError, failure, busy, submit };
}

function ChangeList({ changes }: { changes: AppliedRuleSetChange[] }) {
  return (
    <div>
      <Title order={3} size="h5" mb={4}>
        {changes.length === 1 ? 'The change' : `The ${changes.length} changes`}
      </Title>
      <List type="ordered" size="sm" spacing={2}>
        {changes.map((change, i) => (
          <List.Item key={i}>{changeText(change)}</List.Item>
        ))}
      </List>
    </div>
  );
}

/** Shows every change, asks why, and saves them as the next version. */
export function SaveVersionModal(props: SaveVersionModalProps) {
  const { view, changes, onClose, onReload } = props;
  const save = useSaveVersion(props);
  const conflict = isApiError(save.failure, 'CONFLICT');

  return (
    <Modal opened onClose={onClose} title="Save a new version of the rules" size="lg" centered>
      <form onSubmit={(event) => void save.submit(event)} noValidate>
        <Stack gap="md">
          <Text>
            This creates version <Code>{view.nextVersion}</Code>. Every screening from then on uses it;{' '}
            <Code>{view.version}</Code> stays in the history.
          </Text>
          <ChangeList changes={changes} />
          <Textarea
            label="Why are you changing the rules?"
            description="Kept with the version, for everyone who screens with it to read."
            value={save.reason}
            onChange={(event) => save.changeReason(event.currentTarget.value)}
            error={save.reasonError}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
          />
          <FormProblem
            message={save.failure === null ? null : describeError(save.failure)}
            title="Not saved"
          />
          <Group justify="flex-end" gap="sm">
            {conflict && (
              <Button variant="default" onClick={onReload}>
                Load the current rules
              </Button>
            )}
            <Button variant="default" onClick={onClose} disabled={save.busy}>
              Cancel
            </Button>
            <Button type="submit" loading={save.busy} disabled={conflict}>
              Create version {view.nextVersion}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
