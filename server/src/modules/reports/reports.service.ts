import type { ClinicReport, ReportQuery } from '@corium/contracts';
import { depthBands } from '@corium/contracts';
import { Readable } from 'node:stream';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Executor } from '../../platform/db/database';
import { OUTCOMES_COLUMNS, csvLine, responderLine, sideEffectLine } from './report-csv';
import { responderRows, sideEffectRows, sortRows } from './report-groups';
import { monthOf, reportMonths, type ReportMonths } from './report-range';
import {
  filtered,
  toCourseFacts,
  toOperationsMonths,
  toScoreFact,
  toSessionFacts,
  type Names,
} from './reports.mapper';
import * as repo from './reports.repo';

export interface ReportCaller {
  principal: Principal;
  meta: RequestMeta;
}

/** The months asked for, on the clinic's calendar, and the zone they are read in. */
export async function reportRange(deps: Deps, clinicId: string, query: ReportQuery) {
  const { time_zone: timeZone } = await repo.clinicZone(deps.db, clinicId);
  const months = reportMonths(query, monthOf(deps.clock.now(), timeZone));
  return { months, timeZone, range: { fromDay: months.fromDay, untilDay: months.untilDay, timeZone } };
}

async function namesOf(db: Executor, clinicId: string): Promise<Names> {
  const [staff, devices] = await Promise.all([repo.staffNames(db, clinicId), repo.devices(db, clinicId)]);
  return {
    staff: new Map(staff.map((s) => [s.id, s.display_name])),
    devices: new Map(devices.map((d) => [d.id, `${d.model} (${d.serial})`])),
  };
}

/** An aggregate report names no patient; the event says which report, range and filters. */
export async function auditReport(
  db: Executor,
  deps: Deps,
  caller: ReportCaller,
  event: { action: 'read' | 'export'; report: string; months: ReportMonths; query: ReportQuery },
): Promise<void> {
  const { from, to } = event.months;
  const details = { report: event.report, from, to, ...event.query };
  await recordAudit(
    db,
    actorOf(caller.principal, caller.meta),
    { action: event.action, resourceType: 'clinic_report', resourceId: null, details },
    deps.clock.now(),
  );
}

async function compute(
  db: Executor,
  clinicId: string,
  query: ReportQuery,
  window: Awaited<ReturnType<typeof reportRange>>,
): Promise<ClinicReport> {
  const names = await namesOf(db, clinicId);
  const courses = filtered(
    (await repo.courses(db, clinicId, window.range)).map((r) => toCourseFacts(r, names)),
    query,
  );
  const scores = courses.length
    ? (
        await repo.scoresOf(
          db,
          clinicId,
          courses.map((c) => c.seriesId),
        )
      ).map(toScoreFact)
    : [];
  const sessions = filtered(
    (await repo.signedSessions(db, clinicId, window.range)).map((r) => toSessionFacts(r, names)),
    query,
  );
  const operations = await repo.operations(db, clinicId, window.range);
  return {
    ...{ from: window.months.from, to: window.months.to, timeZone: window.timeZone },
    depthBands: depthBands.map((b) => ({ id: b.id, label: b.label, upToMm: b.upToMm })),
    responders: sortRows(responderRows(courses, scores)),
    sideEffects: sortRows(sideEffectRows(sessions)),
    operations: toOperationsMonths(window.months.months, operations),
  };
}

/** The report for the screen; reading it is audited in the same transaction. */
export async function clinicReport(
  deps: Deps,
  caller: ReportCaller,
  query: ReportQuery,
): Promise<ClinicReport> {
  const { clinicId } = caller.principal;
  const window = await reportRange(deps, clinicId, query);
  return deps.db.transaction().execute(async (trx) => {
    const report = await compute(trx, clinicId, query, window);
    await auditReport(trx, deps, caller, { action: 'read', report: 'clinic', months: window.months, query });
    return report;
  });
}

export interface CsvExport {
  filename: string;
  /** Data rows that will follow the header line: the web's progress bar counts towards it. */
  rows: number;
  body: Readable;
}

/** Responders and side effects as one CSV; the export is audited before the first byte leaves. */
export async function outcomesCsv(deps: Deps, caller: ReportCaller, query: ReportQuery): Promise<CsvExport> {
  const { clinicId } = caller.principal;
  const window = await reportRange(deps, clinicId, query);
  const report = await deps.db.transaction().execute(async (trx) => {
    const computed = await compute(trx, clinicId, query, window);
    await auditReport(trx, deps, caller, {
      action: 'export',
      report: 'outcomes',
      months: window.months,
      query,
    });
    return computed;
  });
  function* lines() {
    yield csvLine(OUTCOMES_COLUMNS);
    for (const row of report.responders) yield responderLine(row);
    for (const row of report.sideEffects) yield sideEffectLine(row);
  }
  return {
    filename: `outcomes-${report.from}-to-${report.to}.csv`,
    rows: report.responders.length + report.sideEffects.length,
    body: Readable.from(lines()),
  };
}
