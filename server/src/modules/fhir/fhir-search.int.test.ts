import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { entries, fhir, fhirWorld, type FhirWorld } from './fhir-test-kit';
import { includedResources, parseIncludes } from './search-include';

let t: TestApp;
let w: FhirWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await fhirWorld(t);
  // Distinct names and birth dates, so every sort key gives a different order.
  const rename = (id: string, family: string, given: string, dateOfBirth: string) =>
    t.deps.db
      .updateTable('patient')
      .set({ family_name: family, given_name: given, date_of_birth: dateOfBirth })
      .where('id', '=', id)
      .execute();
  await rename(w.patientId, 'Brown', 'Zoe', '1985-02-01');
  await rename(w.otherPatientId, 'Adams', 'Yara', '1992-07-15');
});
afterAll(() => t.close());

type Link = { relation: string; url: string };
const selfLink = (body: { link: Link[] }) => body.link.find((l) => l.relation === 'self')!.url;

describe('FHIR _sort', () => {
  const sorted = async (sort: string) => {
    const response = await fhir(t, w.tokens.front_desk, 'GET', `/Patient?_sort=${sort}`);
    expect(response.statusCode, response.body).toBe(200);
    return entries(response).map((p) => p.id);
  };

  it('orders by each allowed key, descending with a - prefix', async () => {
    expect(await sorted('family')).toEqual([w.otherPatientId, w.patientId]);
    expect(await sorted('-family')).toEqual([w.patientId, w.otherPatientId]);
    expect(await sorted('given')).toEqual([w.otherPatientId, w.patientId]);
    expect(await sorted('birthdate')).toEqual([w.patientId, w.otherPatientId]);
    expect(await sorted('-birthdate,family')).toEqual([w.otherPatientId, w.patientId]);
  });

  it('keeps _sort in the self and next links while paging', async () => {
    const first = (await fhir(t, w.tokens.front_desk, 'GET', '/Patient?_sort=-birthdate&_count=1')).json();
    expect(first.entry.map((e: { resource: { id: string } }) => e.resource.id)).toEqual([w.otherPatientId]);
    expect(selfLink(first)).toContain('_sort=-birthdate');
    const next = (first.link as Link[]).find((l) => l.relation === 'next')!.url;
    expect(next).toContain('_sort=-birthdate&_count=1&_offset=1');
    const second = await fhir(t, w.tokens.front_desk, 'GET', next.slice(next.indexOf('/Patient')));
    expect(entries(second).map((p) => p.id)).toEqual([w.patientId]);
  });

  it('refuses an unknown or injected sort key with an OperationOutcome, unless lenient', async () => {
    for (const sort of ['shoeSize', 'family;DROP TABLE patient', 'family_name', '"family"']) {
      const response = await fhir(
        t,
        w.tokens.front_desk,
        'GET',
        `/Patient?_sort=${encodeURIComponent(sort)}`,
      );
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        resourceType: 'OperationOutcome',
        issue: [{ code: 'invalid', expression: ['querystring._sort'] }],
      });
    }
    const derived = await fhir(t, w.tokens.practitioner, 'GET', '/Condition?_sort=_lastUpdated');
    expect(derived.statusCode).toBe(400);
    const lenient = await fhir(t, w.tokens.front_desk, 'GET', '/Patient?_sort=shoeSize,-family', {
      headers: { prefer: 'handling=lenient' },
    });
    expect(lenient.statusCode).toBe(200);
    expect(entries(lenient).map((p) => p.id)).toEqual([w.patientId, w.otherPatientId]);
    // The self link says what was applied: the unknown key is gone.
    expect(selfLink(lenient.json())).toContain('_sort=-family&');
    expect(selfLink(lenient.json())).not.toContain('shoeSize');
    expect(
      await t.deps.db.selectFrom('patient').select('id').where('id', '=', w.patientId).execute(),
    ).toHaveLength(1);
  });

  it('sorts appointments by date', async () => {
    const response = await fhir(t, w.tokens.front_desk, 'GET', '/Appointment?_sort=-date');
    expect(response.statusCode).toBe(200);
    const starts = entries<{ start: string }>(response).map((a) => a.start);
    expect(starts).toEqual([...starts].sort().reverse());
  });
});

describe('FHIR _include', () => {
  const search = (token: string, query: string) => fhir(t, token, 'GET', `/Appointment?${query}`);
  const modes = (body: {
    entry: { resource: { resourceType: string; id: string }; search: { mode: string } }[];
  }) => body.entry.map((e) => `${e.search.mode}:${e.resource.resourceType}/${e.resource.id}`);

  it('adds the patient and practitioners of each appointment as include entries', async () => {
    const response = await search(
      w.tokens.front_desk,
      `_id=${w.appointmentId}&_include=Appointment:patient&_include=Appointment:practitioner`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.total).toBe(1);
    const listed = modes(body);
    expect(listed[0]).toBe(`match:Appointment/${w.appointmentId}`);
    expect(listed).toContain(`include:Patient/${w.patientId}`);
    expect(listed.some((m: string) => m.startsWith('include:Practitioner/'))).toBe(true);
    expect(selfLink(body)).toContain('_include=Appointment%3Apatient&_include=Appointment%3Apractitioner');
  });

  it('adds every participant with Appointment:actor, or one type with a target', async () => {
    const all = modes(
      (await search(w.tokens.front_desk, `_id=${w.appointmentId}&_include=Appointment:actor`)).json(),
    );
    expect(all).toContain(`include:Patient/${w.patientId}`);
    expect(all.some((m: string) => m.startsWith('include:Location/'))).toBe(true);
    const one = modes(
      (await search(w.tokens.front_desk, `_id=${w.appointmentId}&_include=Appointment:actor:Patient`)).json(),
    );
    expect(one).toEqual([`match:Appointment/${w.appointmentId}`, `include:Patient/${w.patientId}`]);
  });

  it('gives a patient only their own record and their clinicians', async () => {
    const response = await search(
      w.tokens.patient,
      '_include=Appointment:patient&_include=Appointment:practitioner',
    );
    expect(response.statusCode).toBe(200);
    const included = modes(response.json()).filter((m: string) => m.startsWith('include:'));
    expect(included).toContain(`include:Patient/${w.patientId}`);
    expect(included.filter((m: string) => m.startsWith('include:Patient/'))).toEqual([
      `include:Patient/${w.patientId}`,
    ]);
  });

  it('never reads another patient through an include, whatever the matches name', async () => {
    // A match naming another patient (as a forged or merged reference would) adds nothing for a patient.
    const { includes } = parseIncludes('Appointment:patient', 'Appointment', false);
    const forged = {
      resourceType: 'Appointment',
      id: w.appointmentId,
      participant: [
        { actor: { reference: `Patient/${w.otherPatientId}` } },
        { actor: { reference: `Patient/${w.foreignPatientId}` } },
      ],
    };
    const scope = (patientId: string | null) => ({
      db: t.deps.db,
      clinicId: w.clinic.id,
      patientId,
      origin: 'https://clinic.test',
    });
    const asPatient = await includedResources(scope(w.patientId) as never, 'patient', [forged], includes);
    expect(asPatient).toEqual([]);
    const asStaff = await includedResources(scope(null) as never, 'front_desk', [forged], includes);
    expect(asStaff.map((r) => r.id)).toEqual([w.otherPatientId]);
  });

  it('refuses an include the type does not support, unless lenient', async () => {
    const refused = await search(w.tokens.front_desk, '_include=Appointment:location');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issue[0].expression).toEqual(['querystring._include']);
    const onPatient = await fhir(t, w.tokens.front_desk, 'GET', '/Patient?_include=Appointment:patient');
    expect(onPatient.statusCode).toBe(400);
    const lenient = await fhir(t, w.tokens.front_desk, 'GET', '/Appointment?_include=Appointment:location', {
      headers: { prefer: 'handling=lenient' },
    });
    expect(lenient.statusCode).toBe(200);
    expect(modes(lenient.json()).every((m: string) => m.startsWith('match:'))).toBe(true);
    expect(selfLink(lenient.json())).not.toContain('_include');
  });

  it('lists its includes and sort keys in the CapabilityStatement', async () => {
    const statement = (await t.app.inject({ method: 'GET', url: '/fhir/R4/metadata' })).json();
    const byType = (type: string) =>
      statement.rest[0].resource.find((r: { type: string }) => r.type === type) as Record<string, unknown>;
    expect(byType('Appointment').searchInclude).toEqual([
      'Appointment:patient',
      'Appointment:practitioner',
      'Appointment:actor',
    ]);
    expect(byType('Patient').documentation).toContain('_sort by family, given, birthdate, _lastUpdated');
    expect(byType('Condition').searchInclude).toBeUndefined();
    expect(statement.rest[0].documentation).toContain('_total=none');
  });
});

describe('FHIR _total', () => {
  const search = (path: string, headers: Record<string, string> = {}) =>
    fhir(t, w.tokens.front_desk, 'GET', path, { headers });

  it('leaves the total out with _total=none, and the next links still reach the last page', async () => {
    const seen: string[] = [];
    let path: string | undefined = '/Patient?_total=none&_count=1&_sort=family';
    while (path) {
      const response = await search(path);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body).not.toHaveProperty('total');
      expect(selfLink(body)).toContain('_total=none');
      seen.push(...entries(response).map((p) => p.id as string));
      const next = (body.link as Link[]).find((l) => l.relation === 'next')?.url;
      path = next?.slice(next.indexOf('/Patient'));
    }
    expect(seen).toEqual([w.otherPatientId, w.patientId]);
  });

  it('counts for accurate, estimate or no _total, on full and short pages alike', async () => {
    for (const query of ['_count=1', '_count=5', '_total=accurate&_count=1', '_total=estimate&_offset=1']) {
      const response = await search(`/Patient?${query}`);
      expect(response.json().total, query).toBe(2);
    }
    expect((await search('/Patient?_offset=5')).json().total).toBe(2);
    // A type merged from several tables leaves it out too.
    const carePlans = await fhir(t, w.tokens.practitioner, 'GET', '/CarePlan?_total=none&_count=1');
    expect(carePlans.statusCode, carePlans.body).toBe(200);
    expect(carePlans.json()).not.toHaveProperty('total');
  });

  it('refuses another _total with an OperationOutcome, unless lenient', async () => {
    const refused = await search('/Patient?_total=bogus');
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ code: 'invalid', expression: ['querystring._total'] }],
    });
    const lenient = await search('/Patient?_total=bogus', { prefer: 'handling=lenient' });
    expect(lenient.statusCode).toBe(200);
    expect(lenient.json().total).toBe(2);
    expect(selfLink(lenient.json())).not.toContain('_total');
  });
});
