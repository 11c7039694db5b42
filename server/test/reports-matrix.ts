import type { MatrixRow } from './authorization-matrix';

/**
 * The clinic's reports in the authorization matrix: administrators and the medical director
 * only. Without a range they cover the last twelve months, so no query string is needed.
 */
const reportReaders = { admin: true, medical_director: true } as const;

export const reportsMatrix: MatrixRow[] = [
  { route: 'GET /api/reports/clinic', allow: { ...reportReaders } },
  { route: 'GET /api/reports/outcomes.csv', allow: { ...reportReaders } },
  { route: 'GET /api/reports/operations.csv', allow: { ...reportReaders } },
];
