import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signatureHeader, verifySignature } from './webhook-signature';

const secret = 'whsec_test-secret';
const body = '{"id":"0192","type":"appointment.booked"}';
const at = new Date('2026-12-01T10:00:00Z');

describe('webhook signatures', () => {
  it('signs "<t>.<body>" with HMAC-SHA256 in hex, as the README tells receivers', () => {
    const t = at.getTime() / 1000;
    const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signatureHeader(secret, body, at)).toBe(`t=${t},v1=${v1}`);
  });

  it('verifies its own signature within the tolerance, and nothing changed', () => {
    const header = signatureHeader(secret, body, at);
    expect(verifySignature(secret, header, body, new Date(at.getTime() + 60_000))).toBe(true);
    expect(verifySignature(secret, header, `${body} `, at)).toBe(false);
    expect(verifySignature('whsec_other', header, body, at)).toBe(false);
    expect(verifySignature(secret, header.replace(/t=\d+/, 't=1796119999'), body, at)).toBe(false);
  });

  it('refuses a replay older than the tolerance and malformed headers', () => {
    const header = signatureHeader(secret, body, at);
    expect(verifySignature(secret, header, body, new Date(at.getTime() + 301_000))).toBe(false);
    for (const bad of [undefined, '', 't=abc,v1=00', `t=${at.getTime() / 1000}`, 'v1=' + 'a'.repeat(64)])
      expect(verifySignature(secret, bad, body, at)).toBe(false);
  });

  it('makes a different, long secret each time', () => {
    const [a, b] = [newWebhookSecret(), newWebhookSecret()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  });
});
