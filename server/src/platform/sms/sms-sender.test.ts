import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loggerOptions } from '../log/logger';
import { startFakeSmsProvider, type FakeSmsProvider } from './fake-sms-provider';
import { createSmsSender, SmsRefused } from './sms-sender';

let fake: FakeSmsProvider;
beforeEach(async () => {
  fake = await startFakeSmsProvider();
});
afterEach(() => fake.close());

describe('text messages through a Twilio-compatible API', () => {
  it('posts To, From and Body with Basic auth and returns the provider id', async () => {
    const sender = createSmsSender(fake.settings);
    const sent = await sender.send({ to: '+447700900123', body: 'Clinic: booked, 10:00 & more' });
    expect(sender.enabled).toBe(true);
    expect(sent.providerId).toMatch(/^SM\d{32}$/);
    expect(fake.received).toEqual([
      { to: '+447700900123', from: fake.settings.from, body: 'Clinic: booked, 10:00 & more' },
    ]);
  });

  it('treats a 4xx answer as a refusal for good, carrying the provider’s reason', async () => {
    const sender = createSmsSender(fake.settings);
    const refusal = await sender.send({ to: '+12', body: 'x' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(SmsRefused);
    expect((refusal as SmsRefused).status).toBe(400);
    expect((refusal as Error).message).toContain('is not a valid phone number');
  });

  it('refuses wrong credentials as a 4xx, and never puts the token in the error', async () => {
    const sender = createSmsSender({ ...fake.settings, authToken: 'wrong-secret-token' });
    const refusal = await sender.send({ to: '+447700900123', body: 'x' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(SmsRefused);
    expect((refusal as SmsRefused).status).toBe(401);
    expect(String((refusal as Error).message)).not.toContain('wrong-secret-token');
  });

  it('throws a retryable error on a 5xx answer and on a timeout', async () => {
    fake.answers.push(503, 'hang');
    const sender = createSmsSender(fake.settings, 200);
    const failed = await sender.send({ to: '+447700900123', body: 'x' }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Error);
    expect(failed).not.toBeInstanceOf(SmsRefused);
    expect((failed as Error).message).toContain('503');
    const timedOut = await sender.send({ to: '+447700900123', body: 'x' }).catch((e: unknown) => e);
    expect(timedOut).not.toBeInstanceOf(SmsRefused);
    expect((timedOut as Error).message).toContain('unreachable');
    expect(fake.received).toEqual([]);
  });

  it('is off without settings', async () => {
    const sender = createSmsSender(undefined);
    expect(sender.enabled).toBe(false);
    await expect(sender.send({ to: '+447700900123', body: 'x' })).rejects.toThrow('No text-message provider');
  });
});

describe('logging SMS settings', () => {
  it('redacts the auth token wherever the settings are logged', () => {
    const lines: string[] = [];
    const log = pino(loggerOptions({ logLevel: 'info' }), { write: (line: string) => lines.push(line) });
    log.info({ sms: fake.settings }, 'settings');
    log.info({ config: { sms: fake.settings } }, 'config');
    expect(lines.join('')).not.toContain(fake.settings.authToken);
    expect(lines.join('')).toContain(fake.settings.accountSid);
  });
});
