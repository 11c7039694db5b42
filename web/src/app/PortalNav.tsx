import { Box, Container } from '@mantine/core';
import { useEffect, useRef } from 'react';
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
  { label: 'Your progress', to: '/portal/progress', exact: false },
];

/**
 * One row of tabs under the header that scrolls sideways when it is wider than the screen, as
 * phone apps do: with eleven sections, wrapped rows would push the page below the fold. Each tab
 * is a link, so the keyboard reaches every one and focus scrolls it into view.
 */
export function PortalNav() {
  return (
    <Box
      component="nav"
      aria-label="Your portal"
      bg="white"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Container size="lg" py={6}>
        <Box
          style={{
            display: 'flex',
            gap: 4,
            overflowX: 'auto',
            scrollSnapType: 'x proximity',
            scrollbarWidth: 'thin',
          }}
        >
          {sections.map((section) => (
            <PortalNavItem key={section.to} section={section} />
          ))}
        </Box>
      </Container>
    </Box>
  );
}

function PortalNavItem({ section }: { section: Section }) {
  const active = useMatch({ path: section.to, end: section.exact }) !== null;
  const link = useRef<HTMLAnchorElement>(null);
  // The current section stays in sight on a phone, where the row scrolls.
  useEffect(() => {
    if (active) link.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  return (
    <Box
      ref={link}
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
        flex: '0 0 auto',
        whiteSpace: 'nowrap',
        scrollSnapAlign: 'start',
        borderRadius: 'var(--mantine-radius-md)',
        boxShadow: active ? 'inset 0 -3px 0 var(--mantine-color-corium-7)' : undefined,
      }}
    >
      {section.label}
    </Box>
  );
}
