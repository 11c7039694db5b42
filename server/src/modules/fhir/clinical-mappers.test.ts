import { describe, expect, it } from 'vitest';
import { toAftercareCarePlan } from './aftercare-plan.mapper';
import { toAuditEvent, toMedia } from './media.mapper';
import { mergedPages, byTimeThenId } from './merged-pages';
import { toCheckInObservation, toOutcomeObservation } from './observation.mapper';
import { NEEDLE_DEPTH_EXTENSION, toAdverseEvent, toProcedure } from './procedure.mapper';
import { toIntakeQuestionnaire } from './questionnaire.mapper';
import type { Page } from './search-page';
import { r4Problems } from './r4-conformance';
import { parseSlotId, slotId, toSlot } from './slot.mapper';

const patient = '01a20000-0000-7000-8000-000000000001';
const session = '01a20000-0000-7000-8000-000000000002';
const pen = '01a20000-0000-7000-8000-000000000003';
const lot = '01a20000-0000-7000-8000-000000000004';
const clinician = '01a20000-0000-7000-8000-000000000005';
const at = new Date('2026-12-01T09:00:00Z');

describe('Procedure and AdverseEvent', () => {
  const row = {
    ...{ id: session, patient_id: patient, practitioner_id: clinician, practitioner_name: 'Dr Ada' },
    ...{ modality: 'microneedling' as const, series_id: null, session_number: 2, device_id: pen },
    ...{ started_at: at, signed_at: new Date('2026-12-01T10:00:00Z'), lot_ids: [lot] },
    zones: [{ zone: 'upper_lip', depthMm: 0.5, passes: 2, endpoint: 'erythema' }],
  };

  it('maps a signed session with each zone depth in millimetres', () => {
    const procedure = toProcedure(row);
    expect(r4Problems(procedure)).toEqual([]);
    expect(procedure.bodySite).toEqual([
      expect.objectContaining({
        text: 'upper lip',
        extension: expect.arrayContaining([
          { url: NEEDLE_DEPTH_EXTENSION, valueQuantity: expect.objectContaining({ value: 0.5, unit: 'mm' }) },
        ]),
      }),
    ]);
    expect(procedure).toMatchObject({
      status: 'completed',
      focalDevice: [{ manipulated: { reference: `Device/${pen}` } }],
      usedReference: [{ reference: `Device/${lot}` }],
    });
    expect(toProcedure({ ...row, device_id: null, lot_ids: [], zones: [] })).not.toHaveProperty('bodySite');
  });

  it('grades severity, maps WHO-UMC causality and marks serious events', () => {
    const event = toAdverseEvent({
      ...{ id: lot, patient_id: patient, session_id: session, device_id: pen, term: 'anaphylaxis' },
      ...{ term_other: null, description: 'Wheeze', onset_date: '2026-12-01', severity_grade: 4 },
      ...{ seriousness: ['life_threatening'], outcome: 'recovered_with_sequelae', causality: 'possible' },
      ...{ recorded_by: clinician, recorded_at: at, lots: [{ lotId: lot, role: 'topical' as const }] },
    });
    expect(r4Problems(event)).toEqual([]);
    expect(event).toMatchObject({
      severity: { coding: [{ code: 'severe' }], text: 'Grade 4' },
      seriousness: { coding: [{ code: 'serious' }] },
      outcome: { coding: [{ code: 'resolvedWithSequelae' }] },
    });
    // A topical lot is not a device: only the session and the pen are suspected.
    expect((event.suspectEntity as unknown[]).length).toBe(2);
  });
});

describe('Observations of recovery and outcomes', () => {
  it('scores each effect and red flag of a check-in', () => {
    const observation = toCheckInObservation({
      ...{ id: lot, patient_id: patient, plan_id: pen, session_id: session, day: 3, submitted_at: at },
      answers: { effects: { redness: 3, pain: 1 }, redFlags: { fever: true }, note: 'Hot' },
      level: 'urgent',
    });
    expect(r4Problems(observation)).toEqual([]);
    expect(observation.component).toEqual([
      expect.objectContaining({ valueInteger: 3 }),
      expect.objectContaining({ valueInteger: 1 }),
      expect.objectContaining({ valueBoolean: true }),
    ]);
    expect(observation).toMatchObject({
      valueCodeableConcept: { coding: [{ code: 'urgent' }] },
      note: [{ text: 'Hot' }],
    });
  });

  it('labels an outcome grade from the scale data and rates a patient score as a survey', () => {
    const base = {
      ...{ id: lot, patient_id: patient, series_id: null, session_id: null, scale_version: '2026.1' },
      ...{
        concern: null,
        timepoint: 'month_3',
        note: null,
        recorded_at: at,
        effective: at,
        rated_on: '2026-12-01',
      },
    };
    const clinicianScore = toOutcomeObservation({
      ...base,
      scale: 'goodman_baron',
      score: 2,
      rater: 'clinician',
      rated_by: clinician,
    });
    expect(r4Problems(clinicianScore)).toEqual([]);
    expect(clinicianScore).toMatchObject({
      category: [{ coding: [{ code: 'exam' }] }],
      interpretation: [{ text: expect.any(String) }],
    });
    const patientScore = toOutcomeObservation({
      ...base,
      scale: 'satisfaction',
      score: 4,
      rater: 'patient',
      rated_by: null,
    });
    expect(patientScore).toMatchObject({
      category: [{ coding: [{ code: 'survey' }] }],
      performer: [{ reference: `Patient/${patient}` }],
    });
  });
});

describe('recovery plans, photos, the audit trail and the intake form', () => {
  it('maps a cancelled recovery plan as revoked, its open check-ins cancelled', () => {
    const plan = toAftercareCarePlan({
      ...{ id: lot, patient_id: patient, session_id: session, series_id: null, practitioner_id: clinician },
      ...{
        treatment_date: '2026-12-01',
        timeline_version: 'corium-2026.11',
        status: 'cancelled',
        created_at: at,
      },
      plan: {
        milestones: [{ id: 'makeup', date: '2026-12-03', title: 'Make-up', detail: 'From day 2' }],
        days: [{ date: '2026-12-15' }],
      },
      cancel_reason: 'Entered twice',
      check_ins: [{ id: pen, day: 1, dueDate: '2026-12-02', status: 'open' }],
    });
    expect(r4Problems(plan)).toEqual([]);
    expect(plan).toMatchObject({ status: 'revoked', period: { start: '2026-12-01', end: '2026-12-15' } });
    expect((plan.activity as { detail: { status: string } }[]).map((a) => a.detail.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
  });

  it('describes a photo and points at its route, and an audit event with its patients', () => {
    const media = toMedia(
      {
        ...{ id: lot, patient_id: patient, session_id: null, view: 'left_45', zone: 'cheeks', taken_at: at },
        ...{ source: 'patient', uploaded_by: clinician, uploaded_at: at, byte_size: 10, width: 4, height: 3 },
      },
      'https://clinic.example/api/portal/photos/x/image',
    );
    expect(r4Problems(media)).toEqual([]);
    expect(media).toMatchObject({
      operator: { reference: `Patient/${patient}` },
      content: { url: expect.stringContaining('/api/portal/') },
    });
    const audit = toAuditEvent({
      ...{ id: lot, occurred_at: at, actor_user_id: clinician, actor_role: 'admin', action: 'sign_in' },
      ...{
        resource_type: 'session',
        resource_id: null,
        patient_ids: [patient],
        outcome: 'denied',
        ip: '10.0.0.1',
        request_id: null,
      },
    });
    expect(r4Problems(audit)).toEqual([]);
    expect(audit).toMatchObject({ action: 'E', outcome: '4', subtype: [{ code: '110122' }] });
  });

  it('types every intake question', () => {
    const questionnaire = toIntakeQuestionnaire();
    expect(r4Problems(questionnaire)).toEqual([]);
    const types = new Set((questionnaire.item as { type: string }[]).map((i) => i.type));
    expect([...types].sort()).toEqual(['boolean', 'choice', 'date', 'integer', 'open-choice', 'string']);
  });
});

describe('free slots and merged pages', () => {
  it('packs a slot id that reads back and fits FHIR ids', () => {
    const key = { scheduleId: clinician, serviceId: 'ffffffff-ffff-7fff-bfff-ffffffffffff', start: at };
    const slot = toSlot({
      scheduleId: clinician,
      service: { id: key.serviceId, code: 'consult', name: 'Consult' },
      start: at,
      end: at,
    });
    expect(slot.id).toBe(slotId(key));
    expect(slot.id.length).toBeLessThanOrEqual(64);
    expect(r4Problems(slot)).toEqual([]);
    expect(parseSlotId(slot.id)).toEqual(key);
    expect(parseSlotId('nope')).toBeNull();
    expect(parseSlotId(`${slot.id}.1`)).toBeNull();
  });

  it('cuts a page from several sources in one order', async () => {
    // A source as pageOf reads it: its first `count` rows, whether more follow, its total when counted.
    const source = (times: number[]) => async (page: Page) => ({
      rows: times.slice(0, page.count).map((t) => ({ at: new Date(t), id: String(t) })),
      more: times.length > page.count,
      ...(page.total === 'none' && times.length > page.count ? {} : { total: times.length }),
    });
    type Row = { at: Date; id: string };
    const order = byTimeThenId(
      (r: Row) => r.at,
      (r) => r.id,
    );
    const sources = [source([1, 4, 6]), source([2, 3, 5])];
    const page = await mergedPages(sources, order, { count: 2, offset: 2 });
    expect(page).toEqual({
      rows: [
        { at: new Date(3), id: '3' },
        { at: new Date(4), id: '4' },
      ],
      more: true,
      total: 6,
    });
    const last = await mergedPages(sources, order, { count: 2, offset: 4, total: 'none' });
    expect(last).toEqual({
      rows: [
        { at: new Date(5), id: '5' },
        { at: new Date(6), id: '6' },
      ],
      more: false,
      total: 6,
    });
    const uncountedPage = await mergedPages(sources, order, { count: 1, offset: 0, total: 'none' });
    expect(uncountedPage).toEqual({ rows: [{ at: new Date(1), id: '1' }], more: true });
  });
});
