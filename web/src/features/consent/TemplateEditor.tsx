import { useId, useRef, useState } from 'react';
import { unknownPlaceholders, type ConsentTreatment, type TemplateVersion } from '@corium/contracts';
import {
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormProblem } from '../../ui/FormProblem';
import { MarkupToolbar } from './MarkupToolbar';
import { PublishTemplateModal } from './PublishTemplateModal';
import { TemplatePreview } from './TemplatePreview';
import { useTemplateDraft, type Draft, type DraftErrors } from './use-template-editor';

interface TemplateEditorProps {
  templateId: string;
  current: TemplateVersion;
  onPublished: (version: TemplateVersion) => void;
  onCancel: () => void;
  onReload: () => void;
}

interface BodyFieldProps {
  draft: Draft;
  errors: DraftErrors;
  change: <K extends keyof Draft>(field: K, value: Draft[K]) => void;
}

function BodyField({ draft, errors, change }: BodyFieldProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const unknown = unknownPlaceholders(draft.body);
  return (
    <Stack gap={6}>
      <MarkupToolbar target={area} textareaId={id} onEdit={(text) => change('body', text)} />
      <Textarea
        id={id}
        ref={area}
        label="Text"
        description="# Heading, ## Subheading, - bullet, **bold**; a blank line starts a new paragraph. Placeholders are filled in for each patient."
        autosize
        minRows={16}
        maxRows={40}
        required
        value={draft.body}
        error={errors.body}
        onChange={(event) => change('body', event.currentTarget.value)}
        styles={{ input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', lineHeight: 1.5 } }}
      />
      {unknown.length > 0 && !errors.body && (
        <Text size="sm" c="var(--mantine-color-error)">
          Unknown placeholders: {unknown.map((name) => `{{${name}}}`).join(', ')}. Use the Insert placeholder
          menu.
        </Text>
      )}
    </Stack>
  );
}

function PublishFields({ draft, errors, change }: BodyFieldProps) {
  return (
    <Card padding="lg">
      <Stack gap="md">
        <Switch
          size="md"
          label="This is a material change"
          description="Choose this when the change matters to a patient’s decision: a new adjunct such as PRP, a new modality, a deeper protocol, a new risk. Patients with consents signed on earlier versions will be asked to sign again before their next session. Corrections of wording or typing errors are not material."
          checked={draft.material}
          onChange={(event) => change('material', event.currentTarget.checked)}
        />
        <Textarea
          label="Change note"
          description="What changed and why. Kept with the version for everyone to read."
          autosize
          minRows={2}
          maxLength={2000}
          required
          value={draft.changeNote}
          error={errors.changeNote}
          onChange={(event) => change('changeNote', event.currentTarget.value)}
        />
      </Stack>
    </Card>
  );
}

function TextFields({ draft, errors, change, treatment }: BodyFieldProps & { treatment: ConsentTreatment }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Stack gap="md">
        <TextInput
          label="Title"
          required
          maxLength={200}
          value={draft.title}
          error={errors.title}
          onChange={(event) => change('title', event.currentTarget.value)}
        />
        <BodyField draft={draft} errors={errors} change={change} />
      </Stack>
      <Stack gap={6}>
        <Title order={3} size="h5">
          Preview
        </Title>
        <TemplatePreview
          treatment={treatment}
          title={draft.title}
          body={draft.body}
          titleOrder={4}
          label="Preview"
        />
      </Stack>
    </SimpleGrid>
  );
}

interface EditorActionsProps {
  edited: boolean;
  next: number;
  onPublish: () => void;
  onCancel: () => void;
}

/** Publish, or leave the editor; leaving asks first when there are changes to lose. */
function EditorActions({ edited, next, onPublish, onCancel }: EditorActionsProps) {
  const [discarding, setDiscarding] = useState(false);
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={() => (edited ? setDiscarding(true) : onCancel())}>
        Discard changes
      </Button>
      <Button onClick={onPublish}>Publish version {next}…</Button>
      <ConfirmDialog
        opened={discarding}
        title="Discard your changes?"
        confirmLabel="Discard changes"
        danger
        onConfirm={async () => onCancel()}
        onClose={() => setDiscarding(false)}
      >
        Nothing has been published. Your changes to the title and text will be lost.
      </ConfirmDialog>
    </Group>
  );
}

/** A new version of a consent template: the text with its toolbar, a live preview, and how it is published. */
export function TemplateEditor({
  templateId,
  current,
  onPublished,
  onCancel,
  onReload,
}: TemplateEditorProps) {
  const { draft, errors, change, check, edited } = useTemplateDraft(current);
  const [confirming, setConfirming] = useState(false);
  const [unchanged, setUnchanged] = useState(false);
  const next = current.version + 1;
  const publish = () => {
    setUnchanged(!edited);
    if (check() && edited) setConfirming(true);
  };
  return (
    <Stack component="section" gap="lg" aria-labelledby="editor-heading">
      <Title order={2} size="h3" id="editor-heading">
        Write version {next}
      </Title>
      <TextFields draft={draft} errors={errors} change={change} treatment={current.treatment} />
      <PublishFields draft={draft} errors={errors} change={change} />
      <FormProblem
        message={
          unchanged
            ? `The text is the same as version ${current.version}; change it before publishing.`
            : null
        }
      />
      <EditorActions edited={edited} next={next} onPublish={publish} onCancel={onCancel} />
      {confirming && (
        <PublishTemplateModal
          templateId={templateId}
          current={current}
          draft={draft}
          onPublished={onPublished}
          onClose={() => setConfirming(false)}
          onReload={onReload}
        />
      )}
    </Stack>
  );
}
