import type { SignConsentRequest, ZoneId } from '@corium/contracts';
import type { Deps } from '../deps';
import { bookAppointment } from '../modules/booking/book-appointment.service';
import { checkIn } from '../modules/booking/check-in.service';
import { addDays, instantAt, wallClockOf } from '../modules/booking/wall-clock';
import { useCartridge } from '../modules/charting/session-cartridges.service';
import { listPatientSessions } from '../modules/charting/session-chart.service';
import { recordZone } from '../modules/charting/session-clinical.service';
import { signSession } from '../modules/charting/session-signing.service';
import { startSession } from '../modules/charting/session-start.service';
import { renderConsent, signOnTablet } from '../modules/consent/consent-signing.service';
import { lotsByNumber } from '../modules/inventory/stock-use.service';
import { getPatientRecord } from '../modules/patients/patient-record.service';
import { checkDayOf } from '../modules/screening/patient-screenings.service';
import type { Principal } from '../platform/auth/policy';
import type { Clock } from '../platform/clock';
import * as repo from './demo.repo';
import { DEMO_CLINIC } from './demo-clinic';

/**
 * Two signed charts on visits in the past weeks — one on the recalled lot, one with a serialised
 * nano cartridge — for patients other than the portal patient, whose consents the consent journey
 * signs for the first time. Made the way the room
 * makes them: booked, consent signed, checked in, the day-of check, started, zones and
 * cartridges charted, signed. Each step runs with the clock at that moment of the visit day.
 */

const meta = { ip: '127.0.0.1', userAgent: 'corium demo', requestId: 'demo-seed' };

interface DemoChart {
  patient: number;
  clinician: string;
  /** Weeks before today; the visit falls on the Tuesday, Wednesday or Friday before that. */
  weeksAgo: number;
  start: string;
  room: string;
  pen: string;
  depths: Partial<Record<ZoneId, number>>;
  lot: string;
  serial?: string;
}

const demoCharts: DemoChart[] = [
  {
    patient: 4,
    clinician: 'priya@demo.corium.clinic',
    weeksAgo: 4,
    start: '10:00',
    room: 'Treatment room 1',
    pen: 'MP4-230117',
    depths: { cheeks: 1.0, forehead: 0.5, chin: 1.0 },
    lot: 'LOT-24A117',
  },
  {
    patient: 2,
    clinician: 'sam@demo.corium.clinic',
    weeksAgo: 2,
    start: '11:00',
    room: 'Treatment room 2',
    pen: 'MP4-230342',
    depths: { cheeks: 0.75, jawline: 0.75 },
    lot: 'LOT-25C208',
    serial: 'NANO-25C208-0042',
  },
];

/** A finger-drawn zigzag, as the tablet records it. */
const signature: SignConsentRequest['signature'] = {
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
};

function pastVisitDay(now: Date, weeksAgo: number): string {
  let date = addDays(wallClockOf(now, DEMO_CLINIC.timeZone).date, -7 * weeksAgo);
  const weekday = (day: string) =>
    wallClockOf(instantAt(day, '12:00', DEMO_CLINIC.timeZone), DEMO_CLINIC.timeZone).weekday;
  while (![2, 3, 5].includes(weekday(date))) date = addDays(date, -1);
  return date;
}

const principalOf = (clinicId: string, user: repo.DemoUser): Principal => ({
  userId: user.id,
  clinicId,
  role: user.role,
  email: user.email,
  displayName: user.display_name,
  isPrescriber: user.is_prescriber,
  tokenId: null,
});

interface Visit {
  deps: Deps;
  at: (time: string) => void;
  date: string;
  clinician: Principal;
  frontDesk: Principal;
  patientId: string;
  patientName: string;
}

async function bookAndPrepare(v: Visit, chart: DemoChart, resources: repo.DemoResources): Promise<string> {
  v.at('08:30');
  const appointment = await bookAppointment(
    v.deps,
    v.frontDesk,
    v.patientId,
    {
      serviceId: resources.service('microneedling_face'),
      locationId: resources.locationId,
      start: instantAt(v.date, chart.start, DEMO_CLINIC.timeZone).toISOString(),
      assignment: {
        room: resources.room(chart.room),
        practitioner: v.clinician.userId,
        pen: resources.device(chart.pen),
      },
      idempotencyKey: `demo-chart-${v.patientId}`,
    },
    meta,
  );
  v.at(chart.start);
  await checkIn(v.deps, v.frontDesk, v.patientId, appointment.id, meta);
  const rendered = await renderConsent(v.deps, v.clinician, v.patientId, 'microneedling', meta);
  const signing = { templateVersionId: rendered.templateVersion.id, typedName: v.patientName, signature };
  await signOnTablet(v.deps, v.clinician, v.patientId, signing, meta);
  const plannedTreatment = {
    date: v.date,
    modality: 'microneedling' as const,
    zones: Object.keys(chart.depths) as ZoneId[],
    maxDepthMm: Math.max(...Object.values(chart.depths)),
  };
  await checkDayOf(
    v.deps,
    v.clinician,
    v.patientId,
    { attestedBy: 'patient', changed: false, plannedTreatment },
    meta,
  );
  return appointment.id;
}

async function chartAndSign(v: Visit, chart: DemoChart, appointmentId: string): Promise<void> {
  const started = await startSession(
    v.deps,
    v.clinician,
    v.patientId,
    {
      appointmentId,
      photos: 'unavailable',
      photosReason: 'Taken on the clinic camera; Corium keeps no photos yet',
    },
    meta,
  );
  const ids = { patientId: v.patientId, sessionId: started.id };
  v.at(addMinutes(chart.start, 40));
  const [lot] = await lotsByNumber(v.deps.db, v.clinician.clinicId, chart.lot, v.date);
  const cartridge = { lotId: lot!.id, ...(chart.serial && { cartridgeSerial: chart.serial }) };
  await useCartridge(v.deps, v.clinician, ids, cartridge, meta);
  for (const [name, depthMm] of Object.entries(chart.depths)) {
    const treatment = { depthMm, passes: 3, directions: ['vertical' as const, 'horizontal' as const] };
    const zoneIds = { ...ids, zone: name as ZoneId };
    await recordZone(v.deps, v.clinician, zoneIds, { ...treatment, penSpeed: 8, endpoint: 'erythema' }, meta);
  }
  v.at(addMinutes(chart.start, 60));
  await signSession(v.deps, v.clinician, ids, meta);
}

const addMinutes = (time: string, minutes: number): string => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/** Once per demo clinic: a later start finds the first chart and adds nothing. */
export async function seedDemoCharts(deps: Deps): Promise<void> {
  const clinic = await repo.demoClinic(deps.db, DEMO_CLINIC.name);
  if (!clinic) return;
  const people = await repo.demoUsers(deps.db, clinic.id);
  const as = (email: string) =>
    principalOf(
      clinic.id,
      people.find((u) => u.email === email)!,
    );
  const frontDesk = as('frontdesk@demo.corium.clinic');
  const patients = await repo.demoPatientsByNumber(
    deps.db,
    clinic.id,
    demoCharts.map((c) => c.patient),
  );
  const existing = await listPatientSessions(deps, as('director@demo.corium.clinic'), patients[0]!.id, meta);
  if (existing.sessions.length > 0) return;
  const resources = await repo.demoResources(deps.db, clinic.id);
  const realNow = deps.clock.now();
  for (const [i, chart] of demoCharts.entries()) {
    const date = pastVisitDay(realNow, chart.weeksAgo);
    let current = realNow;
    const clock: Clock = { now: () => current };
    const at = (time: string) => (current = instantAt(date, time, DEMO_CLINIC.timeZone));
    const clinician = as(chart.clinician);
    const patientId = patients[i]!.id;
    const record = await getPatientRecord(deps, clinician, patientId, meta);
    const patientName = `${record.givenName} ${record.familyName}`;
    const visit = { deps: { ...deps, clock }, at, date, clinician, frontDesk, patientId, patientName };
    await chartAndSign(visit, chart, await bookAndPrepare(visit, chart, resources));
  }
}
