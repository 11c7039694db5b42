import type { AvailableSlot } from '@corium/contracts';
import { AppError } from '../../platform/errors/app-error';
import type { Page } from './search-page';
import type { FhirResource, FhirScope, SearchResult } from './fhir-resource';
import { bookableServices, locationIds, searchSchedules, type ScheduleRow } from './fhir-schedule.repo';
import { parseSlotId, slotId, toSlot, type FreeSlot } from './slot.mapper';
import type { SearchCriteria, SearchValue } from './search-params';

/**
 * Free Slots come from booking's availability service (the same answer the booking screen
 * gets), for a schedule or a service over at most the availability window (93 days).
 */

const refuse = (message: string) =>
  new AppError('BAD_REQUEST', message, [{ path: 'querystring.start', message }]);
const DAY = 86_400_000;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** The days the `start` values span (a day either side: slots are asked for in the location's zone). */
function startWindow(criteria: SearchCriteria) {
  const values = (criteria.get('start') ?? []).flat().filter((v) => v.kind === 'date');
  const from = values.filter((v) => ['ge', 'gt', 'eq'].includes(v.prefix)).map((v) => v.from.getTime());
  const until = values.filter((v) => ['le', 'lt', 'eq'].includes(v.prefix)).map((v) => v.until.getTime());
  if (from.length === 0 || until.length === 0)
    throw refuse('Free slots are searched over a range: give start=ge<date> and start=le<date>');
  const range = { from: Math.max(...from), until: Math.min(...until) };
  return { ...range, firstDay: dayOf(new Date(range.from - DAY)), lastDay: dayOf(new Date(range.until)) };
}

const startMatches = (value: SearchValue, start: Date): boolean => {
  if (value.kind !== 'date') return false;
  const t = start.getTime();
  const [from, until] = [value.from.getTime(), value.until.getTime()];
  const tests = { eq: t >= from && t < until, ne: t < from || t >= until, lt: t < from, gt: t >= until };
  return { ...tests, ge: t >= from, le: t < until }[value.prefix];
};

const codesOf = (criteria: SearchCriteria, name: string): string[] | null => {
  const values = criteria.get(name)?.flat();
  if (!values) return null;
  return values.map((v) => (v.kind === 'token' ? v.code : v.kind === 'reference' ? v.id : ''));
};

async function schedulesNamed(scope: FhirScope, criteria: SearchCriteria): Promise<ScheduleRow[] | null> {
  const ids = codesOf(criteria, 'schedule');
  if (ids === null) return null;
  const found: ScheduleRow[] = [];
  for (const id of ids) {
    const query = new Map([['_id', [[{ kind: 'token' as const, system: null, code: id }]]]]);
    found.push(...(await searchSchedules(scope.db, scope.clinicId, query, { count: 1, offset: 0 })).rows);
  }
  return found;
}

/** Every free slot the criteria ask for, in start order. */
async function freeSlots(scope: FhirScope, criteria: SearchCriteria): Promise<FreeSlot[]> {
  if (!scope.availability) throw refuse('Free slots are computed for a request and cannot be exported');
  const schedules = await schedulesNamed(scope, criteria);
  const services = await bookableServices(scope.db, scope.clinicId, codesOf(criteria, 'service-type'));
  if (schedules === null && codesOf(criteria, 'service-type') === null)
    throw refuse('Name a schedule or a service-type to search free slots');
  const window = startWindow(criteria);
  const practitioners = new Set(
    (await searchSchedules(scope.db, scope.clinicId, new Map(), { count: 10_000, offset: 0 })).rows
      .filter((s) => s.kind === 'practitioner')
      .map((s) => s.id),
  );
  const slots: FreeSlot[] = [];
  const targets = schedules ?? [null];
  for (const schedule of targets) {
    const locations = schedule?.location_ids ?? (await locationIds(scope.db, scope.clinicId));
    const offered =
      schedule?.kind === 'practitioner'
        ? services.filter((s) => schedule.service_ids.includes(s.id))
        : services;
    for (const service of offered)
      for (const locationId of locations) {
        const answer = await scope.availability({
          serviceId: service.id,
          locationId,
          from: window.firstDay,
          to: window.lastDay,
          ...(schedule?.kind === 'practitioner' ? { practitionerId: schedule.id } : {}),
          limit: 500,
        });
        slots.push(...answer.slots.flatMap((s) => asFree(s, service, schedule, practitioners)));
      }
  }
  const starts = (criteria.get('start') ?? []).map(
    (ors) => (start: Date) => ors.some((v) => startMatches(v, start)),
  );
  return slots
    .filter((s) => starts.every((test) => test(s.start)))
    .sort(
      (a, b) => a.start.getTime() - b.start.getTime() || slotId(keyOf(a)).localeCompare(slotId(keyOf(b))),
    );
}

const keyOf = (s: FreeSlot) => ({ scheduleId: s.scheduleId, serviceId: s.service.id, start: s.start });

/** A slot belongs to the schedule asked for, or else to the clinician (or first resource) it would hold. */
function asFree(
  slot: AvailableSlot,
  service: FreeSlot['service'],
  schedule: ScheduleRow | null,
  practitioners: Set<string>,
): FreeSlot[] {
  const held = Object.values(slot.assignment);
  if (schedule && !held.includes(schedule.id)) return [];
  const scheduleId = schedule?.id ?? held.find((id) => practitioners.has(id)) ?? held[0];
  if (!scheduleId) return [];
  return [{ scheduleId, service, start: new Date(slot.start), end: new Date(slot.end) }];
}

export async function searchSlots(
  scope: FhirScope,
  criteria: SearchCriteria,
  page: Page,
): Promise<SearchResult> {
  const slots = await freeSlots(scope, criteria);
  const resources = slots.slice(page.offset, page.offset + page.count).map(toSlot);
  return { resources, total: slots.length, more: page.offset + page.count < slots.length };
}

/** A slot read by id is computed again: still free, it is returned; taken or past, it is not found. */
export async function readSlot(scope: FhirScope, id: string): Promise<FhirResource | undefined> {
  const key = parseSlotId(id);
  if (!key) return undefined;
  const date = (prefix: 'ge' | 'le') => ({
    kind: 'date' as const,
    prefix,
    from: key.start,
    until: new Date(key.start.getTime() + 1),
  });
  const criteria: SearchCriteria = new Map([
    ['schedule', [[{ kind: 'reference' as const, id: key.scheduleId }]]],
    ['service-type', [[{ kind: 'token' as const, system: null, code: key.serviceId }]]],
    ['start', [[date('ge')], [date('le')]]],
  ]);
  return (await freeSlots(scope, criteria)).map(toSlot).find((slot) => slot.id === id);
}
