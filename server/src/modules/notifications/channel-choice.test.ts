import { describe, expect, it } from 'vitest';
import { channelsFor, DEFAULT_PREFERENCE, mobileNumber, recipientFor } from './channel-choice';

const reach = { email: 'ann@example.org', mobile: '+447700900123', smsAvailable: true };

describe('phone numbers that can take texts', () => {
  it.each([
    ['+44 7700 900123', '+447700900123'],
    ['0044-7700-900-123', '+447700900123'],
    ['+1 (212) 555-0123', '+12125550123'],
    ['07700 900123', null],
    ['+44 (0)7700 900123', null],
    ['+0 123 456 789', null],
    ['call my mum', null],
    [null, null],
  ])('%s → %s', (phone, expected) => {
    expect(mobileNumber(phone)).toBe(expected);
  });
});

describe('choosing channels', () => {
  it('is e-mail only by default', () => {
    expect(channelsFor(DEFAULT_PREFERENCE, reach)).toEqual(['email']);
  });

  it('sends on both when both are chosen and possible', () => {
    expect(channelsFor({ email: true, sms: true }, reach)).toEqual(['email', 'sms']);
    expect(recipientFor('sms', { email: true, sms: true }, reach)).toBe('+447700900123');
  });

  it('sends texts only when chosen alone', () => {
    expect(channelsFor({ email: false, sms: true }, reach)).toEqual(['sms']);
    expect(recipientFor('email', { email: false, sms: true }, reach)).toBeNull();
  });

  it('falls back to e-mail when texts were chosen but cannot be sent', () => {
    expect(channelsFor({ email: false, sms: true }, { ...reach, smsAvailable: false })).toEqual(['email']);
    expect(channelsFor({ email: false, sms: true }, { ...reach, mobile: null })).toEqual(['email']);
  });

  it('sends nothing when no chosen or fallback channel reaches the patient', () => {
    expect(channelsFor(DEFAULT_PREFERENCE, { ...reach, email: null })).toEqual([]);
    expect(recipientFor('email', DEFAULT_PREFERENCE, { ...reach, email: null })).toBeNull();
  });
});
