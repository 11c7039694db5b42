import { staffRoles, type Role, type StaffRole } from '@corium/contracts';

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  medical_director: 'Medical director',
  practitioner: 'Practitioner',
  front_desk: 'Front desk',
  patient: 'Patient',
};

export type Area = 'staff' | 'portal';

export const areaHome: Record<Area, string> = {
  staff: '/staff',
  portal: '/portal',
};

function isStaffRole(role: Role): role is StaffRole {
  return (staffRoles as readonly Role[]).includes(role);
}

export function areaFor(role: Role): Area {
  return isStaffRole(role) ? 'staff' : 'portal';
}

/** True when `path` is the area's home or a page inside it. */
export function isInArea(path: string, area: Area): boolean {
  const home = areaHome[area];
  return path === home || path.startsWith(`${home}/`);
}
