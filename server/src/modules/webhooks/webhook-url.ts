import { AppError } from '../../platform/errors/app-error';

/**
 * Where a webhook may point: https anywhere; plain http only to a host the operator allowed
 * (`WEBHOOK_HTTP_HOSTS`, e.g. a receiver on the clinic's own network), since the body and its
 * signature would otherwise cross the internet readable. No credentials in the address.
 */
export function checkWebhookUrl(raw: string, httpHosts: readonly string[]): string {
  const refuse = (message: string) => new AppError('VALIDATION_FAILED', message, [{ path: 'url', message }]);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('Enter the full address, starting with https://');
  }
  if (url.username || url.password) throw refuse('Put no user name or password in the address');
  if (url.protocol === 'https:') return url.toString();
  // URL keeps IPv6 hosts in brackets; the setting lists them without.
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (url.protocol === 'http:' && httpHosts.includes(host)) return url.toString();
  throw refuse(
    url.protocol === 'http:'
      ? `Use https://; plain http is allowed only to hosts the server lists in WEBHOOK_HTTP_HOSTS`
      : 'Use an https:// address',
  );
}
