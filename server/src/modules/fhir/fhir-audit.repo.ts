import type { Executor } from '../../platform/db/database';
import type { Page, SearchPage } from './search-page';
import { pageOf } from './search-page.repo';
import { criteriaWhere, codeIs, dateIs, idAmong, idIs, type Filters } from './search-filters.repo';
import type { SearchCriteria } from './search-params';

/** Read-only SQL over the clinic's audit trail (`audit_event`, append-only and hash-chained). */

export interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_role: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  patient_ids: string[];
  outcome: 'success' | 'denied' | 'failure';
  ip: string | null;
  request_id: string | null;
}

const auditFilters: Filters = {
  _id: idIs('audit_event.id'),
  date: dateIs('audit_event.occurred_at', 'instant'),
  agent: idIs('audit_event.actor_user_id'),
  action: codeIs('audit_event.action'),
  outcome: codeIs('audit_event.outcome'),
  patient: idAmong('audit_event.patient_ids'),
};

function auditQuery(db: Executor, clinicId: string, criteria: SearchCriteria) {
  return db
    .selectFrom('audit_event')
    .where('audit_event.clinic_id', '=', clinicId)
    .where(criteriaWhere(criteria, auditFilters));
}

/** The clinic's audit events, newest first (what an auditor reads first). */
export async function searchAuditEvents(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  page: Page,
): Promise<SearchPage<AuditRow>> {
  return pageOf(
    auditQuery(db, clinicId, criteria),
    (q) =>
      q
        .select([
          'id',
          'occurred_at',
          'actor_user_id',
          'actor_role',
          'action',
          'resource_type',
          'resource_id',
          'patient_ids',
          'outcome',
          'ip',
          'request_id',
        ])
        .orderBy('occurred_at', 'desc')
        .orderBy('seq', 'desc'),
    page,
  );
}
