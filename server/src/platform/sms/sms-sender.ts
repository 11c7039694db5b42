/**
 * Text messages through a Twilio-compatible HTTP API:
 * `POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json`, HTTP Basic auth (account SID,
 * auth token), a form-encoded To, From and Body. Off unless configured.
 *
 * A 4xx answer is the provider refusing this message (bad number, blocked recipient): sending it
 * again cannot help, so it is an `SmsRefused`. A 5xx, a timeout or a network failure is thrown
 * as a plain Error, for the outbox to retry later. Neither ever carries the auth token.
 */

export interface SmsSettings {
  url: string;
  accountSid: string;
  authToken: string;
  from: string;
}

export interface SmsSender {
  /** False when no provider is configured: nothing can be sent. */
  enabled: boolean;
  /** Resolves with the provider's message id. */
  send(message: { to: string; body: string }): Promise<{ providerId: string | null }>;
}

/** The provider refused the message for good: do not retry. */
export class SmsRefused extends Error {
  constructor(
    readonly status: number,
    reason: string,
  ) {
    super(`Text message refused by the provider (${status}): ${reason}`);
    this.name = 'SmsRefused';
  }
}

const disabled: SmsSender = {
  enabled: false,
  send: () => Promise.reject(new Error('No text-message provider is configured')),
};

/** The provider's own words for a refusal (Twilio answers `{ code, message }`), cut short. */
async function reasonOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message.slice(0, 300);
  } catch {
    // Not JSON: the raw answer says as much as there is.
  }
  return text.slice(0, 300) || response.statusText;
}

export function createSmsSender(settings: SmsSettings | undefined, timeoutMs = 10_000): SmsSender {
  if (!settings) return disabled;
  const endpoint = `${settings.url.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString('base64')}`;
  return {
    enabled: true,
    async send({ to, body }) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            authorization,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: new URLSearchParams({ To: to, From: settings.from, Body: body }).toString(),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new Error(`Text-message provider unreachable: ${(error as Error).name}`);
      }
      if (response.status >= 400 && response.status < 500)
        throw new SmsRefused(response.status, await reasonOf(response));
      if (!response.ok)
        throw new Error(`Text-message provider failed (${response.status}): ${await reasonOf(response)}`);
      const answer = (await response.json().catch(() => ({}))) as { sid?: unknown };
      return { providerId: typeof answer.sid === 'string' ? answer.sid : null };
    },
  };
}
