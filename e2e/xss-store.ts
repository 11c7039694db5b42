import type { Page } from 'playwright-core';

/**
 * The stored-XSS sweep's payloads and where they go: every text field a user can set, through
 * the API as the role that sets it. Each payload calls `__xss()`, which the sweep traps.
 */
export const payloads = [
  '<img src=x onerror=__xss()>',
  '<svg onload=__xss()>',
  '"><script>__xss()</script>',
  'javascript:__xss()',
  "{{constructor.constructor('__xss()')()}}",
  '[x](javascript:__xss())',
  '<a href="javascript:__xss()">link</a>',
  '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>',
  "'-__xss()-'",
  '<details open ontoggle=__xss()>',
];

/** All payloads in one text, for fields long enough to take them. */
export const allPayloads = payloads.join(' ');

let turn = 0;
/** The next payload that fits a field of `max` characters. */
export function payload(max = 1000): string {
  for (let i = 0; i < payloads.length; i++) {
    const candidate = payloads[(turn + i) % payloads.length]!;
    if (candidate.length <= max) {
      turn = (turn + i + 1) % payloads.length;
      return candidate;
    }
  }
  return payloads[0]!.slice(0, max);
}

export interface Api {
  get<T>(path: string): Promise<T>;
  /** Sends a write; a refusal is kept in `refused` (the sweep reports which fields it could not fill). */
  send<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, data: object): Promise<T | null>;
  refused: string[];
  stored: number;
}

/** The API as the signed-in user of `page`, with the session's CSRF token. */
export function apiOf(baseUrl: string, page: Page): Api {
  const api: Api = {
    refused: [],
    stored: 0,
    async get<T>(path: string) {
      const response = await page.request.get(`${baseUrl}${path}`);
      if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async send<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, data: object) {
      const { csrfToken } = await api.get<{ csrfToken: string }>('/api/auth/session');
      const response = await page.request.fetch(`${baseUrl}${path}`, {
        method,
        headers: { 'X-CSRF-Token': csrfToken },
        data,
      });
      if (response.status() >= 300) {
        api.refused.push(`${method} ${path}: ${response.status()} ${(await response.text()).slice(0, 200)}`);
        return null;
      }
      api.stored += 1;
      const body = await response.text();
      return (body ? JSON.parse(body) : {}) as T;
    },
  };
  return api;
}

interface Setup {
  locations: { id: string }[];
}

/** What the admin sets: staff names, rooms, devices, locations, time off, consent text. */
export async function storeAsAdmin(api: Api): Promise<{ templateId: string }> {
  await api.send('POST', '/api/users/invitations', {
    email: 'xss-colleague@demo.corium.clinic',
    displayName: payload(120),
    role: 'practitioner',
  });
  const setup = await api.get<Setup>('/api/clinic-setup');
  const locationId = setup.locations[0]!.id;
  await api.send('POST', '/api/clinic-setup/rooms', { locationId, name: payload(80), kind: 'treatment' });
  await api.send('POST', '/api/clinic-setup/devices', {
    locationId,
    kind: 'pen',
    model: payload(120),
    serial: payload(80),
  });
  await api.send('POST', '/api/clinic-setup/locations', {
    name: payload(120),
    timeZone: 'Europe/London',
    address: allPayloads,
  });
  const { users } = await api.get<{ users: { id: string; role: string }[] }>('/api/users');
  const practitioner = users.find((u) => u.role === 'practitioner')!;
  await api.send('POST', `/api/clinic-setup/practitioners/${practitioner.id}/time-off`, {
    start: '2027-03-01T09:00:00Z',
    end: '2027-03-01T10:00:00Z',
    reason: payload(200),
  });
  return { templateId: await storeConsentText(api) };
}

interface Templates {
  templates: { id: string; treatment: string; current: { version: number; body: string } | null }[];
}

/** A new, non-material version of the microneedling consent with every payload in its text. */
async function storeConsentText(api: Api): Promise<string> {
  const { templates } = await api.get<Templates>('/api/consent/templates');
  const template = templates.find((t) => t.treatment === 'microneedling')!;
  // The consent text refuses placeholders it does not know, `{{constructor…}}` included.
  const inText = payloads.filter((p) => !p.includes('{{'));
  await api.send('POST', `/api/consent/templates/${template.id}/versions`, {
    basedOnVersion: template.current!.version,
    title: payload(200),
    body: `${template.current!.body}\n\n${inText.map((p) => `- ${p}`).join('\n')}\n\n## ${inText[0]}\n\n${inText.join(' ')}`,
    material: false,
    changeNote: allPayloads,
  });
  return template.id;
}
