import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { api, auditOf, privacyWorld, type PrivacyWorld } from './privacy-test-kit';

let t: TestApp;
let w: PrivacyWorld;
let restrictedId: string;

/** The second patient of the world, erased (they have nothing booked), so their record is restricted. */
beforeAll(async () => {
  t = await buildTestApp();
  w = await privacyWorld(t);
  restrictedId = w.otherPatientId;
  const asked = await api(t, w, 'admin', 'POST', `/api/patients/${restrictedId}/erasure-requests`, {
    receivedVia: 'letter',
    reason: 'Please erase my data',
  });
  const done = await api(
    t,
    w,
    'admin',
    'POST',
    `/api/privacy/erasure-requests/${asked.json().id}/carry-out`,
    {
      note: 'Signature on the letter checked',
    },
  );
  expect(done.statusCode, done.body).toBe(200);
});
afterAll(() => t.close());

const db = () => t.deps.db;

describe('break-glass', () => {
  const record = () => `/api/patients/${restrictedId}`;
  let accessId: string;

  it('is required for any member of staff to open a restricted record', async () => {
    for (const caller of ['admin', 'medical_director', 'practitioner', 'front_desk'] as const) {
      const refused = await api(t, w, caller, 'GET', record());
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toBe('BREAK_GLASS_REQUIRED');
    }
    const denied = await db()
      .selectFrom('audit_event')
      .select('details')
      .where('action', '=', 'access_denied')
      .where('clinic_id', '=', w.clinic.id)
      .execute();
    expect(denied.some((e) => (e.details as { reason: string }).reason === 'reason_required')).toBe(true);
  });

  it('opens the record for the one who gave a written reason, for 60 minutes', async () => {
    const short = await api(t, w, 'practitioner', 'POST', '/api/break-glass', {
      patientId: w.patientId,
      reason: 'need',
    });
    expect(short.statusCode).toBe(400);
    const opened = await api(t, w, 'practitioner', 'POST', '/api/break-glass', {
      patientId: restrictedId,
      reason: 'The patient came back with a reaction; I need their last treatment.',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    accessId = opened.json<{ id: string }>().id;
    expect(Date.parse(opened.json().expiresAt) - t.clock.now().getTime()).toBe(60 * 60_000);
    expect((await api(t, w, 'practitioner', 'GET', record())).statusCode).toBe(200);
    expect((await api(t, w, 'medical_director', 'GET', record())).statusCode).toBe(403);
    t.clock.advance(61 * 60_000);
    expect((await api(t, w, 'practitioner', 'GET', record())).statusCode).toBe(403);
    const events = await auditOf(t, restrictedId, 'break_glass_access');
    expect(events[0]).toMatchObject({
      action: 'create',
      details: expect.objectContaining({ priority: 'high', restricted: true }),
    });
  });

  it('is listed for an admin, who marks it reviewed once', async () => {
    const listed = await api(t, w, 'admin', 'GET', '/api/privacy/break-glass');
    const entry = listed
      .json<{ accesses: { id: string; reviewedAt: string | null; reason: string }[] }>()
      .accesses.find((a) => a.id === accessId)!;
    expect(entry).toMatchObject({ reviewedAt: null, reason: expect.stringContaining('reaction') });
    const reviewed = await api(t, w, 'admin', 'POST', `/api/privacy/break-glass/${accessId}/review`, {
      note: 'Justified',
    });
    expect(reviewed.json()).toMatchObject({ reviewNote: 'Justified', reviewedBy: expect.any(String) });
    const again = await api(t, w, 'otherAdmin', 'POST', `/api/privacy/break-glass/${accessId}/review`, {
      note: 'Other',
    });
    expect(again.json()).toMatchObject({ reviewNote: 'Justified', reviewedAt: reviewed.json().reviewedAt });
  });

  it('is open to staff for a record that is not restricted, and never across clinics', async () => {
    const opened = await api(t, w, 'front_desk', 'POST', '/api/break-glass', {
      patientId: w.patientId,
      reason: 'Covering for a colleague on leave today',
    });
    expect(opened.json()).toMatchObject({ restricted: false });
    const foreign = await api(t, w, 'front_desk', 'POST', '/api/break-glass', {
      patientId: w.foreignPatientId,
      reason: 'Covering for a colleague on leave today',
    });
    expect(foreign.statusCode).toBe(404);
  });
});
