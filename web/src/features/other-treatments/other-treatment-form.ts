import {
  otherTreatmentRequest,
  type OtherTreatment,
  type OtherTreatmentKind,
  type OtherTreatmentRequest,
  type ZoneId,
} from '@corium/contracts';
import { schemaErrors, type FieldErrors } from '../../lib/form-errors';

export type GivenWhere = 'elsewhere' | 'here';

export interface OtherTreatmentValues {
  kind: OtherTreatmentKind | null;
  where: GivenWhere;
  date: string;
  zones: ZoneId[];
  product: string;
  notes: string;
}

/** Field paths in reading order; all but `where` match the server's error paths. */
export const otherTreatmentFields = ['kind', 'where', 'date', 'zones', 'product', 'notes'] as const;

export const emptyOtherTreatment: OtherTreatmentValues = {
  kind: null,
  where: 'elsewhere',
  date: '',
  zones: [],
  product: '',
  notes: '',
};

/** A correction starts from what the record says. */
export const valuesOf = (record: OtherTreatment): OtherTreatmentValues => ({
  kind: record.kind,
  where: record.givenElsewhere ? 'elsewhere' : 'here',
  date: record.date,
  zones: [...record.zones],
  product: record.product ?? '',
  notes: record.notes ?? '',
});

function requestOf(values: OtherTreatmentValues, supersedes: string | undefined) {
  return {
    kind: values.kind,
    date: values.date,
    // None chosen reads as a blank field, so it gets "Choose at least one zone".
    zones: values.zones.length > 0 ? values.zones : undefined,
    // Empty text is left out rather than sent as "".
    product: values.product.trim() || undefined,
    notes: values.notes.trim() || undefined,
    givenElsewhere: values.where === 'elsewhere',
    supersedes,
  };
}

const blankMessages = {
  kind: 'Choose what was given',
  date: 'Enter the day it was given',
  zones: 'Choose at least one zone',
};

export function validateOtherTreatment(values: OtherTreatmentValues): FieldErrors {
  return schemaErrors(otherTreatmentRequest, requestOf(values, undefined), blankMessages);
}

/** Only for values `validateOtherTreatment` accepted. */
export function toOtherTreatmentRequest(
  values: OtherTreatmentValues,
  supersedes: string | undefined,
): OtherTreatmentRequest {
  return otherTreatmentRequest.parse(requestOf(values, supersedes));
}
