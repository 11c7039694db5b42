import { describe, expect, it } from 'vitest';
import type { AppError } from '../../platform/errors/app-error';
import { checkWebhookUrl } from './webhook-url';

const refused = (url: string, hosts: string[] = []) => {
  try {
    checkWebhookUrl(url, hosts);
  } catch (error) {
    return (error as AppError).code;
  }
  return 'accepted';
};

describe('checkWebhookUrl', () => {
  it('takes https anywhere, http only to an allowed host', () => {
    expect(checkWebhookUrl('https://hooks.example.com/corium', [])).toBe('https://hooks.example.com/corium');
    expect(checkWebhookUrl('http://127.0.0.1:8080/in', ['127.0.0.1'])).toBe('http://127.0.0.1:8080/in');
    expect(checkWebhookUrl('http://Receiver.LAN/in', ['receiver.lan'])).toBe('http://receiver.lan/in');
    expect(refused('http://127.0.0.1:8080/in')).toBe('VALIDATION_FAILED');
    expect(refused('http://evil.example/in', ['127.0.0.1'])).toBe('VALIDATION_FAILED');
  });

  it('refuses other schemes, credentials and text that is no address', () => {
    for (const url of ['ftp://x.example/', 'file:///etc/passwd', 'https://user:pw@x.example/', 'hooks'])
      expect(refused(url, ['x.example'])).toBe('VALIDATION_FAILED');
  });
});
