import type { CurrentUser, Role, SessionState, StaffUser } from '@corium/contracts';
import type { Selectable } from 'kysely';
import type { Principal, SessionAuth } from '../../platform/auth/policy';
import type { AppUserTable } from '../../platform/db/schema';

export interface SessionRow {
  user_id: string;
  clinic_id: string;
  email: string;
  display_name: string;
  role: Role;
  is_prescriber: boolean;
  clinic_name: string;
  clinic_time_zone: string;
}

export const toPrincipal = (
  row: Omit<SessionRow, 'clinic_name' | 'clinic_time_zone'>,
  tokenId: string | null = null,
): Principal => ({
  userId: row.user_id,
  clinicId: row.clinic_id,
  role: row.role,
  email: row.email,
  displayName: row.display_name,
  isPrescriber: row.is_prescriber,
  tokenId,
});

export const toCurrentUser = (row: SessionRow): CurrentUser => ({
  user: {
    id: row.user_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    isPrescriber: row.is_prescriber,
  },
  clinic: { id: row.clinic_id, name: row.clinic_name, timeZone: row.clinic_time_zone },
});

export function toSessionState(session: SessionAuth | null, row?: SessionRow): SessionState {
  if (!session) return { state: 'signed_out' };
  if (session.stage === 'totp') return { state: 'totp_required', csrfToken: session.csrfToken };
  if (session.stage === 'totp_enrolment')
    return { state: 'totp_enrolment_required', csrfToken: session.csrfToken };
  if (!row) throw new Error('a full session needs its user row');
  return { state: 'signed_in', csrfToken: session.csrfToken, current: toCurrentUser(row) };
}

export const toStaffUser = (row: Selectable<AppUserTable> & { invited: boolean | number }): StaffUser => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  role: row.role as StaffUser['role'],
  isPrescriber: row.is_prescriber,
  status: row.disabled_at ? 'disabled' : row.invited ? 'invited' : 'active',
  totpEnrolled: row.totp_enrolled_at !== null,
});
