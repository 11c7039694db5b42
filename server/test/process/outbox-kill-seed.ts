import type { BatteryTarget } from '../battery/battery-database';
import { withSql } from '../battery/battery-database';
import type { ClinicApi } from './crash-writes';

/**
 * The outbox battery's messages, made through the product while no worker runs: patients
 * booked for a consultation (a confirmation each), some of those visits cancelled again (a
 * cancellation, and a confirmation that must now stay unsent), and one patient booked,
 * cancelled and then erased (nothing may reach them).
 */
export interface SeededVisit {
  appointmentId: string;
  patientId: string;
  email: string;
  cancelled: boolean;
  erased: boolean;
}

/** One appointment message waiting in the outbox, as the seed left it. */
export interface SeededNotice {
  outboxId: string;
  kind: string;
  visit: SeededVisit;
  /** Whether the message must reach the patient: still true, and the patient not erased. */
  expected: boolean;
}

async function send(
  api: ClinicApi,
  token: string,
  method: string,
  url: string,
  body: unknown,
  status: number,
) {
  const response = await fetch(`${api.url}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== status) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** The first free consultation from tomorrow (the seed books one after another). */
async function firstFreeStart(api: ClinicApi) {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const query = new URLSearchParams({
    serviceId: api.serviceId,
    locationId: api.locationId,
    from: day(1),
    to: day(60),
    limit: '1',
  });
  const response = await fetch(`${api.url}/api/booking/availability?${query.toString()}`, {
    headers: { authorization: `Bearer ${api.token}` },
  });
  const { slots } = (await response.json()) as { slots: { start: string; assignment: object }[] };
  return slots[0]!;
}

async function bookVisit(api: ClinicApi, n: number, erased: boolean): Promise<SeededVisit> {
  const email = `outbox-${n}@patients.test`;
  const patient = await send(
    api,
    api.token,
    'POST',
    '/api/patients',
    {
      givenName: 'Outbox',
      familyName: `Patient ${n}`,
      dateOfBirth: '1985-05-05',
      sex: 'female',
      email,
      confirmNotDuplicate: true,
    },
    201,
  );
  const patientId = patient.id as string;
  const slot = await firstFreeStart(api);
  const booked = await send(
    api,
    api.token,
    'POST',
    `/api/patients/${patientId}/appointments`,
    {
      serviceId: api.serviceId,
      locationId: api.locationId,
      start: slot.start,
      assignment: slot.assignment,
      idempotencyKey: `outbox-battery-${n}`,
    },
    201,
  );
  const cancelled = erased || n % 4 === 3;
  const appointmentId = booked.id as string;
  if (cancelled)
    await send(
      api,
      api.token,
      'POST',
      `/api/patients/${patientId}/appointments/${appointmentId}/cancel`,
      {
        reason: 'Patient rang to cancel',
      },
      200,
    );
  return { appointmentId, patientId, email, cancelled, erased };
}

/** An admin records the patient's request for erasure and carries it out. */
async function erase(api: ClinicApi, adminToken: string, patientId: string): Promise<void> {
  const request = await send(
    api,
    adminToken,
    'POST',
    `/api/patients/${patientId}/erasure-requests`,
    {
      receivedVia: 'letter',
      reason: 'Asked in writing to be forgotten',
    },
    201,
  );
  await send(
    api,
    adminToken,
    'POST',
    `/api/privacy/erasure-requests/${request.id as string}/carry-out`,
    {
      note: 'Nothing we must keep stops this',
    },
    200,
  );
}

export async function seedVisits(api: ClinicApi, adminToken: string, count: number): Promise<SeededVisit[]> {
  const visits: SeededVisit[] = [];
  for (let n = 0; n < count; n++) visits.push(await bookVisit(api, n, n === count - 1));
  await erase(api, adminToken, visits.at(-1)!.patientId);
  return visits;
}

/** Every appointment message the seed queued that is due now, with what must happen to it. */
export async function seededNotices(target: BatteryTarget, visits: SeededVisit[]): Promise<SeededNotice[]> {
  const rows = await withSql(target, (client) =>
    client.query<{ id: string; kind: string; appointment_id: string }>(
      `SELECT o.id, o.payload->>'kind' AS kind, v->>'appointmentId' AS appointment_id
         FROM outbox o, jsonb_array_elements(o.payload->'visits') v
        WHERE o.job = 'notifications.appointment-notice' AND o.status = 'pending' AND o.run_at <= now()
          AND v->>'appointmentId' = ANY($1::text[])`,
      [visits.map((v) => v.appointmentId)],
    ),
  );
  return rows.rows.map((row) => {
    const visit = visits.find((v) => v.appointmentId === row.appointment_id)!;
    const stillTrue = row.kind === 'cancellation' || !visit.cancelled;
    return { outboxId: row.id, kind: row.kind, visit, expected: stillTrue && !visit.erased };
  });
}
