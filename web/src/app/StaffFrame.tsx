import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { mainContentId } from '../ui/SkipLink';
import { useRouteFocus } from '../ui/use-route-focus';
import { PageOutlet } from './PageOutlet';
import { StaffHeader } from './StaffHeader';
import { StaffNav } from './StaffNav';

const navigationId = 'staff-navigation';
const white = { background: 'var(--mantine-color-white)' };

export function StaffFrame() {
  const [navOpen, nav] = useDisclosure(false);
  const mainRef = useRouteFocus<HTMLElement>();

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding={{ base: 'md', sm: 'lg' }}
      styles={{ header: white, navbar: white }}
    >
      <AppShell.Header>
        <StaffHeader navOpen={navOpen} onToggleNav={nav.toggle} navigationId={navigationId} />
      </AppShell.Header>
      <AppShell.Navbar id={navigationId} p="sm" aria-label="Staff sections">
        <StaffNav onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main id={mainContentId} tabIndex={-1} ref={mainRef}>
        <PageOutlet />
      </AppShell.Main>
    </AppShell>
  );
}
