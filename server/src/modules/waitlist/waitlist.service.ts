import type { FieldIssue, WaitlistEntry, WaitlistEntryRequest, WaitlistQuery } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { listResources, listServices } from '../booking/catalog.service';
import { wallClockOf } from '../booking/wall-clock';
import { ownPatientId } from '../patients/patients.service';
import { toWaitlistEntry } from './waitlist.mapper';
import * as repo from './waitlist.repo';
import { passOn } from './waitlist-offers';

const entryEvent = (
  action: AuditEvent['action'],
  patientId: string,
  entryId: string | null,
  details: Record<string, unknown>,
): AuditEvent => ({
  action,
  resourceType: 'waitlist_entry',
  resourceId: entryId,
  patientIds: [patientId],
  details,
});

/** The service, location and practitioner are the clinic's and fit together; the last day is not past. */
async function checkRequest(deps: Deps, principal: Principal, request: WaitlistEntryRequest): Promise<void> {
  const services = await listServices(deps, principal);
  const resources = await listResources(deps, principal);
  const location = resources.locations.find((l) => l.id === request.locationId);
  const issues: FieldIssue[] = [];
  if (!services.some((s) => s.id === request.serviceId && s.active))
    issues.push({ path: 'serviceId', message: 'No such service is offered' });
  if (!location) issues.push({ path: 'locationId', message: 'No such location' });
  const practitioner = resources.practitioners.find((p) => p.id === request.practitionerId);
  if (
    request.practitionerId &&
    (!practitioner ||
      !practitioner.serviceIds.includes(request.serviceId) ||
      !practitioner.locationIds.includes(request.locationId))
  )
    issues.push({ path: 'practitionerId', message: 'This practitioner does not offer this service here' });
  const today = wallClockOf(deps.clock.now(), location?.timeZone ?? 'UTC').date;
  if (request.latestDate < today) issues.push({ path: 'latestDate', message: 'The last day has passed' });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', issues[0]!.message, issues);
}

/** Puts a patient on the waitlist; offers come when a matching time frees up. */
export async function addEntry(
  deps: Deps,
  principal: Principal,
  patientId: string,
  request: WaitlistEntryRequest,
  meta: RequestMeta,
): Promise<WaitlistEntry> {
  await checkRequest(deps, principal, request);
  const { clinicId } = principal;
  const id = newId();
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    await repo.insertEntry(trx, {
      ...{ id, clinic_id: clinicId, patient_id: patientId, service_id: request.serviceId },
      ...{ location_id: request.locationId, practitioner_id: request.practitionerId ?? null },
      ...{
        earliest_date: request.earliestDate,
        latest_date: request.latestDate,
        time_of_day: request.timeOfDay,
      },
      ...{ created_by: principal.userId, created_at: now },
    });
    await recordAudit(
      trx,
      actorOf(principal, meta),
      entryEvent('create', patientId, id, { ...request }),
      now,
    );
    return toWaitlistEntry((await repo.findEntry(trx, clinicId, patientId, id))!);
  });
}

/** A patient's entries, newest first, closed ones too. */
export function patientEntries(
  deps: Deps,
  principal: Principal,
  patientId: string,
  meta: RequestMeta,
): Promise<WaitlistEntry[]> {
  return deps.db.transaction().execute(async (trx) => {
    const rows = await repo.listEntries(trx, principal.clinicId, { patientId });
    const event = entryEvent('read', patientId, null, { entries: rows.length });
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return rows.map(toWaitlistEntry).reverse();
  });
}

/** The clinic's waitlist for staff, oldest first; it names patients, so it is audited as a search. */
export function clinicWaitlist(
  deps: Deps,
  principal: Principal,
  query: WaitlistQuery,
  meta: RequestMeta,
): Promise<WaitlistEntry[]> {
  return deps.db.transaction().execute(async (trx) => {
    const rows = await repo.listEntries(trx, principal.clinicId, query);
    const event: AuditEvent = {
      action: 'search',
      resourceType: 'waitlist_entry',
      patientIds: [...new Set(rows.map((r) => r.patient_id))],
      details: { ...query },
    };
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return rows.map(toWaitlistEntry);
  });
}

/** Takes a patient off the waitlist; an offer waiting for their answer goes to the next patient. */
export function withdrawEntry(
  deps: Deps,
  principal: Principal,
  patientId: string,
  entryId: string,
  meta: RequestMeta,
): Promise<WaitlistEntry> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const entry = await repo.lockEntry(trx, clinicId, entryId);
    if (!entry || entry.patient_id !== patientId) throw new AppError('NOT_FOUND', 'No such waitlist entry');
    if (entry.status === 'booked' || entry.status === 'withdrawn')
      throw new AppError('CONFLICT', `This waitlist entry is already ${entry.status}`);
    const now = deps.clock.now();
    const open = (await repo.findEntry(trx, clinicId, patientId, entryId))?.offer_id;
    const offer = open ? await repo.lockOffer(trx, clinicId, open) : undefined;
    if (offer?.status === 'open') {
      await repo.closeOffer(trx, clinicId, offer.id, { status: 'declined', at: now });
      await passOn(trx, deps, offer);
    }
    await repo.setEntryStatus(trx, clinicId, entryId, 'withdrawn', now);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      entryEvent('update', patientId, entryId, { status: 'withdrawn' }),
      now,
    );
    return toWaitlistEntry((await repo.findEntry(trx, clinicId, patientId, entryId))!);
  });
}

/** The portal's versions: always the caller's own record. */
export const addOwnEntry = async (
  deps: Deps,
  principal: Principal,
  request: WaitlistEntryRequest,
  meta: RequestMeta,
) => addEntry(deps, principal, await ownPatientId(deps, principal), request, meta);

export const ownEntries = async (deps: Deps, principal: Principal, meta: RequestMeta) =>
  patientEntries(deps, principal, await ownPatientId(deps, principal), meta);

export const withdrawOwnEntry = async (
  deps: Deps,
  principal: Principal,
  entryId: string,
  meta: RequestMeta,
) => withdrawEntry(deps, principal, await ownPatientId(deps, principal), entryId, meta);
