import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The aftercare journey's set-up through the API, as staff would do it on screen (the treatment
 * room's own journey covers those screens): a microneedling session booked, consented, checked
 * in, screened, charted with two zones and a scanned cartridge, and signed.
 */

// A usable lot of the demo's 12-pin cartridges (server/src/demo/demo-clinic.ts), as a scanner types it.
const CARTRIDGE_CODE = '(10)LOT-25B031';

export interface Corium {
  baseUrl: string;
}

export async function api<T>(
  corium: Corium,
  page: Page,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  data?: object,
): Promise<T> {
  const url = `${corium.baseUrl}${path}`;
  if (method === 'GET') {
    const response = await page.request.get(url);
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as T;
  }
  const { csrfToken } = await api<{ csrfToken: string }>(corium, page, 'GET', '/api/auth/session');
  const response = await page.request.fetch(url, { method, headers: { 'X-CSRF-Token': csrfToken }, data });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

/**
 * The session through the API, as the treatment room's journey does it on screen: booked for
 * the treatment day, consent signed, checked in, screened, started, two zones and a cartridge, signed.
 */
export async function treatAndSign(
  corium: Corium,
  page: Page,
  patientId: string,
  treatmentDate: string,
): Promise<void> {
  const appointmentId = await bookTreatment(corium, page, patientId, treatmentDate);
  await signConsent(corium, page, patientId);
  await api(corium, page, 'POST', `/api/patients/${patientId}/appointments/${appointmentId}/check-in`, {});
  await api(corium, page, 'POST', `/api/patients/${patientId}/screenings/day-of`, {
    attestedBy: 'patient',
    changed: false,
    plannedTreatment: {
      date: treatmentDate,
      modality: 'microneedling',
      zones: ['cheeks', 'forehead'],
      maxDepthMm: 1,
    },
    isFirstSession: false,
  });
  const session = await api<{ id: string }>(corium, page, 'POST', `/api/patients/${patientId}/sessions`, {
    appointmentId,
    photos: 'declined',
    photosReason: 'The patient asked not to be photographed today',
  });
  const chart = `/api/patients/${patientId}/sessions/${session.id}`;
  for (const zone of ['forehead', 'cheeks']) {
    await api(corium, page, 'PUT', `${chart}/zones/${zone}`, {
      depthMm: 1,
      passes: 3,
      directions: ['vertical', 'horizontal'],
      endpoint: 'erythema',
    });
  }
  const scan = await api<{ lot: { id: string } | null }>(
    corium,
    page,
    'GET',
    `/api/cartridge-scan?code=${encodeURIComponent(CARTRIDGE_CODE)}`,
  );
  await api(corium, page, 'POST', `${chart}/cartridges`, { lotId: scan.lot!.id });
  await api(corium, page, 'POST', `${chart}/sign`, { confirm: true });
}

async function bookTreatment(corium: Corium, page: Page, patientId: string, day: string): Promise<string> {
  const { services } = await api<{ services: { id: string; code: string }[] }>(
    corium,
    page,
    'GET',
    '/api/booking/services',
  );
  const serviceId = services.find((s) => s.code === 'microneedling_face')!.id;
  const resources = await api<{
    locations: { id: string }[];
    practitioners: { id: string; displayName: string }[];
  }>(corium, page, 'GET', '/api/booking/resources');
  const locationId = resources.locations[0]!.id;
  const priya = resources.practitioners.find((p) => p.displayName.includes('Priya'))!;
  const query = `serviceId=${serviceId}&locationId=${locationId}&from=${day}&to=${day}&practitionerId=${priya.id}`;
  const { slots } = await api<{ slots: { start: string; assignment: Record<string, string> }[] }>(
    corium,
    page,
    'GET',
    `/api/booking/availability?${query}`,
  );
  const booking = { serviceId, locationId, start: slots[0]!.start, assignment: slots[0]!.assignment };
  return bookAfterClearingSpacing(corium, page, patientId, booking);
}

/**
 * The demo books its patient's course ahead, so a session now may come too close to the next
 * one (SPACING_TOO_CLOSE): the visits the refusal names are cancelled, as the desk would when a
 * patient comes in early, and the booking is made again.
 */
async function bookAfterClearingSpacing(corium: Corium, page: Page, patientId: string, booking: object) {
  const path = `/api/patients/${patientId}/appointments`;
  const { csrfToken } = await api<{ csrfToken: string }>(corium, page, 'GET', '/api/auth/session');
  const first = await page.request.post(`${corium.baseUrl}${path}`, {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { ...booking, idempotencyKey: `aftercare-e2e-first-${patientId}` },
  });
  if (first.status() === 201) return ((await first.json()) as { id: string }).id;
  const refusal = (await first.json()) as {
    error: string;
    details?: { conflicts?: { appointmentId: string }[] };
  };
  expect(refusal.error, JSON.stringify(refusal)).toBe('SPACING_TOO_CLOSE');
  for (const conflict of refusal.details?.conflicts ?? []) {
    await api(corium, page, 'POST', `${path}/${conflict.appointmentId}/cancel`, {
      reason: 'The patient came in earlier instead',
    });
  }
  const visit = await api<{ id: string }>(corium, page, 'POST', path, {
    ...booking,
    idempotencyKey: `aftercare-e2e-again-${patientId}`,
  });
  return visit.id;
}

async function signConsent(corium: Corium, page: Page, patientId: string): Promise<void> {
  const base = `/api/patients/${patientId}/consents`;
  const rendered = await api<{ templateVersion: { id: string } }>(
    corium,
    page,
    'GET',
    `${base}/render/microneedling`,
  );
  await api(corium, page, 'POST', base, {
    templateVersionId: rendered.templateVersion.id,
    typedName: 'Demo Patient',
    signature: {
      width: 400,
      height: 150,
      strokes: [
        [
          [20, 110],
          [80, 30],
          [140, 120],
          [220, 40],
          [300, 100],
        ],
      ],
    },
  });
}
