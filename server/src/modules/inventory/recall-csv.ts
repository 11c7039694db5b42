import type { AffectedSession } from '@corium/contracts';

const COLUMNS = [
  'patient',
  'date_of_birth',
  'email',
  'phone',
  'session_date',
  'session_started_at',
  'practitioner',
  'chart_signed',
  'session_id',
  'patient_id',
];

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or return before one) as a formula;
 * such cells get a leading ' so that a name like "=HYPERLINK(…)" stays text (OWASP CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV of a recall's affected sessions, one line per session. */
export function affectedCsv(sessions: readonly AffectedSession[]): string {
  const lines = sessions.map((s) =>
    [
      s.patient.name,
      s.patient.dateOfBirth,
      s.patient.email ?? '',
      s.patient.phone ?? '',
      s.sessionDate,
      s.startedAt,
      s.practitioner.name,
      s.signed ? 'yes' : 'no',
      s.sessionId,
      s.patient.id,
    ]
      .map(csvCell)
      .join(','),
  );
  return [COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
