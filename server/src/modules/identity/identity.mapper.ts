import type { CurrentUser, Role } from '@corium/contracts';
import type { Principal } from '../../platform/auth/policy';

export interface SessionRow {
  user_id: string;
  clinic_id: string;
  email: string;
  display_name: string;
  role: Role;
  clinic_name: string;
  clinic_time_zone: string;
}

export const toPrincipal = (row: SessionRow): Principal => ({
  userId: row.user_id,
  clinicId: row.clinic_id,
  role: row.role,
  email: row.email,
  displayName: row.display_name,
});

export const toCurrentUser = (row: SessionRow): CurrentUser => ({
  user: { id: row.user_id, email: row.email, displayName: row.display_name, role: row.role },
  clinic: { id: row.clinic_id, name: row.clinic_name, timeZone: row.clinic_time_zone },
});
