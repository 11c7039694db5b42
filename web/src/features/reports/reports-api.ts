import { clinicReport, REPORT_ROWS_HEADER, type ClinicReport, type ReportQuery } from '@corium/contracts';
import { request, withQuery } from '../../lib/api';
import { errorFrom } from '../../lib/api-error';

/** The clinic's reports: administrators and the medical director. */
export const reportsApi = {
  clinic: (query: ReportQuery): Promise<ClinicReport> =>
    request('GET', withQuery('/api/reports/clinic', { ...query }), clinicReport),
};

export type ReportCsv = 'outcomes' | 'operations';

export const reportCsvUrl = (kind: ReportCsv, query: ReportQuery): string =>
  withQuery(`/api/reports/${kind}.csv`, { ...query });

/** Lines seen so far of the rows the server announced (the header line not counted). */
export interface CsvProgress {
  rows: number;
  of: number | null;
}

/**
 * Downloads a report CSV while counting its lines against the row count the server sends
 * before the first row (`x-report-rows`), so a long export shows how far it has come. The file
 * is saved only once complete; a short file (the connection dropped) is an error, not a file.
 */
export async function fetchReportCsv(
  url: string,
  onProgress: (progress: CsvProgress) => void,
): Promise<{ fileName: string; blob: Blob }> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok || !response.body) throw await errorFrom(response);
  const announced = response.headers.get(REPORT_ROWS_HEADER);
  const of = announced === null ? null : Number(announced);
  const parts: Uint8Array[] = [];
  let lines = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    for (const byte of value) if (byte === 10) lines += 1;
    onProgress({ rows: Math.max(0, lines - 1), of });
  }
  if (of !== null && lines - 1 < of)
    throw new Error('The download stopped before the end. Please try again.');
  const fileName =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'report.csv';
  return { fileName, blob: new Blob(parts as BlobPart[], { type: 'text/csv;charset=utf-8' }) };
}
