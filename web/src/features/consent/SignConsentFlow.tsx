import { useEffect, useRef } from 'react';
import type { ConsentTreatment, RenderedConsent, SignedConsent } from '@corium/contracts';
import { Alert, Button, Card, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconSignature } from '@tabler/icons-react';
import { FormProblem } from '../../ui/FormProblem';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import type { ConsentChannel } from './consent-api';
import { ConsentDocument, splitDocument } from './ConsentDocument';
import { PhotoScopeChoices } from './PhotoScopeChoices';
import { SignaturePad } from './SignaturePad';
import { SignedConfirmation } from './SignedConfirmation';
import { useSignConsent, type SigningFields } from './use-sign-consent';

interface SignConsentFlowProps {
  channel: ConsentChannel;
  treatment: ConsentTreatment;
  /** Told as soon as the consent is stored, while the confirmation is still on screen. */
  onSigned?: (consent: SignedConsent) => void;
  /** Leaves the confirmation, or the form without signing. */
  onDone: () => void;
  doneLabel: string;
}

/** Shown when the server refused a signature because the text changed while it was being read. */
function TextChangedNotice({ message }: { message: string }) {
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => notice.current?.focus(), [message]);
  return (
    <Alert
      ref={notice}
      tabIndex={-1}
      color="orange"
      icon={<IconAlertTriangle aria-hidden="true" />}
      title="The consent text has changed"
    >
      {message.replace(/\.$/, '')}. The new text is below: read it, then tick the box and sign again.
    </Alert>
  );
}

function Document({ rendered }: { rendered: RenderedConsent }) {
  const { title, body } = splitDocument(rendered.text);
  return (
    <Card component="article" aria-label={title} padding="lg">
      <ConsentDocument title={title} body={body} />
      <Text size="sm" c="dimmed" mt="lg">
        Version {rendered.templateVersion.version}. The signature below is recorded with exactly this text.
      </Text>
    </Card>
  );
}

interface SigningFormProps {
  treatment: ConsentTreatment;
  fields: SigningFields;
  padKey: number;
  busy: boolean;
  onSign: () => void;
  onCancel: () => void;
}

function SigningForm({ treatment, fields, padKey, busy, onSign, onCancel }: SigningFormProps) {
  const { values, change, problems } = fields;
  return (
    <Card component="section" aria-label="Sign the consent" padding="lg">
      <Stack gap="lg">
        {treatment === 'photography' && (
          <PhotoScopeChoices value={values.scopes} onChange={change.scopes} error={problems.photoScopes} />
        )}
        <TextInput
          label="Your full name"
          description="Type your name as it appears on your record. It is printed beside your signature."
          autoComplete="name"
          required
          maw={480}
          value={values.typedName}
          error={problems.typedName}
          onChange={(event) => change.typedName(event.currentTarget.value)}
        />
        <SignaturePad key={padKey} onChange={change.signature} error={problems.signature} />
        <Checkbox
          size="md"
          label="I have read this consent, I have had the chance to ask questions, and I agree to it"
          checked={values.agreed}
          error={problems.agreed}
          onChange={(event) => change.agreed(event.currentTarget.checked)}
        />
        <FormProblem message={problems.form} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button
            size="md"
            leftSection={<IconSignature size={20} aria-hidden="true" />}
            loading={busy}
            onClick={onSign}
          >
            Sign the consent
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * The patient reads the consent, makes their choices, types their name, draws their signature
 * and confirms; then the signed PDF is theirs to download. The same screen serves the portal
 * and the clinic's tablet.
 */
export function SignConsentFlow({ channel, treatment, onSigned, onDone, doneLabel }: SignConsentFlowProps) {
  const { resource, reload, fields, textChanged, padKey, busy, signed, sign } = useSignConsent(
    channel,
    treatment,
  );
  if (signed)
    return (
      <SignedConfirmation
        consent={signed}
        pdfUrl={channel.pdfUrl(signed.id)}
        doneLabel={doneLabel}
        onDone={onDone}
      />
    );
  const submit = async () => {
    const consent = await sign();
    if (consent) onSigned?.(consent);
  };
  return (
    <Stack gap="lg">
      {textChanged && <TextChangedNotice message={textChanged} />}
      {resource.status === 'loading' && <SectionLoader label="Loading the consent…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The consent could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <>
          <Text>Read the whole consent below, then sign at the end.</Text>
          <Document rendered={resource.data} />
          <SigningForm
            treatment={treatment}
            fields={fields}
            padKey={padKey}
            busy={busy}
            onSign={() => void submit()}
            onCancel={onDone}
          />
        </>
      )}
    </Stack>
  );
}
