import { Box, Container, SimpleGrid } from '@mantine/core';
import { NavLink as RouterNavLink, useMatch } from 'react-router-dom';

interface Section {
  label: string;
  to: string;
  /** Home's address is a prefix of the others; it must match exactly. */
  exact: boolean;
}

const sections: Section[] = [
  { label: 'Home', to: '/portal', exact: true },
  { label: 'Appointments', to: '/portal/appointments', exact: false },
  { label: 'Health questionnaire', to: '/portal/intake', exact: false },
  { label: 'Consents', to: '/portal/consents', exact: false },
  { label: 'My record', to: '/portal/record', exact: false },
  { label: 'My photos', to: '/portal/photos', exact: false },
  { label: 'Who has seen my record', to: '/portal/access-log', exact: false },
  { label: 'Your data', to: '/portal/data', exact: false },
  { label: 'Messages', to: '/portal/messages', exact: false },
  { label: 'Your treatments', to: '/portal/treatments', exact: false },
  { label: 'Your recovery', to: '/portal/recovery', exact: false },
];

/** Equal tabs under the header: two rows of three (or fewer) on a phone, one row from a small tablet up. */
export function PortalNav() {
  return (
    <Box
      component="nav"
      aria-label="Your portal"
      bg="white"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Container size="sm" py={6}>
        <SimpleGrid cols={{ base: 3, sm: sections.length }} spacing={4}>
          {sections.map((section) => (
            <PortalNavItem key={section.to} section={section} />
          ))}
        </SimpleGrid>
      </Container>
    </Box>
  );
}

function PortalNavItem({ section }: { section: Section }) {
  const active = useMatch({ path: section.to, end: section.exact }) !== null;
  return (
    <Box
      component={RouterNavLink}
      to={section.to}
      end={section.exact}
      className="mantine-focus-auto"
      mih={44}
      px="xs"
      py={4}
      fz="sm"
      fw={active ? 700 : 500}
      c="corium.9"
      bg={active ? 'corium.0' : undefined}
      td="none"
      lh={1.25}
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        textAlign: 'center',
        borderRadius: 'var(--mantine-radius-md)',
        boxShadow: active ? 'inset 0 -3px 0 var(--mantine-color-corium-7)' : undefined,
      }}
    >
      {section.label}
    </Box>
  );
}
