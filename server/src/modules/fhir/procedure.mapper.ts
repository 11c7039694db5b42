import { CORIUM_SYSTEM } from './clinical.mapper';
import type { AdverseEventRow, SessionRow } from './fhir-sessions.repo';
import { reference, type FhirResource } from './fhir-resource';

/**
 * Corium's own extensions (documented in the README's FHIR section): the needle depth and the
 * number of passes of one treated zone, carried on that zone's `Procedure.bodySite`.
 */
export const CORIUM_EXTENSION = 'https://corium.health/fhir/StructureDefinition';
export const NEEDLE_DEPTH_EXTENSION = `${CORIUM_EXTENSION}/needle-depth`;
export const NEEDLE_PASSES_EXTENSION = `${CORIUM_EXTENSION}/needle-passes`;

const UCUM = 'http://unitsofmeasure.org';

const codeable = (system: string, code: string, display?: string) => ({
  coding: [{ system, code, ...(display ? { display } : {}) }],
  ...(display ? { text: display } : {}),
});

export const modalityLabels = {
  microneedling: 'Microneedling (collagen induction therapy)',
  'rf-microneedling': 'Radiofrequency microneedling',
} as const;

/** `upper_lip` → "upper lip": Corium's zone ids are its own codes (no standard body-site code verified). */
export const zoneConcept = (zone: string) =>
  codeable(`${CORIUM_SYSTEM}/treatment-zone`, zone, zone.replace(/_/g, ' '));

function treatedZone(zone: SessionRow['zones'][number]) {
  return {
    extension: [
      {
        url: NEEDLE_DEPTH_EXTENSION,
        valueQuantity: { value: zone.depthMm, unit: 'mm', system: UCUM, code: 'mm' },
      },
      { url: NEEDLE_PASSES_EXTENSION, valueInteger: zone.passes },
    ],
    ...zoneConcept(zone.zone),
  };
}

/**
 * A signed session chart as a completed Procedure: who needled, when (start to signature),
 * each zone with its depth and passes, the pen as the focal device and the cartridge lots used.
 * The procedure is coded in Corium's own system: no SNOMED CT concept for microneedling was verified.
 */
export function toProcedure(row: SessionRow): FhirResource {
  return {
    resourceType: 'Procedure',
    id: row.id,
    meta: { lastUpdated: row.signed_at.toISOString() },
    status: 'completed',
    code: codeable(`${CORIUM_SYSTEM}/procedure`, row.modality, modalityLabels[row.modality]),
    subject: reference('Patient', row.patient_id),
    ...(row.series_id ? { basedOn: [reference('CarePlan', row.series_id)] } : {}),
    performedPeriod: { start: row.started_at.toISOString(), end: row.signed_at.toISOString() },
    recorder: reference('Practitioner', row.practitioner_id, row.practitioner_name),
    performer: [{ actor: reference('Practitioner', row.practitioner_id, row.practitioner_name) }],
    ...(row.zones.length > 0 ? { bodySite: row.zones.map(treatedZone) } : {}),
    ...(row.device_id
      ? {
          focalDevice: [
            {
              action: codeable(`${CORIUM_SYSTEM}/device-action`, 'used', 'Used'),
              manipulated: reference('Device', row.device_id),
            },
          ],
        }
      : {}),
    ...(row.lot_ids.length > 0 ? { usedReference: row.lot_ids.map((id) => reference('Device', id)) } : {}),
    ...(row.session_number ? { note: [{ text: `Session ${row.session_number} of the series` }] } : {}),
  };
}

const AE = 'http://terminology.hl7.org/CodeSystem';

/** CTCAE grade 1 mild, 2 moderate, 3–5 severe (R4's adverse-event-severity has three codes). */
const severity = (grade: number) => {
  const code = grade <= 1 ? 'mild' : grade === 2 ? 'moderate' : 'severe';
  return {
    coding: [{ system: `${AE}/adverse-event-severity`, code }],
    text: `Grade ${grade}`,
  };
};

const outcomes: Record<string, string> = {
  recovered: 'resolved',
  recovering: 'recovering',
  not_recovered: 'ongoing',
  recovered_with_sequelae: 'resolvedWithSequelae',
  fatal: 'fatal',
  unknown: 'unknown',
};

/** WHO-UMC categories as R4's adverse-event-causality-assess codes. */
const causalityCodes: Record<string, string> = {
  certain: 'Certain',
  probable: 'Probably-Likely',
  possible: 'Possible',
  unlikely: 'Unlikely',
  conditional: 'Conditional-Classified',
  unassessable: 'Unassessable-Unclassifiable',
};

function suspects(row: AdverseEventRow) {
  const assessment = {
    causality: [
      {
        assessment: codeable(`${AE}/adverse-event-causality-assess`, causalityCodes[row.causality]!),
        method: codeable(`${AE}/adverse-event-causality-method`, 'WHO', 'WHO-UMC'),
      },
    ],
  };
  return [
    { instance: reference('Procedure', row.session_id), ...assessment },
    ...(row.device_id ? [{ instance: reference('Device', row.device_id), ...assessment }] : []),
    ...row.lots
      .filter((l) => l.role === 'cartridge')
      .map((l) => ({ instance: reference('Device', l.lotId), ...assessment })),
  ];
}

/** An adverse event after a session, linked to that session, its pen and its cartridge lots. */
export function toAdverseEvent(row: AdverseEventRow): FhirResource {
  const serious = row.seriousness.length > 0;
  return {
    resourceType: 'AdverseEvent',
    id: row.id,
    meta: { lastUpdated: row.recorded_at.toISOString() },
    actuality: 'actual',
    // R4's AdverseEvent has no element for a narrative: the clinician's description is the event's text.
    event: {
      ...codeable(
        `${CORIUM_SYSTEM}/adverse-event-term`,
        row.term,
        row.term_other ?? row.term.replace(/_/g, ' '),
      ),
      text: row.description,
    },
    subject: reference('Patient', row.patient_id),
    date: row.onset_date,
    detected: row.onset_date,
    recordedDate: row.recorded_at.toISOString(),
    recorder: reference('Practitioner', row.recorded_by),
    seriousness: codeable(
      `${AE}/adverse-event-seriousness`,
      serious ? 'serious' : 'non-serious',
      serious ? 'Serious' : 'Non-serious',
    ),
    severity: severity(row.severity_grade),
    outcome: codeable(`${AE}/adverse-event-outcome`, outcomes[row.outcome] ?? 'unknown'),
    suspectEntity: suspects(row),
  };
}
