import { useState } from 'react';
import { publishTemplateRequest, unknownPlaceholders, type TemplateVersion } from '@corium/contracts';

export interface Draft {
  title: string;
  body: string;
  material: boolean;
  changeNote: string;
}

export type DraftErrors = Partial<Record<'title' | 'body' | 'changeNote', string>>;

const fieldMessages: Required<DraftErrors> = {
  title: 'Give the consent a title on one line (at most 200 characters)',
  body: 'Write the text of the consent (at most 50,000 characters)',
  changeNote: 'Say what changed and why, for the version history (at most 2000 characters)',
};

/** The contract's own check, with a sentence beside each field it refuses. */
export function checkDraft(draft: Draft, basedOnVersion: number): DraftErrors {
  const parsed = publishTemplateRequest.safeParse({ basedOnVersion, ...draft });
  if (parsed.success) return {};
  const errors: DraftErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field !== 'title' && field !== 'body' && field !== 'changeNote') continue;
    const unknown = field === 'body' ? unknownPlaceholders(draft.body) : [];
    errors[field] ??= unknown.length > 0 ? issue.message : fieldMessages[field];
  }
  return errors;
}

/** A new version being written, starting from the current one's text. */
export function useTemplateDraft(current: TemplateVersion) {
  const [draft, setDraft] = useState<Draft>({
    title: current.title,
    body: current.body,
    material: false,
    changeNote: '',
  });
  const [errors, setErrors] = useState<DraftErrors>({});
  const change = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft((before) => ({ ...before, [field]: value }));
    setErrors((before) => (field in before ? { ...before, [field]: undefined } : before));
  };
  /** True when the draft may be published; otherwise the fields show why not. */
  const check = (): boolean => {
    const found = checkDraft(draft, current.version);
    setErrors(found);
    return Object.keys(found).length === 0;
  };
  const edited = draft.title !== current.title || draft.body !== current.body;
  return { draft, errors, change, check, edited };
}
