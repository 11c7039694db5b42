import type { AccessEvent } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { ownPatientId } from '../patients/patients.service';
import { accessEvents, clinicTimeZone, type AccessFilter } from './access-log.repo';

type EventRow = Awaited<ReturnType<typeof accessEvents>>[number];

const toAccessEvent = (r: EventRow): AccessEvent => ({
  id: r.id,
  occurredAt: r.occurred_at.toISOString(),
  action: r.action as AccessEvent['action'],
  resourceType: r.resource_type,
  resourceId: r.resource_id,
  outcome: r.outcome,
  actor: { id: r.actor_user_id, displayName: r.display_name, role: r.actor_role },
  ip: r.ip,
});

/** Who looked at or changed this patient's data. Reading the log is itself recorded. */
export async function patientAccessLog(
  deps: Deps,
  principal: Principal,
  patientId: string,
  filter: AccessFilter,
  meta: RequestMeta,
  action: 'read' | 'export' = 'read',
): Promise<AccessEvent[]> {
  return deps.db.transaction().execute(async (trx) => {
    const { time_zone } = await clinicTimeZone(trx, principal.clinicId);
    const rows = await accessEvents(trx, principal.clinicId, time_zone, patientId, filter);
    const event = {
      action,
      resourceType: 'access_log',
      resourceId: patientId,
      patientIds: [patientId],
      details: { ...filter },
    };
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return rows.map(toAccessEvent);
  });
}

/** The patient's own view: every access to their record. */
export async function ownAccessLog(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
): Promise<AccessEvent[]> {
  const patientId = await ownPatientId(deps, principal);
  return patientAccessLog(deps, principal, patientId, { limit: 200 }, meta);
}

const CSV_COLUMNS = ['occurred_at', 'user', 'role', 'action', 'resource', 'resource_id', 'outcome', 'ip'];

/** RFC 4180 CSV; cells that a spreadsheet would run as formulas are prefixed with '. */
export function accessLogCsv(events: AccessEvent[]): string {
  const cell = (value: string | null): string => {
    const text = value ?? '';
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = events.map((e) =>
    [e.occurredAt, e.actor.displayName, e.actor.role, e.action, e.resourceType, e.resourceId, e.outcome, e.ip]
      .map(cell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
