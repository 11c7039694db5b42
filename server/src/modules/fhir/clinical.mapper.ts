import { createHash } from 'node:crypto';
import { allergyLabels, fitzpatrickLabels, intakeQuestions } from '@corium/contracts';
import type { ClinicalFieldsRow, HistoryRow } from './fhir-clinical.repo';
import { reference, type FhirResource } from './fhir-resource';

/** Corium's own code systems, for what no standard terminology names. */
export const CORIUM_SYSTEM = 'https://corium.health/fhir/CodeSystem';
export const INTAKE_QUESTIONNAIRE = 'https://corium.health/fhir/Questionnaire/intake';

/**
 * Resources derived from a field of the patient record or the intake answers have no row of
 * their own: their id is the patient's id and a short digest of what they are about, stable
 * for as long as the patient says the same thing (e.g. `…-3f2a9c1b77d0` for "nickel").
 */
export const derivedId = (patientId: string, key: string): string =>
  `${patientId}-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;

/** The patient a derived id belongs to, or null for an id that is not one. */
export const patientOfDerivedId = (id: string): string | null =>
  /^([0-9a-f-]{36})-[0-9a-f]{12}$/.exec(id)?.[1] ?? null;

const codeable = (system: string, code: string, display?: string) => ({
  coding: [{ system, code, ...(display ? { display } : {}) }],
  ...(display ? { text: display } : {}),
});

const labels = new Map(intakeQuestions.map((q) => [q.id as string, q.label]));
const questions = new Map(intakeQuestions.map((q) => [q.id as string, q]));

/** The intake's answer codes (choice values, known allergens), as the Questionnaire offers them. */
const INTAKE_ANSWER_SYSTEM = `${CORIUM_SYSTEM}/intake-answer`;

/** Answers typed as the Questionnaire's item is: coded choices, the isotretinoin answer as text. */
function answersTo(linkId: string, value: unknown): Record<string, unknown>[] {
  const kind = questions.get(linkId)?.kind;
  if (kind?.type === 'choice' && typeof value === 'string') {
    const display = kind.options.find((o) => o.value === value)?.label;
    return [{ valueCoding: { system: INTAKE_ANSWER_SYSTEM, code: value, ...(display ? { display } : {}) } }];
  }
  if (kind?.type === 'isotretinoin' && typeof value === 'string') return [{ valueString: value }];
  if (kind?.type === 'allergies' && Array.isArray(value))
    return value.map((a) =>
      typeof a === 'string' && allergyLabels[a]
        ? { valueCoding: { system: INTAKE_ANSWER_SYSTEM, code: a, display: allergyLabels[a] } }
        : { valueString: String(a) },
    );
  return answersOf(value);
}

function answersOf(value: unknown): Record<string, unknown>[] {
  if (typeof value === 'boolean') return [{ valueBoolean: value }];
  if (typeof value === 'number')
    return [Number.isInteger(value) ? { valueInteger: value } : { valueDecimal: value }];
  if (typeof value === 'string')
    return [/^\d{4}-\d{2}-\d{2}$/.test(value) ? { valueDate: value } : { valueString: value }];
  if (Array.isArray(value)) return value.flatMap(answersOf);
  if (value !== null && typeof value === 'object') {
    const { kind, date } = value as { kind?: unknown; date?: unknown };
    return [{ valueString: [kind, date].filter((p) => typeof p === 'string').join(' on ') }];
  }
  return [];
}

/** One version of the intake answers, items keyed by the canonical question ids. */
export function toQuestionnaireResponse(row: HistoryRow): FhirResource {
  const answers = Object.entries(row.answers as Record<string, unknown>);
  return {
    resourceType: 'QuestionnaireResponse',
    id: row.id,
    meta: { lastUpdated: row.entered_at.toISOString() },
    questionnaire: INTAKE_QUESTIONNAIRE,
    status: 'completed',
    subject: reference('Patient', row.patient_id),
    authored: row.entered_at.toISOString(),
    ...(row.source === 'patient' ? { source: reference('Patient', row.patient_id) } : {}),
    item: answers.map(([linkId, value]) => {
      const answer = answersTo(linkId, value);
      return {
        linkId,
        ...(labels.has(linkId) ? { text: labels.get(linkId) } : {}),
        ...(answer.length ? { answer } : {}),
      };
    }),
  };
}

const verification = (row: HistoryRow) =>
  codeable(
    'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
    row.source === 'patient' ? 'unconfirmed' : 'confirmed',
  );

/** Each allergy the latest intake answers name. */
export function toAllergyIntolerances(row: HistoryRow): FhirResource[] {
  const allergies = (row.answers as { allergies?: unknown }).allergies;
  if (!Array.isArray(allergies)) return [];
  return allergies
    .filter((a): a is string => typeof a === 'string')
    .map((allergy) => ({
      resourceType: 'AllergyIntolerance',
      id: derivedId(row.patient_id, `allergy:${allergy}`),
      meta: { lastUpdated: row.entered_at.toISOString() },
      clinicalStatus: codeable('http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', 'active'),
      verificationStatus: verification(row),
      code: allergyLabels[allergy]
        ? codeable(`${CORIUM_SYSTEM}/allergen`, allergy, allergyLabels[allergy])
        : { text: allergy },
      patient: reference('Patient', row.patient_id),
      recordedDate: row.entered_at.toISOString(),
    }));
}

/** ATC groups (http://www.whocc.no/atc) for the medicines the intake asks about, where one fits. */
const medicines: Record<string, { atc?: [string, string]; text: string }> = {
  anticoagulants: { atc: ['B01A', 'Antithrombotic agents'], text: 'Blood thinners' },
  bleeding_supplements: { text: 'Fish oil, ginkgo, garlic or vitamin E supplements' },
  isotretinoin_last_dose: { atc: ['D10BA01', 'isotretinoin'], text: 'Isotretinoin tablets' },
};

function medicationStatement(row: HistoryRow, key: string, ended: string | null): FhirResource {
  const medicine = medicines[key]!;
  return {
    resourceType: 'MedicationStatement',
    id: derivedId(row.patient_id, `medication:${key}`),
    meta: { lastUpdated: row.entered_at.toISOString() },
    status: ended ? 'completed' : 'active',
    medicationCodeableConcept: medicine.atc
      ? { ...codeable('http://www.whocc.no/atc', medicine.atc[0], medicine.atc[1]), text: medicine.text }
      : { text: medicine.text },
    subject: reference('Patient', row.patient_id),
    ...(ended ? { effectivePeriod: { end: ended } } : {}),
    dateAsserted: row.entered_at.toISOString(),
    ...(row.source === 'patient' ? { informationSource: reference('Patient', row.patient_id) } : {}),
  };
}

/** The medicines the latest intake answers say the patient takes or took (isotretinoin's last dose). */
export function toMedicationStatements(row: HistoryRow): FhirResource[] {
  const answers = row.answers as Record<string, unknown>;
  const statements: FhirResource[] = [];
  if (answers.anticoagulants === true) statements.push(medicationStatement(row, 'anticoagulants', null));
  if (answers.bleeding_supplements === true)
    statements.push(medicationStatement(row, 'bleeding_supplements', null));
  const isotretinoin = answers.isotretinoin_last_dose;
  if (typeof isotretinoin === 'string')
    statements.push(
      medicationStatement(row, 'isotretinoin_last_dose', isotretinoin === 'current' ? null : isotretinoin),
    );
  return statements;
}

/** The patient's treatment concerns as problem-list Conditions. */
export function toConditions(row: ClinicalFieldsRow): FhirResource[] {
  return row.concerns.map((concern) => ({
    resourceType: 'Condition',
    id: derivedId(row.id, `concern:${concern}`),
    meta: { lastUpdated: row.updated_at.toISOString() },
    clinicalStatus: codeable('http://terminology.hl7.org/CodeSystem/condition-clinical', 'active'),
    category: [codeable('http://terminology.hl7.org/CodeSystem/condition-category', 'problem-list-item')],
    code: codeable(`${CORIUM_SYSTEM}/concern`, concern, concern.replace(/_/g, ' ')),
    subject: reference('Patient', row.id),
  }));
}

/** The Fitzpatrick skin type a clinician recorded, coded in Corium's own system: no LOINC code for it was verified. */
export function toFitzpatrickObservations(row: ClinicalFieldsRow): FhirResource[] {
  if (row.fitzpatrick_type === null) return [];
  const type = String(row.fitzpatrick_type);
  return [
    {
      resourceType: 'Observation',
      id: derivedId(row.id, 'fitzpatrick'),
      meta: { lastUpdated: row.updated_at.toISOString() },
      status: 'final',
      category: [codeable('http://terminology.hl7.org/CodeSystem/observation-category', 'exam', 'Exam')],
      code: codeable(`${CORIUM_SYSTEM}/observation`, 'fitzpatrick-skin-type', 'Fitzpatrick skin type'),
      subject: reference('Patient', row.id),
      effectiveDateTime: row.updated_at.toISOString(),
      valueCodeableConcept: codeable(
        `${CORIUM_SYSTEM}/fitzpatrick-skin-type`,
        type,
        `Type ${type}: ${fitzpatrickLabels[row.fitzpatrick_type] ?? ''}`.trim(),
      ),
    },
  ];
}
