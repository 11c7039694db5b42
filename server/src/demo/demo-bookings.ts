import type { Deps } from '../deps';
import { bookAppointment } from '../modules/booking/book-appointment.service';
import { addPractitionerSchedule } from '../modules/booking/catalog.service';
import { addDays, instantAt, wallClockOf } from '../modules/booking/wall-clock';
import { createSeries } from '../modules/booking/treatment-series.service';
import type { Principal } from '../platform/auth/policy';
import type { Executor } from '../platform/db/database';
import * as repo from './demo.repo';
import { DEMO_CLINIC } from './demo-clinic';

type Weekly = { weekday: number; start: string; end: string }[];
const days = (weekdays: number[], start: string, end: string): Weekly =>
  weekdays.map((weekday) => ({ weekday, start, end }));
const everything = ['consultation', 'microneedling_face', 'rf_microneedling_face', 'review'];

/**
 * Who works when (London wall clock) and what they perform. The medical director treats three
 * days a week; Priya does everything, RF included, on weekdays; Sam has no RF training and
 * covers the Thursday late shift and Saturdays.
 */
export const demoSchedules = [
  {
    email: 'director@demo.corium.clinic',
    serviceCodes: everything,
    weekly: days([1, 3, 5], '09:00', '17:00'),
  },
  {
    email: 'priya@demo.corium.clinic',
    serviceCodes: everything,
    weekly: [...days([1, 2, 3, 5], '09:00', '18:00'), ...days([4], '09:00', '20:00')],
  },
  {
    email: 'sam@demo.corium.clinic',
    serviceCodes: ['consultation', 'microneedling_face', 'review'],
    weekly: [
      ...days([2, 3, 5], '10:00', '18:00'),
      ...days([4], '12:00', '20:00'),
      ...days([6], '10:00', '16:00'),
    ],
  },
];

/** Part of the seed's transaction: Corium's services, and the clinicians' hours at the location. */
export async function addDemoSchedules(
  db: Executor,
  clinicId: string,
  locationId: string,
  users: { id: string; email: string }[],
  now: Date,
): Promise<void> {
  for (const s of demoSchedules) {
    const userId = users.find((u) => u.email === s.email)!.id;
    await addPractitionerSchedule(
      db,
      clinicId,
      { userId, locationId, serviceCodes: s.serviceCodes, weekly: s.weekly },
      now,
    );
  }
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

/** The first Tuesday, Wednesday or Friday after today: everyone in the demo works then. */
function nextBusyDay(now: Date): string {
  let date = addDays(wallClockOf(now, DEMO_CLINIC.timeZone).date, 1);
  while (
    ![2, 3, 5].includes(
      wallClockOf(instantAt(date, '12:00', DEMO_CLINIC.timeZone), DEMO_CLINIC.timeZone).weekday,
    )
  )
    date = addDays(date, 1);
  return date;
}

interface DemoVisit {
  patientId: string;
  service: string;
  start: string;
  assignment: Record<string, string>;
  seriesId?: string;
}

/** The portal patient's first session of a course, another needling, a consultation, a review. */
function demoVisits(
  day: string,
  resources: repo.DemoResources,
  clinicians: { priya: string; sam: string },
  patients: { id: string }[],
  seriesId: string,
): DemoVisit[] {
  const at = (date: string, time: string) => instantAt(date, time, DEMO_CLINIC.timeZone).toISOString();
  const { priya, sam } = clinicians;
  const consultRoom = resources.room('Consultation room');
  const [first, second, third, fourth] = patients.map((p) => p.id) as [string, string, string, string];
  return [
    {
      patientId: first,
      service: 'microneedling_face',
      start: at(day, '10:00'),
      assignment: {
        room: resources.room('Treatment room 1'),
        practitioner: priya,
        pen: resources.device('MP4-230117'),
      },
      seriesId,
    },
    {
      patientId: second,
      service: 'microneedling_face',
      start: at(day, '10:30'),
      assignment: {
        room: resources.room('Treatment room 2'),
        practitioner: sam,
        pen: resources.device('MP4-230342'),
      },
    },
    {
      patientId: third,
      service: 'consultation',
      start: at(day, '14:00'),
      assignment: { practitioner: priya, room: consultRoom },
    },
    {
      patientId: fourth,
      service: 'review',
      start: at(addDays(day, 7), '09:30'),
      assignment: { practitioner: priya, room: consultRoom },
    },
  ];
}

/**
 * A few visits in the days ahead, booked the way the front desk books them (hours, screening
 * and all). Once per demo clinic: a later start finds them and books nothing.
 */
export async function bookDemoVisits(deps: Deps): Promise<void> {
  const clinic = await repo.demoClinic(deps.db, DEMO_CLINIC.name);
  if (!clinic || (await repo.hasAppointments(deps.db, clinic.id))) return;
  const people = await repo.demoUsers(deps.db, clinic.id);
  const person = (email: string) => people.find((u) => u.email === email)!;
  const priya = person('priya@demo.corium.clinic');
  const resources = await repo.demoResources(deps.db, clinic.id);
  const patients = await repo.demoPatientsByNumber(deps.db, clinic.id, [1, 2, 3, 4]);
  const meta = { ip: '127.0.0.1', userAgent: 'corium demo', requestId: 'demo-seed' };
  const course = { concerns: patients[0]!.concerns, modality: 'microneedling' as const };
  const depths = { cheeks: 1.0, forehead: 0.5, chin: 1.0 };
  const series = await createSeries(
    deps,
    principalOf(clinic.id, priya),
    patients[0]!.id,
    { ...course, plannedDepthMm: depths },
    meta,
  );
  const clinicians = { priya: priya.id, sam: person('sam@demo.corium.clinic').id };
  const frontDesk = principalOf(clinic.id, person('frontdesk@demo.corium.clinic'));
  for (const visit of demoVisits(nextBusyDay(deps.clock.now()), resources, clinicians, patients, series.id)) {
    const { patientId, service, start, assignment, seriesId } = visit;
    const request = {
      serviceId: resources.service(service),
      locationId: resources.locationId,
      start,
      assignment,
    };
    const key = `demo-${patientId}`;
    await bookAppointment(
      deps,
      frontDesk,
      patientId,
      { ...request, ...(seriesId ? { seriesId } : {}), idempotencyKey: key },
      meta,
    );
  }
}
