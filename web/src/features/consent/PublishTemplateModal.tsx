import { useState } from 'react';
import type { TemplateVersion } from '@corium/contracts';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { describeError, isApiError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { templateApi } from './consent-api';
import { treatmentWords } from './consent-words';
import type { Draft } from './use-template-editor';

interface PublishTemplateModalProps {
  templateId: string;
  current: TemplateVersion;
  draft: Draft;
  onPublished: (version: TemplateVersion) => void;
  onClose: () => void;
  /** After a conflict: open the version someone else published (this draft is dropped). */
  onReload: () => void;
}

function usePublish({ templateId, current, draft, onPublished }: PublishTemplateModalProps) {
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function publish() {
    setBusy(true);
    setFailure(null);
    try {
      onPublished(
        await templateApi.publish(templateId, {
          basedOnVersion: current.version,
          title: draft.title.trim(),
          body: draft.body,
          material: draft.material,
          changeNote: draft.changeNote.trim(),
        }),
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }
  return { failure, busy, publish };
}

function Consequences({ current, draft }: { current: TemplateVersion; draft: Draft }) {
  const next = current.version + 1;
  return (
    <>
      <Text>
        Version {next} of the {treatmentWords[current.treatment]} consent becomes the text every patient reads
        and signs from now on. Version {current.version} stays readable, and consents already signed keep the
        text they were signed on. A published version can never be changed.
      </Text>
      {draft.material ? (
        <Alert color="orange" title="Material change: patients sign again">
          Every patient whose consent was signed on an earlier version needs to sign version {next} before
          their next session. The portal asks them to.
        </Alert>
      ) : (
        <Text>Not a material change: consents signed on earlier versions stay valid.</Text>
      )}
      <Text size="sm">
        <strong>Change note:</strong> {draft.changeNote.trim()}
      </Text>
    </>
  );
}

/** Says what publishing will do, above all whether patients must sign again, then publishes. */
export function PublishTemplateModal(props: PublishTemplateModalProps) {
  const { current, draft, onClose, onReload } = props;
  const { failure, busy, publish } = usePublish(props);
  const next = current.version + 1;
  const conflict = isApiError(failure, 'CONFLICT');
  return (
    <Modal opened onClose={onClose} title={`Publish version ${next}?`} centered size="lg">
      <Stack gap="md">
        <Consequences current={current} draft={draft} />
        <FormProblem message={failure === null ? null : describeError(failure)} title="Not published" />
        <Group justify="flex-end" gap="sm">
          {conflict && (
            <Button variant="default" onClick={onReload}>
              Open the current version
            </Button>
          )}
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button loading={busy} disabled={conflict} onClick={() => void publish()} data-autofocus>
            Publish version {next}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
