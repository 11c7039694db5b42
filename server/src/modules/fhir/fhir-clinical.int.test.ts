import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { newId } from '../../platform/ids';
import { microneedling, patientWith } from '../booking/booking-test-kit';
import { freeSlotsQuery } from './fhir-clinical-test-kit';
import { entries, fhir, fhirWorld, type FhirWorld } from './fhir-test-kit';
import { r4Problems } from './r4-conformance';

let t: TestApp;
let w: FhirWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await fhirWorld(t);
});
afterAll(() => t.close());

type Resource = Record<string, unknown> & { id: string; resourceType: string };
const search = async (token: string, query: string) => {
  const response = await fhir(t, token, 'GET', query);
  expect(response.statusCode, response.body).toBe(200);
  expect(r4Problems(response.json())).toEqual([]);
  return entries<Resource>(response);
};
const ids = async (token: string, query: string) => (await search(token, query)).map((r) => r.id);
const read = async (token: string, type: string, id: string) => {
  const response = await fhir(t, token, 'GET', `/${type}/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Resource>();
};
const status = async (token: string, url: string) => (await fhir(t, token, 'GET', url)).statusCode;

describe('Procedure: a signed session', () => {
  it('maps zones with depth and passes, the pen and the cartridge lot', async () => {
    const procedure = await read(w.tokens.practitioner, 'Procedure', w.treatment.sessionId);
    expect(procedure).toMatchObject({
      status: 'completed',
      subject: { reference: `Patient/${w.patientId}` },
      performer: [{ actor: { reference: `Practitioner/${w.practitionerId}` } }],
      performedPeriod: { start: '2026-12-01T09:00:00.000Z' },
      focalDevice: [{ manipulated: { reference: `Device/${w.devices.pen}` } }],
      usedReference: [{ reference: `Device/${w.treatment.lots.cartridge}` }],
    });
    const cheeks = (procedure.bodySite as Record<string, unknown>[]).find((b) => b.text === 'cheeks');
    expect(cheeks?.extension).toEqual([
      expect.objectContaining({ valueQuantity: expect.objectContaining({ value: 1.5, code: 'mm' }) }),
      expect.objectContaining({ valueInteger: 3 }),
    ]);
    const lot = await read(w.tokens.practitioner, 'Device', w.treatment.lots.cartridge);
    expect(lot).toMatchObject({ lotNumber: 'LOT-A1', expirationDate: '2027-06-30' });
    expect(await ids(w.tokens.practitioner, '/Device?type=cartridge_lot')).toContain(
      w.treatment.lots.cartridge,
    );
  });

  it('is found by patient, date, performer and the lot used', async () => {
    const own = w.treatment.sessionId;
    expect(await ids(w.tokens.practitioner, `/Procedure?patient=${w.patientId}`)).toEqual([own]);
    expect(
      await ids(w.tokens.practitioner, `/Procedure?date=2026-12-01&performer=${w.practitionerId}`),
    ).toEqual(expect.arrayContaining([own, w.treatment.otherSessionId]));
    expect(await ids(w.tokens.practitioner, '/Procedure?date=lt2026-12-01')).toEqual([]);
    const byLot = await ids(w.tokens.practitioner, `/Procedure?device=${w.treatment.lots.cartridge}`);
    expect(byLot.sort()).toEqual([own, w.treatment.otherSessionId].sort());
  });
});

describe('AdverseEvent', () => {
  it('links the session, its pen and its cartridge lot as suspects', async () => {
    const event = await read(w.tokens.medical_director, 'AdverseEvent', w.treatment.adverseEventId);
    expect(event).toMatchObject({
      actuality: 'actual',
      subject: { reference: `Patient/${w.patientId}` },
      date: '2026-12-11',
      severity: { coding: [{ code: 'moderate' }] },
      seriousness: { coding: [{ code: 'non-serious' }] },
      outcome: { coding: [{ code: 'recovering' }] },
    });
    const suspects = (event.suspectEntity as { instance: { reference: string } }[]).map(
      (s) => s.instance.reference,
    );
    expect(suspects).toEqual([
      `Procedure/${w.treatment.sessionId}`,
      `Device/${w.devices.pen}`,
      `Device/${w.treatment.lots.cartridge}`,
    ]);
    expect(await ids(w.tokens.practitioner, `/AdverseEvent?substance=${w.treatment.lots.cartridge}`)).toEqual(
      [w.treatment.adverseEventId],
    );
    expect(await ids(w.tokens.practitioner, `/AdverseEvent?patient=${w.otherPatientId}`)).toEqual([]);
  });
});

describe('Observation: check-ins and outcome scores beside the Fitzpatrick type', () => {
  it('maps an answered check-in with a component per symptom and the triage level', async () => {
    const [checkIn] = await search(
      w.tokens.practitioner,
      `/Observation?patient=${w.patientId}&code=aftercare-check-in`,
    );
    expect(checkIn).toMatchObject({
      id: w.treatment.checkInId,
      category: [{ coding: [{ code: 'survey' }] }],
      valueCodeableConcept: { coding: [{ code: 'expected' }] },
      basedOn: [{ reference: `CarePlan/${w.treatment.planId}` }],
      partOf: [{ reference: `Procedure/${w.treatment.sessionId}` }],
    });
    const components = checkIn!.component as {
      code: { coding: { code: string }[] };
      valueInteger?: number;
    }[];
    expect(components.find((c) => c.code.coding[0]!.code === 'redness')?.valueInteger).toBe(2);
    expect(components).toHaveLength(8);
  });

  it('serves outcome scores, never one entered in error, by code, category and date', async () => {
    const scores = await ids(w.tokens.practitioner, `/Observation?patient=${w.patientId}&code=goodman_baron`);
    expect(scores).toEqual([w.treatment.outcomeId]);
    expect(await status(w.tokens.practitioner, `/Observation/${w.treatment.erroredOutcomeId}`)).toBe(404);
    const exams = await search(w.tokens.practitioner, `/Observation?patient=${w.patientId}&category=exam`);
    expect(exams.map((o) => (o.code as { coding: { code: string }[] }).coding[0]!.code).sort()).toEqual([
      'fitzpatrick-skin-type',
      'goodman_baron',
    ]);
    expect(await ids(w.tokens.practitioner, `/Observation?patient=${w.patientId}&date=2026-12-02`)).toEqual([
      w.treatment.checkInId,
    ]);
    const score = await read(w.tokens.patient, 'Observation', w.treatment.outcomeId);
    expect(score).toMatchObject({ valueQuantity: { value: 3 }, code: { coding: [{ version: '2026.1' }] } });
  });

  it('pages across the three sources without losing or repeating one', async () => {
    const all = await ids(w.tokens.practitioner, `/Observation?patient=${w.patientId}`);
    expect(all).toHaveLength(3);
    const pages = [0, 1, 2].map((offset) =>
      ids(w.tokens.practitioner, `/Observation?patient=${w.patientId}&_count=1&_offset=${offset}`),
    );
    expect((await Promise.all(pages)).flat()).toEqual(all);
  });
});

describe('CarePlan: treatment series and recovery plan', () => {
  it('tells them apart by category and links the plan to its session and check-ins', async () => {
    const aftercare = await search(
      w.tokens.front_desk,
      `/CarePlan?patient=${w.patientId}&category=aftercare`,
    );
    expect(aftercare.map((p) => p.id)).toEqual([w.treatment.planId]);
    expect(aftercare[0]).toMatchObject({
      status: 'active',
      intent: 'plan',
      supportingInfo: [{ reference: `Procedure/${w.treatment.sessionId}` }],
    });
    const outcomes = (aftercare[0]!.activity as { outcomeReference?: { reference: string }[] }[]).flatMap(
      (a) => a.outcomeReference ?? [],
    );
    expect(outcomes).toEqual([{ reference: `Observation/${w.treatment.checkInId}` }]);
    expect(
      await ids(w.tokens.front_desk, `/CarePlan?patient=${w.patientId}&category=treatment-series`),
    ).toEqual([w.seriesId]);
    expect((await ids(w.tokens.front_desk, `/CarePlan?patient=${w.patientId}`)).sort()).toEqual(
      [w.seriesId, w.treatment.planId].sort(),
    );
  });
});

describe('Media: photo metadata behind the photo routes', () => {
  it('lists photos not removed, linked to the authorized route, while the clinical use is granted', async () => {
    const [photo, ...more] = await search(w.tokens.practitioner, `/Media?patient=${w.patientId}`);
    expect(more).toEqual([]);
    expect(photo).toMatchObject({
      id: w.treatment.photoId,
      status: 'completed',
      partOf: [{ reference: `Procedure/${w.treatment.sessionId}` }],
      content: {
        contentType: 'image/jpeg',
        url: `http://localhost:80/api/patients/${w.patientId}/photos/${w.treatment.photoId}/image`,
      },
    });
    const own = await read(w.tokens.patient, 'Media', w.treatment.photoId);
    expect((own.content as { url: string }).url).toMatch(
      new RegExp(`/api/portal/photos/${w.treatment.photoId}/image$`),
    );
    expect(await status(w.tokens.practitioner, `/Media/${w.treatment.removedPhotoId}`)).toBe(404);
    const choose = async (granted: boolean, at: Date) =>
      t.deps.db
        .insertInto('photo_scope_event')
        .values({
          ...{ id: newId(), clinic_id: w.clinic.id, patient_id: w.patientId, scope: 'clinical_record' },
          ...{ granted, consent_id: null, cause: 'changed', changed_by: w.practitionerId, changed_at: at },
        })
        .execute();
    await choose(false, new Date(t.clock.now().getTime() + 1000));
    expect(await ids(w.tokens.practitioner, `/Media?patient=${w.patientId}`)).toEqual([]);
    expect(await status(w.tokens.patient, `/Media/${w.treatment.photoId}`)).toBe(404);
    await choose(true, new Date(t.clock.now().getTime() + 2000));
    expect(await ids(w.tokens.practitioner, `/Media?patient=${w.patientId}`)).toEqual([w.treatment.photoId]);
  });
});

describe('Questionnaire: the intake form', () => {
  it('has an item for every question its QuestionnaireResponses answer', async () => {
    const questionnaire = await read(w.tokens.patient, 'Questionnaire', 'intake');
    const [response] = await search(w.tokens.practitioner, `/QuestionnaireResponse?patient=${w.patientId}`);
    expect(response!.questionnaire).toBe(questionnaire.url);
    const linkIds = new Set((questionnaire.item as { linkId: string }[]).map((i) => i.linkId));
    for (const item of response!.item as { linkId: string }[]) expect(linkIds).toContain(item.linkId);
    expect(
      await ids(w.tokens.front_desk, `/Questionnaire?url=${encodeURIComponent(String(questionnaire.url))}`),
    ).toEqual(['intake']);
    expect(await ids(w.tokens.front_desk, '/Questionnaire?url=https://example.org/other')).toEqual([]);
  });
});

describe('AuditEvent: the audit trail, for admins only', () => {
  it('finds the events that touched a patient and refuses everyone but admins', async () => {
    const events = await search(w.tokens.admin, `/AuditEvent?patient=${w.patientId}&action=create`);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(JSON.stringify(event.entity)).toContain(`Patient/${w.patientId}`);
    expect((await read(w.tokens.admin, 'AuditEvent', events[0]!.id)).id).toBe(events[0]!.id);
    for (const token of [
      w.tokens.medical_director,
      w.tokens.practitioner,
      w.tokens.front_desk,
      w.tokens.patient,
    ])
      expect(await status(token, '/AuditEvent')).toBe(403);
  });
});

describe('Schedule and Slot: free time from booking availability', () => {
  it('offers free treatment slots of a clinician, readable by id, never a booked time', async () => {
    const schedules = await ids(w.tokens.front_desk, `/Schedule?actor=Practitioner/${w.practitionerId}`);
    expect(schedules).toEqual([w.practitionerId]);
    const slots = await search(w.tokens.front_desk, `/Slot?${freeSlotsQuery(w)}&_count=100`);
    expect(slots.length).toBeGreaterThan(0);
    expect(slots[0]).toMatchObject({
      status: 'free',
      schedule: { reference: `Schedule/${w.practitionerId}` },
    });
    // The same starts booking's own screen offers for that clinician, service and day.
    const offered = await t.app.inject({
      method: 'GET',
      url: `/api/booking/availability?serviceId=${w.services.microneedling_face}&locationId=${w.locationId}&from=2026-12-02&to=2026-12-02&practitionerId=${w.practitionerId}`,
      headers: w.frontDesk.headers,
    });
    const starts = offered.json<{ slots: { start: string }[] }>().slots.map((s) => s.start);
    expect(slots.map((s) => s.start)).toEqual([...new Set(starts)]);
    expect(await read(w.tokens.front_desk, 'Slot', slots[0]!.id)).toEqual(slots[0]);
    const fresh = await patientWith(t, w);
    const booking = await t.app.inject({
      method: 'POST',
      url: `/api/patients/${fresh}/appointments`,
      headers: w.frontDesk.headers,
      payload: microneedling(w, { start: String(slots[0]!.start) }),
    });
    expect(booking.statusCode, booking.body).toBe(201);
    expect(await status(w.tokens.front_desk, `/Slot/${slots[0]!.id}`)).toBe(404);
    expect(await ids(w.tokens.front_desk, `/Slot?${freeSlotsQuery(w)}&_count=100`)).not.toContain(
      slots[0]!.id,
    );
    const byService = await search(
      w.tokens.front_desk,
      '/Slot?service-type=microneedling_face&start=ge2026-12-02&start=le2026-12-02&_count=100',
    );
    const schedulesOffered = new Set(byService.map((s) => (s.schedule as { reference: string }).reference));
    // Each start once, on the schedule of the clinician booking would assign.
    expect(byService.length).toBeGreaterThan(0);
    for (const schedule of schedulesOffered)
      expect([`Schedule/${w.practitionerId}`, `Schedule/${w.directorId}`]).toContain(schedule);
    expect(byService.every((s) => String(s.start) >= '2026-12-02' && String(s.start) < '2026-12-03')).toBe(
      true,
    );
    expect(await status(w.tokens.front_desk, '/Slot?start=ge2026-12-02&start=le2026-12-03')).toBe(400);
    expect(await status(w.tokens.front_desk, `/Slot?schedule=${w.practitionerId}`)).toBe(400);
    expect(await status(w.tokens.front_desk, '/Slot/not-a-slot')).toBe(404);
  });
});

describe('compartments and clinics', () => {
  const types = ['Procedure', 'AdverseEvent', 'Media', 'Observation', 'CarePlan'];

  it('lets a patient see only their own, and another clinic nothing', async () => {
    for (const type of types) {
      const own = await search(w.tokens.patient, `/${type}`);
      expect(own.length, type).toBeGreaterThan(0);
      for (const resource of own) expect(JSON.stringify(resource), type).toContain(w.patientId);
      expect(await search(w.tokens.patient, `/${type}?patient=${w.otherPatientId}`), type).toEqual([]);
      expect(await search(w.tokens.medical_director, `/${type}?patient=${w.foreignPatientId}`), type).toEqual(
        [],
      );
    }
    expect(await status(w.tokens.patient, `/Procedure/${w.treatment.otherSessionId}`)).toBe(404);
    expect(await status(w.tokens.medical_director, `/Procedure/${w.treatment.foreignSessionId}`)).toBe(404);
    expect(await status(w.tokens.medical_director, `/Procedure/${newId()}`)).toBe(404);
    expect(await status(w.tokens.front_desk, '/Procedure')).toBe(403);
  });

  it('puts them in $everything', async () => {
    const everything = await fhir(t, w.tokens.medical_director, 'GET', `/Patient/${w.patientId}/$everything`);
    const found = entries<Resource>(everything).map((r) => `${r.resourceType}/${r.id}`);
    expect(found).toEqual(
      expect.arrayContaining([
        `Procedure/${w.treatment.sessionId}`,
        `AdverseEvent/${w.treatment.adverseEventId}`,
        `Media/${w.treatment.photoId}`,
        `Observation/${w.treatment.checkInId}`,
        `Observation/${w.treatment.outcomeId}`,
        `CarePlan/${w.treatment.planId}`,
      ]),
    );
    expect(found.join()).not.toContain(w.treatment.otherSessionId);
  });
});
