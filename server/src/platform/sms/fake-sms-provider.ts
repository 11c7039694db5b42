import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SmsSettings } from './sms-sender';

/**
 * A local stand-in for a Twilio-compatible provider, for tests: it checks the path and the
 * Basic credentials as the real API does, records each accepted message, and answers with
 * whatever status a test asks for next.
 */
export interface FakeSmsProvider {
  settings: SmsSettings;
  received: { to: string; from: string; body: string }[];
  /** The next answers' statuses, consumed in order; then 201. `'hang'` never answers. */
  answers: (number | 'hang')[];
  close(): Promise<void>;
}

const ACCOUNT = 'AC00000000000000000000000000000001';
const TOKEN = 'fake-auth-token-1234567890';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (data += chunk));
    request.on('end', () => resolve(data));
    request.on('error', reject);
  });
}

function reply(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export async function startFakeSmsProvider(): Promise<FakeSmsProvider> {
  const fake: Omit<FakeSmsProvider, 'settings' | 'close'> = { received: [], answers: [] };
  const expectedAuth = `Basic ${Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64')}`;
  const server = createServer((request, response) => {
    void (async () => {
      const form = new URLSearchParams(await readBody(request));
      if (request.method !== 'POST' || request.url !== `/2010-04-01/Accounts/${ACCOUNT}/Messages.json`)
        return reply(response, 404, { code: 20404, message: 'The requested resource was not found' });
      if (request.headers.authorization !== expectedAuth)
        return reply(response, 401, { code: 20003, message: 'Authenticate' });
      const answer = fake.answers.shift() ?? 201;
      if (answer === 'hang') return;
      if (answer !== 201) return reply(response, answer, { code: answer * 100, message: `Answer ${answer}` });
      const to = form.get('To') ?? '';
      if (!/^\+[1-9]\d{7,14}$/.test(to))
        return reply(response, 400, {
          code: 21211,
          message: `The 'To' number ${to} is not a valid phone number.`,
        });
      fake.received.push({ to, from: form.get('From') ?? '', body: form.get('Body') ?? '' });
      reply(response, 201, {
        sid: `SM${fake.received.length.toString().padStart(32, '0')}`,
        status: 'queued',
      });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    settings: {
      url: `http://127.0.0.1:${port}`,
      accountSid: ACCOUNT,
      authToken: TOKEN,
      from: '+15005550006',
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  }) as FakeSmsProvider;
}
