import sharp from 'sharp';
import type { BatteryRandom } from '../battery/battery-random';

/**
 * The crash loop's writer: lanes of a clinic's everyday work over HTTP — register patients,
 * book consultations, have consents signed on the tablet, take photos — each write remembered
 * once Corium acknowledged it (2xx). A lane ends when Corium goes away mid-request.
 */
export interface ClinicApi {
  url: string;
  token: string;
  serviceId: string;
  locationId: string;
}

export interface PatientBody {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: 'female' | 'male';
  email: string;
  address: string;
  concerns: string[];
  confirmNotDuplicate: true;
}

export type Acknowledged =
  | { kind: 'patient'; id: string; body: PatientBody }
  | { kind: 'appointment'; id: string; patientId: string; start: string }
  | { kind: 'consent'; id: string; patientId: string; documentSha256: string; pdfSha256: string }
  | { kind: 'photo'; id: string; patientId: string; view: string; width: number; height: number };

export interface WriteLog {
  acknowledged: Acknowledged[];
  /** Answers that are neither a success nor an expected refusal: a 5xx is always one. */
  unexpected: string[];
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Thrown when Corium is gone: the connection was refused or reset mid-request. */
class CoriumGone extends Error {}

async function call(api: ClinicApi, method: string, url: string, body?: unknown): Promise<Response> {
  const binary = body instanceof Buffer;
  const headers = {
    ...bearer(api.token),
    ...(body === undefined ? {} : { 'content-type': binary ? 'image/jpeg' : 'application/json' }),
  };
  const payload = body === undefined ? undefined : binary ? new Uint8Array(body) : JSON.stringify(body);
  try {
    const response = await fetch(`${api.url}${url}`, { method, headers, body: payload });
    // The body is read here, so a reset while it streams also counts as "gone".
    const text = await response.text();
    return new Response(text, { status: response.status, headers: response.headers });
  } catch (error) {
    throw new CoriumGone(String(error));
  }
}

async function expectStatus(log: WriteLog, what: string, response: Response, status: number) {
  if (response.status === status) return response.json() as Promise<Record<string, unknown>>;
  log.unexpected.push(`${what}: ${response.status} ${await response.text()}`);
  return undefined;
}

const names = ['Ana', 'Chloé', 'Siobhán', 'Zoë', 'Oluwaseun', 'Mårten', 'Nguyễn', "D'Arcy"];

function patientBody(random: BatteryRandom, n: number): PatientBody {
  const given = names[random.between(0, names.length - 1)]!;
  return {
    givenName: given,
    familyName: `Crash-${n}-${random.between(1000, 9999)}`,
    dateOfBirth: `19${random.between(50, 99)}-0${random.between(1, 9)}-1${random.between(0, 9)}`,
    sex: random.next() < 0.5 ? 'female' : 'male',
    email: `crash-${n}-${random.between(0, 1e6)}@patients.test`,
    address: `${random.between(1, 300)} Rue de l'Église\nFlat ${n}`,
    concerns: ['acne_scars'],
    confirmNotDuplicate: true,
  };
}

/** A small photo of its own colour, so every upload is a different image. */
const photoBytes = (random: BatteryRandom) =>
  sharp({
    create: {
      width: 48,
      height: 32,
      channels: 3,
      background: { r: random.between(0, 255), g: random.between(0, 255), b: random.between(0, 255) },
    },
  })
    .jpeg()
    .toBuffer();

/** Tomorrow onwards: the first free start among a few, picked at random so lanes rarely collide. */
async function freeStart(api: ClinicApi, random: BatteryRandom, fromDay: number) {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const query = new URLSearchParams({
    serviceId: api.serviceId,
    locationId: api.locationId,
    from: day(fromDay),
    to: day(fromDay + 30),
    limit: '10',
  });
  const response = await call(api, 'GET', `/api/booking/availability?${query.toString()}`);
  const slots = ((await response.json()) as { slots: { start: string; assignment: object }[] }).slots;
  return slots.length > 0 ? slots[random.between(0, slots.length - 1)]! : undefined;
}

async function book(
  api: ClinicApi,
  log: WriteLog,
  random: BatteryRandom,
  patientId: string,
  fromDay: number,
) {
  const slot = await freeStart(api, random, fromDay);
  if (!slot) return void log.unexpected.push('no free consultation left in the next 30 days');
  const response = await call(api, 'POST', `/api/patients/${patientId}/appointments`, {
    serviceId: api.serviceId,
    locationId: api.locationId,
    start: slot.start,
    assignment: slot.assignment,
    idempotencyKey: `crash-${patientId}-${random.between(0, 2 ** 30)}`,
  });
  // Another lane took the same start between the look and the booking (SLOT_TAKEN), or booked
  // the same patient then (CONFLICT): refused, nothing written.
  if (response.status === 409 && /"error":"(SLOT_TAKEN|CONFLICT)"/.test(await response.clone().text()))
    return;
  const booked = await expectStatus(log, 'booking', response, 201);
  if (booked)
    log.acknowledged.push({ kind: 'appointment', id: booked.id as string, patientId, start: slot.start });
}

/** The patient reads the microneedling consent on the tablet and signs it. */
async function signConsent(api: ClinicApi, log: WriteLog, patientId: string) {
  const base = `/api/patients/${patientId}/consents`;
  const rendered = await expectStatus(
    log,
    'consent text',
    await call(api, 'GET', `${base}/render/microneedling`),
    200,
  );
  if (!rendered) return;
  const response = await call(api, 'POST', base, {
    templateVersionId: (rendered.templateVersion as { id: string }).id,
    typedName: 'Crash Loop Patient',
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
    documentSha256: rendered.sha256,
  });
  const signed = await expectStatus(log, 'consent signing', response, 201);
  if (signed)
    log.acknowledged.push({
      kind: 'consent',
      id: signed.id as string,
      patientId,
      documentSha256: signed.documentSha256 as string,
      pdfSha256: signed.pdfSha256 as string,
    });
}

async function takePhoto(api: ClinicApi, log: WriteLog, random: BatteryRandom, patientId: string) {
  const view = random.next() < 0.5 ? 'front' : 'left_45';
  const response = await call(
    api,
    'POST',
    `/api/patients/${patientId}/photos?view=${view}`,
    await photoBytes(random),
  );
  const taken = await expectStatus(log, 'photo', response, 201);
  if (!taken) return;
  const photo = taken.photo as { id: string; width: number; height: number };
  log.acknowledged.push({
    kind: 'photo',
    id: photo.id,
    patientId,
    view,
    width: photo.width,
    height: photo.height,
  });
}

async function newPatient(api: ClinicApi, log: WriteLog, random: BatteryRandom, n: number) {
  const body = patientBody(random, n);
  const created = await expectStatus(log, 'new patient', await call(api, 'POST', '/api/patients', body), 201);
  if (created) log.acknowledged.push({ kind: 'patient', id: created.id as string, body });
}

/**
 * One piece of the clinic's work: a new patient, or a booking, a signed consent or a photo for
 * a patient registered earlier (in this round or before a kill), so every kind of write is in
 * flight from the first moment of a round.
 */
async function oneWrite(api: ClinicApi, log: WriteLog, random: BatteryRandom, options: DriveOptions) {
  const patients = log.acknowledged.filter((a) => a.kind === 'patient');
  const choice = random.next();
  if (patients.length === 0 || choice < 0.25) return newPatient(api, log, random, options.counter.next++);
  const patientId = patients[random.between(0, patients.length - 1)]!.id;
  if (choice < 0.5) return book(api, log, random, patientId, options.fromDay);
  if (choice < 0.75) return signConsent(api, log, patientId);
  return takePhoto(api, log, random, patientId);
}

interface DriveOptions {
  lanes: number;
  counter: { next: number };
  fromDay: number;
  until?: () => boolean;
}

/**
 * Runs `lanes` writers side by side until Corium goes away (or `until` says enough, checked
 * between writes). `counter` numbers the patients across rounds; `fromDay` moves the booking
 * window on as the calendar fills up.
 */
export async function driveWrites(
  api: ClinicApi,
  log: WriteLog,
  random: BatteryRandom,
  options: DriveOptions,
): Promise<void> {
  const lane = async () => {
    try {
      while (!options.until?.()) await oneWrite(api, log, random, options);
    } catch (error) {
      if (!(error instanceof CoriumGone)) throw error;
    }
  };
  await Promise.all(Array.from({ length: options.lanes }, lane));
}
