import type { ReportQuery } from '@corium/contracts';
import { Readable } from 'node:stream';
import type { Deps } from '../../deps';
import type { Db } from '../../platform/db/database';
import * as repo from './operations-csv.repo';
import { OPERATIONS_COLUMNS, csvLine, operationsLine } from './report-csv';
import { auditReport, reportRange, type CsvExport, type ReportCaller } from './reports.service';

/**
 * The monthly operations CSV: one line per month × location × service of the clinic, zeros
 * included, so the number of lines is known before the first query (months × locations ×
 * services) and the web can show a determinate progress bar. It is streamed a month at a time:
 * each month is one grouped query whose few rows become lines as the client reads them
 * (Readable.from waits for the socket), so memory holds one month's grid, whatever the range.
 */
export async function operationsCsv(
  deps: Deps,
  caller: ReportCaller,
  query: ReportQuery,
): Promise<CsvExport> {
  const { clinicId } = caller.principal;
  const window = await reportRange(deps, clinicId, query);
  const grid = await deps.db.transaction().execute(async (trx) => {
    const [locations, services] = await Promise.all([
      repo.locations(trx, clinicId),
      repo.services(trx, clinicId),
    ]);
    const months = window.months;
    await auditReport(trx, deps, caller, { action: 'export', report: 'operations', months, query });
    return { locations, services };
  });
  const { months } = window.months;
  return {
    filename: `operations-${window.months.from}-to-${window.months.to}.csv`,
    rows: months.length * grid.locations.length * grid.services.length,
    body: Readable.from(lines(deps.db, clinicId, window.timeZone, months, grid)),
  };
}

type Grid = {
  locations: { id: string; name: string }[];
  services: { id: string; name: string }[];
};

async function* lines(db: Db, clinicId: string, timeZone: string, months: string[], grid: Grid) {
  yield csvLine(OPERATIONS_COLUMNS);
  for (const [i, month] of months.entries()) {
    const untilDay = `${months[i + 1] ?? nextMonth(month)}-01`;
    const cells = await repo.monthCells(db, clinicId, { fromDay: `${month}-01`, untilDay, timeZone });
    const byKey = new Map(cells.map((c) => [`${c.location_id}/${c.service_id}`, c]));
    let chunk = '';
    for (const location of grid.locations)
      for (const service of grid.services) {
        const c = byKey.get(`${location.id}/${service.id}`);
        chunk += operationsLine({
          ...{ month, location: location.name, service: service.name },
          ...{ appointments: c?.appointments ?? 0, completed: c?.completed ?? 0 },
          ...{ noShows: c?.no_shows ?? 0, cancelled: c?.cancelled ?? 0 },
          ...{ signedSessions: c?.signed_sessions ?? 0, cartridges: c?.cartridges ?? 0 },
        });
      }
    if (chunk) yield chunk;
  }
}

const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};
