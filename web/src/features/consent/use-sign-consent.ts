import { useCallback, useState } from 'react';
import {
  drawnSignature,
  type ConsentTreatment,
  type DrawnSignature,
  type PhotoScopeChoices,
  type SignedConsent,
} from '@corium/contracts';
import { describeError, isApiError } from '../../lib/api';
import { useResource } from '../../ui/use-resource';
import type { ConsentChannel } from './consent-api';

export interface SigningProblems {
  typedName?: string;
  signature?: string;
  photoScopes?: string;
  agreed?: string;
  /** Why the whole signing was refused. */
  form: string | null;
}

const noProblems: SigningProblems = { form: null };
const noScopes: PhotoScopeChoices = { clinical_record: false, education: false, marketing: false };

/** What is wrong before anything is sent; the contract's own check decides what counts as a signature. */
function check(typedName: string, signature: DrawnSignature | null, agreed: boolean): SigningProblems {
  const problems: SigningProblems = { form: null };
  if (typedName.trim() === '') problems.typedName = 'Type your full name';
  if (signature === null) problems.signature = 'Draw your signature before signing';
  else if (!drawnSignature.safeParse(signature).success)
    problems.signature = 'This is too short to be a signature. Clear it and sign again.';
  if (!agreed) problems.agreed = 'Tick this box to confirm you have read the consent and agree to it';
  const missing = [problems.typedName, problems.signature, problems.agreed].filter(Boolean).length;
  if (missing > 0)
    problems.form = `Not signed yet: ${missing === 1 ? 'one thing is' : `${missing} things are`} missing above.`;
  return problems;
}

/** A refusal from the server, beside the field it is about when it names one. */
function refusal(error: unknown): SigningProblems {
  const problems: SigningProblems = { form: null };
  for (const issue of isApiError(error, 'VALIDATION_FAILED') ? error.fieldIssues : []) {
    if (issue.path === 'typedName') problems.typedName = issue.message;
    else if (issue.path.startsWith('signature')) problems.signature = issue.message;
    else if (issue.path.startsWith('photoScopes')) problems.photoScopes = issue.message;
  }
  problems.form = describeError(error);
  return problems;
}

/** The answers on the signing screen; changing one takes away the message about it. */
function useSigningFields() {
  const [typedName, setTypedName] = useState('');
  const [signature, setSignature] = useState<DrawnSignature | null>(null);
  const [scopes, setScopes] = useState<PhotoScopeChoices>(noScopes);
  const [agreed, setAgreed] = useState(false);
  const [problems, setProblems] = useState<SigningProblems>(noProblems);
  const solved = (field: keyof Omit<SigningProblems, 'form'>) =>
    setProblems((current) => (current[field] ? { ...current, [field]: undefined } : current));
  const change = {
    typedName: (value: string) => {
      setTypedName(value);
      solved('typedName');
    },
    signature: (value: DrawnSignature | null) => {
      setSignature(value);
      if (value) solved('signature');
    },
    scopes: (value: PhotoScopeChoices) => {
      setScopes(value);
      solved('photoScopes');
    },
    agreed: (value: boolean) => {
      setAgreed(value);
      if (value) solved('agreed');
    },
  };
  return { values: { typedName, signature, scopes, agreed }, change, problems, setProblems };
}

export type SigningFields = ReturnType<typeof useSigningFields>;

/**
 * Reading and signing one treatment's consent. The hash of the text that was read goes with
 * the signature; if the text changed meanwhile the server refuses (409), the new text is loaded,
 * and the patient reads, agrees and signs again.
 */
export function useSignConsent(channel: ConsentChannel, treatment: ConsentTreatment) {
  const load = useCallback(() => channel.render(treatment), [channel, treatment]);
  const { resource, reload } = useResource(load);
  const fields = useSigningFields();
  const { values, change, setProblems } = fields;
  /** The server's words when it refused a signature because the text had changed. */
  const [textChanged, setTextChanged] = useState<string | null>(null);
  /** A new pad after the text changed: a signature belongs to the text it was drawn under. */
  const [padKey, setPadKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [signed, setSigned] = useState<SignedConsent | null>(null);

  function readAgain(error: unknown) {
    setTextChanged(describeError(error));
    change.agreed(false);
    change.signature(null);
    setPadKey((key) => key + 1);
    setProblems(noProblems);
    reload();
  }

  async function sign(): Promise<SignedConsent | null> {
    if (resource.status !== 'ready') return null;
    const found = check(values.typedName, values.signature, values.agreed);
    setProblems(found);
    if (found.form || !values.signature) return null;
    setBusy(true);
    try {
      const consent = await channel.sign({
        templateVersionId: resource.data.templateVersion.id,
        typedName: values.typedName.trim(),
        signature: values.signature,
        ...(treatment === 'photography' ? { photoScopes: values.scopes } : {}),
        documentSha256: resource.data.sha256,
      });
      setSigned(consent);
      return consent;
    } catch (error) {
      if (isApiError(error, 'CONFLICT')) readAgain(error);
      else setProblems(refusal(error));
      return null;
    } finally {
      setBusy(false);
    }
  }

  return { resource, reload, fields, textChanged, padKey, busy, signed, sign };
}
