import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, matchTotp, newTotpSecret, totpCodeAt, totpStep } from './totp';

// RFC 6238 Appendix B: the SHA-1 seed "12345678901234567890", 8-digit codes; we use the last 6.
const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));
const vectors: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
];

describe('TOTP', () => {
  it.each(vectors)('matches RFC 6238 at T=%i', (seconds, eightDigits) => {
    expect(totpCodeAt(rfcSecret, Math.floor(seconds / 30))).toBe(eightDigits.slice(2));
  });

  it('round-trips Base32 and makes 160-bit secrets', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
  });

  it('accepts one step of drift and refuses a code already used', () => {
    const at = new Date(1_800_000_000_000);
    const now = totpStep(at);
    const previous = totpCodeAt(rfcSecret, now - 1);
    expect(matchTotp(rfcSecret, previous, at, 0)).toBe(now - 1);
    expect(matchTotp(rfcSecret, previous, at, now - 1)).toBeNull();
    expect(matchTotp(rfcSecret, totpCodeAt(rfcSecret, now - 2), at, 0)).toBeNull();
    const current = totpCodeAt(rfcSecret, now);
    const wrong = current.slice(0, 5) + String((Number(current[5]) + 1) % 10);
    const neighbours = [now - 1, now + 1].map((s) => totpCodeAt(rfcSecret, s));
    if (!neighbours.includes(wrong)) expect(matchTotp(rfcSecret, wrong, at, 0)).toBeNull();
    expect(matchTotp(rfcSecret, current, at, 0)).toBe(now);
  });
});
