import { NavLink, Stack } from '@mantine/core';
import {
  IconAddressBook,
  IconAlertTriangle,
  IconBellRinging,
  IconBuildingHospital,
  IconChartBar,
  IconCalendarWeek,
  IconChartLine,
  IconDatabaseExport,
  IconFileCertificate,
  IconHourglass,
  IconLayoutDashboard,
  IconListCheck,
  IconPackage,
  IconSettings,
  IconShieldLock,
  IconTimeline,
  IconUsersGroup,
  IconWebhook,
  type TablerIcon,
} from '@tabler/icons-react';
import { NavLink as RouterNavLink, useMatch } from 'react-router-dom';
import { may, type Permission } from '../features/auth/roles';
import { useCurrentUser } from '../features/auth/session';

interface Section {
  label: string;
  to: string;
  icon: TablerIcon;
  /** Today's address is a prefix of every other section's; it must match exactly. */
  exact: boolean;
  /** Shown only to roles with this permission; the server refuses the data to everyone else. */
  permission?: Permission;
}

// Only modules that exist are listed; each new module adds its own entry.
const sections: Section[] = [
  { label: 'Today', to: '/staff', icon: IconLayoutDashboard, exact: true },
  { label: 'Calendar', to: '/staff/calendar', icon: IconCalendarWeek, exact: false },
  {
    label: 'Waitlist',
    to: '/staff/waitlist',
    icon: IconHourglass,
    exact: false,
    permission: 'bookAppointments',
  },
  { label: 'Patients', to: '/staff/patients', icon: IconAddressBook, exact: false },
  { label: 'Alerts', to: '/staff/alerts', icon: IconBellRinging, exact: false, permission: 'readAftercare' },
  {
    label: 'Follow-ups due',
    to: '/staff/follow-ups',
    icon: IconChartLine,
    exact: false,
    permission: 'readFollowUps',
  },
  { label: 'Screening rules', to: '/staff/screening-rules', icon: IconListCheck, exact: false },
  { label: 'Consent templates', to: '/staff/consent-templates', icon: IconFileCertificate, exact: false },
  {
    label: 'Aftercare timeline',
    to: '/staff/aftercare-timeline',
    icon: IconTimeline,
    exact: false,
    permission: 'editAftercareTimeline',
  },
  {
    label: 'Clinic set-up',
    to: '/staff/clinic-setup',
    icon: IconBuildingHospital,
    exact: false,
    permission: 'manageHours',
  },
  { label: 'Inventory', to: '/staff/inventory', icon: IconPackage, exact: false, permission: 'readStock' },
  {
    label: 'Recalls',
    to: '/staff/recalls',
    icon: IconAlertTriangle,
    exact: false,
    permission: 'manageRecalls',
  },
  { label: 'Reports', to: '/staff/reports', icon: IconChartBar, exact: false, permission: 'readReports' },
  { label: 'Team', to: '/staff/users', icon: IconUsersGroup, exact: false, permission: 'manageTeam' },
  {
    label: 'Operations',
    to: '/staff/operations',
    icon: IconDatabaseExport,
    exact: false,
    permission: 'manageOperations',
  },
  { label: 'Webhooks', to: '/staff/webhooks', icon: IconWebhook, exact: false, permission: 'manageWebhooks' },
  {
    label: 'Privacy requests',
    to: '/staff/privacy',
    icon: IconShieldLock,
    exact: false,
    permission: 'managePrivacy',
  },
  { label: 'Settings', to: '/staff/settings', icon: IconSettings, exact: false },
];

interface StaffNavProps {
  onNavigate: () => void;
}

export function StaffNav({ onNavigate }: StaffNavProps) {
  const { role } = useCurrentUser().user;
  const visible = sections.filter((section) => !section.permission || may(role, section.permission));
  return (
    <Stack gap={4}>
      {visible.map((section) => (
        <StaffNavItem key={section.to} section={section} onNavigate={onNavigate} />
      ))}
    </Stack>
  );
}

function StaffNavItem({ section, onNavigate }: { section: Section; onNavigate: () => void }) {
  const active = useMatch({ path: section.to, end: section.exact }) !== null;
  const SectionIcon = section.icon;
  return (
    <NavLink
      component={RouterNavLink}
      to={section.to}
      end={section.exact}
      label={section.label}
      leftSection={<SectionIcon size={20} stroke={1.75} aria-hidden="true" />}
      active={active}
      variant="light"
      fw={active ? 600 : 500}
      onClick={onNavigate}
    />
  );
}
