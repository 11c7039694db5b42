import type { ConsentTreatment } from '@corium/contracts';
import { microneedlingTemplate } from './templates/microneedling';
import { photographyTemplate } from './templates/photography';
import { prpTemplate } from './templates/prp';
import { rfMicroneedlingTemplate } from './templates/rf-microneedling';

/**
 * The consent texts Corium ships: every clinic starts with them as version 1 (published by no
 * one) and its admin or medical director adapts them. Clinical knowledge as data: each text
 * says where its statements come from in ../shared/domain/clinical-reference.md.
 */
export interface DefaultTemplate {
  treatment: ConsentTreatment;
  title: string;
  /** The consent markup (contracts/src/consent-text.ts) with placeholders. */
  body: string;
  /** Sections of the clinical reference the text follows. */
  references: string[];
}

export const DEFAULT_CHANGE_NOTE = 'Corium’s default text, following its clinical reference.';

export const defaultTemplates: readonly DefaultTemplate[] = [
  microneedlingTemplate,
  rfMicroneedlingTemplate,
  prpTemplate,
  photographyTemplate,
];
