import {
  erasureRules,
  type BreakGlassAccess,
  type ErasureLine,
  type ErasureRequest,
  type PatientExport,
} from '@corium/contracts';
import type { ExportRow } from './export.repo';

const iso = (at: Date | null): string | null => (at ? at.toISOString() : null);
const nameOf = (row: { given_name: string; family_name: string }) => `${row.given_name} ${row.family_name}`;

/** Downloadable only by its requester, while ready and before it expires. */
export function toPatientExport(row: ExportRow, viewerId: string, now: Date): PatientExport {
  const downloadable =
    row.requested_by === viewerId &&
    row.status === 'ready' &&
    row.expires_at !== null &&
    row.expires_at > now;
  return {
    id: row.id,
    patientId: row.patient_id,
    patientName: nameOf(row),
    requestedVia: row.requested_via,
    status: row.status,
    requestedAt: row.requested_at.toISOString(),
    readyAt: iso(row.ready_at),
    expiresAt: iso(row.expires_at),
    sizeBytes: row.size_bytes,
    downloadable,
    downloadUrl: downloadable ? `/api/privacy/exports/${row.id}/archive` : null,
  };
}

export interface ErasureRow {
  id: string;
  patient_id: string;
  given_name: string;
  family_name: string;
  requested_via: 'portal' | 'staff';
  requested_at: Date;
  reason: string;
  status: 'requested' | 'carried_out' | 'declined';
  decided_at: Date | null;
  decided_by_name: string | null;
  decision_note: string | null;
  outcome: unknown;
  retention_version: string | null;
}

export function toErasureRequest(row: ErasureRow, plan: ErasureLine[]): ErasureRequest {
  const lines =
    row.status === 'carried_out' ? (row.outcome as ErasureLine[]) : row.status === 'declined' ? [] : plan;
  return {
    id: row.id,
    patientId: row.patient_id,
    patientName: nameOf(row),
    requestedVia: row.requested_via,
    requestedAt: row.requested_at.toISOString(),
    reason: row.reason,
    status: row.status,
    decidedAt: iso(row.decided_at),
    decidedBy: row.decided_by_name,
    decisionNote: row.decision_note,
    lines,
    retentionVersion: row.retention_version ?? erasureRules.version,
  };
}

export interface BreakGlassRow {
  id: string;
  patient_id: string;
  given_name: string;
  family_name: string;
  user_name: string;
  role: string;
  reason: string;
  restricted: boolean;
  opened_at: Date;
  expires_at: Date;
  reviewed_at: Date | null;
  reviewed_by_name: string | null;
  review_note: string | null;
}

export const toBreakGlassAccess = (row: BreakGlassRow): BreakGlassAccess => ({
  id: row.id,
  patientId: row.patient_id,
  patientName: nameOf(row),
  userName: row.user_name,
  role: row.role,
  reason: row.reason,
  restricted: row.restricted,
  openedAt: row.opened_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
  reviewedAt: iso(row.reviewed_at),
  reviewedBy: row.reviewed_by_name,
  reviewNote: row.review_note,
});
