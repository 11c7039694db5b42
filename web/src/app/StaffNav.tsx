import { NavLink, Stack } from '@mantine/core';
import { IconLayoutDashboard, IconSettings, type TablerIcon } from '@tabler/icons-react';
import { NavLink as RouterNavLink, useMatch } from 'react-router-dom';

interface Section {
  label: string;
  to: string;
  icon: TablerIcon;
  /** Today's address is a prefix of every other section's; it must match exactly. */
  exact: boolean;
}

// Only modules that exist are listed; each new module adds its own entry.
const sections: Section[] = [
  { label: 'Today', to: '/staff', icon: IconLayoutDashboard, exact: true },
  { label: 'Settings', to: '/staff/settings', icon: IconSettings, exact: false },
];

interface StaffNavProps {
  onNavigate: () => void;
}

export function StaffNav({ onNavigate }: StaffNavProps) {
  return (
    <Stack gap={4}>
      {sections.map((section) => (
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
