import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookDelivery, WebhookSecretResponse } from '@corium/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { signIn, type Browser } from '../../../test/factories/sign-in';
import { newId } from '../../platform/ids';
import { retryDelayMs } from '../../platform/jobs/backoff';
import {
  at,
  book,
  booked,
  bookingWorld,
  call,
  consultation,
  TOMORROW,
  type BookingWorld,
} from '../booking/booking-test-kit';
import { drainOutbox } from '../notifications/notifications-test-kit';
import { verifySignature } from './webhook-signature';

/** A local receiver on 127.0.0.1 (allowed over http by this test's config), answering as told. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}
let receiver: Server;
let received: Received[] = [];
let answers: number[] = [];
let hookUrl: string;

let t: TestApp;
let w: BookingWorld;
let admin: Browser;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.statusCode = answers.shift() ?? 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/corium`;
  t = await buildTestApp();
  t.deps.config.webhookHttpHosts = ['127.0.0.1'];
  w = await bookingWorld(t);
  admin = await signIn(t, (await w.clinic.addUser('admin')).email);
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => receiver.close(resolve));
});
beforeEach(() => {
  received = [];
  answers = [];
});

async function subscribe(eventTypes: string[]): Promise<WebhookSecretResponse> {
  const response = await call(t, admin, 'POST', '/api/webhooks/subscriptions', { url: hookUrl, eventTypes });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<WebhookSecretResponse>();
}
const patch = (id: string, body: object) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/webhooks/subscriptions/${id}`,
    headers: admin.headers,
    payload: body,
  });
const deliveries = async (subscriptionId: string) =>
  (await call(t, admin, 'GET', `/api/webhooks/deliveries?subscriptionId=${subscriptionId}`)).json<{
    deliveries: WebhookDelivery[];
  }>().deliveries;
const bookConsultation = async (time: string) =>
  booked(t, w.frontDesk, (await w.clinic.addPatient()).id, consultation(w, { start: at(TOMORROW, time) }));
const eventRows = async () =>
  Number(
    (
      await t.deps.db
        .selectFrom('webhook_event')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('clinic_id', '=', w.clinic.id)
        .executeTakeFirstOrThrow()
    ).n,
  );
const deliveryRows = async () =>
  Number(
    (
      await t.deps.db
        .selectFrom('webhook_delivery')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('clinic_id', '=', w.clinic.id)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('webhooks', () => {
  it('delivers a booking, signed, with ids only, and logs the attempt', async () => {
    const { subscription, secret } = await subscribe(['appointment.booked']);
    expect(secret).toMatch(/^whsec_/);
    const listed = await call(t, admin, 'GET', '/api/webhooks/subscriptions');
    expect(listed.body).not.toContain(secret);
    const appointment = await bookConsultation('10:00');
    await drainOutbox(t);
    expect(received).toHaveLength(1);
    const [delivery] = received;
    expect(
      verifySignature(
        secret,
        delivery!.headers['x-corium-signature'] as string,
        delivery!.body,
        t.clock.now(),
      ),
    ).toBe(true);
    const payload = JSON.parse(delivery!.body);
    expect(Object.keys(payload).sort()).toEqual(['clinicId', 'id', 'occurredAt', 'resource', 'type']);
    expect(payload).toMatchObject({ type: 'appointment.booked', resource: `Appointment/${appointment.id}` });
    const [logged] = await deliveries(subscription.id);
    expect(logged).toMatchObject({
      status: 'delivered',
      eventType: 'appointment.booked',
      eventId: payload.id,
    });
    expect(logged!.attempts).toEqual([
      expect.objectContaining({
        attempt: 1,
        responseStatus: 204,
        error: null,
        durationMs: expect.any(Number),
      }),
    ]);
    await patch(subscription.id, { status: 'paused' });
  });

  it('retries a failing receiver with the outbox backoff until it is delivered', async () => {
    const { subscription, secret } = await subscribe(['appointment.cancelled']);
    const appointment = await bookConsultation('11:00');
    const cancel = await call(
      t,
      w.frontDesk,
      'POST',
      `/api/patients/${appointment.patient.id}/appointments/${appointment.id}/cancel`,
      { reason: 'Patient asked to cancel' },
    );
    expect(cancel.statusCode, cancel.body).toBe(200);
    answers = [500];
    await drainOutbox(t);
    expect((await deliveries(subscription.id))[0]).toMatchObject({
      status: 'pending',
      attempts: [expect.objectContaining({ attempt: 1, responseStatus: 500, error: 'Answered HTTP 500' })],
    });
    t.clock.advance(retryDelayMs(1));
    await drainOutbox(t);
    const [logged] = await deliveries(subscription.id);
    expect(logged!.status).toBe('delivered');
    expect(logged!.attempts.map((a) => a.responseStatus)).toEqual([500, 204]);
    expect(received.map((r) => JSON.parse(r.body).type)).toEqual([
      'appointment.cancelled',
      'appointment.cancelled',
    ]);
    expect(
      received.every((r) =>
        verifySignature(secret, r.headers['x-corium-signature'] as string, r.body, t.clock.now()),
      ),
    ).toBe(true);
    await patch(subscription.id, { status: 'paused' });
  });

  it('sends nothing for a booking that was rolled back', async () => {
    const { subscription } = await subscribe(['appointment.booked']);
    // A fault at COMMIT, after the booking (and its webhook event) was written: everything goes.
    await sql`CREATE FUNCTION refuse_rolled_back() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM patient WHERE id = NEW.patient_id AND family_name = 'Rolled back') THEN
          RAISE EXCEPTION 'injected commit-time failure';
        END IF;
        RETURN NEW;
      END $$`.execute(t.deps.db);
    await sql`CREATE CONSTRAINT TRIGGER appointment_rolled_back AFTER INSERT ON appointment
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_rolled_back()`.execute(t.deps.db);
    const { id: patientId } = await w.clinic.addPatient();
    await t.deps.db
      .updateTable('patient')
      .set({ family_name: 'Rolled back' })
      .where('id', '=', patientId)
      .execute();
    const before = { deliveries: await deliveryRows(), events: await eventRows() };
    const response = await book(t, w.frontDesk, patientId, consultation(w, { start: at(TOMORROW, '13:00') }));
    expect(response.statusCode).toBe(500);
    expect({ deliveries: await deliveryRows(), events: await eventRows() }).toEqual(before);
    await drainOutbox(t);
    expect(received).toEqual([]);
    await sql`DROP TRIGGER appointment_rolled_back ON appointment`.execute(t.deps.db);
    // The same booking for another patient is delivered: the event is written with the booking.
    await bookConsultation('13:00');
    expect(await eventRows()).toBe(before.events + 1);
    await drainOutbox(t);
    expect(received).toHaveLength(1);
    await patch(subscription.id, { status: 'paused' });
  });

  it('pauses, sends a test event, rotates the secret and deletes', async () => {
    const { subscription, secret } = await subscribe(['appointment.booked']);
    expect((await patch(subscription.id, { status: 'paused' })).json()).toMatchObject({ status: 'paused' });
    const before = await deliveryRows();
    await bookConsultation('14:00');
    expect(await deliveryRows()).toBe(before);
    const rotated = await call(
      t,
      admin,
      'POST',
      `/api/webhooks/subscriptions/${subscription.id}/rotate-secret`,
    );
    const fresh = rotated.json<WebhookSecretResponse>().secret;
    expect(fresh).not.toBe(secret);
    const test = await call(t, admin, 'POST', `/api/webhooks/subscriptions/${subscription.id}/test`);
    expect(test.statusCode).toBe(202);
    await drainOutbox(t);
    expect(received).toHaveLength(1);
    const [ping] = received;
    expect(JSON.parse(ping!.body)).toMatchObject({
      type: 'webhook.test',
      resource: `Subscription/${subscription.id}`,
    });
    const header = ping!.headers['x-corium-signature'] as string;
    expect(verifySignature(fresh, header, ping!.body, t.clock.now())).toBe(true);
    expect(verifySignature(secret, header, ping!.body, t.clock.now())).toBe(false);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/webhooks/subscriptions/${subscription.id}`,
      headers: admin.headers,
    });
    expect(removed.statusCode).toBe(204);
    expect(await deliveries(subscription.id)).toEqual([]);
    expect((await patch(subscription.id, { status: 'active' })).statusCode).toBe(404);
  });

  it('refuses plain http to a host the server does not allow, and other clinics’ webhooks', async () => {
    const refused = await call(t, admin, 'POST', '/api/webhooks/subscriptions', {
      url: 'http://hooks.example.com/in',
      eventTypes: ['chart.signed'],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: 'VALIDATION_FAILED', details: [{ path: 'url' }] });
    expect((await patch(newId(), { status: 'paused' })).statusCode).toBe(404);
  });
});
