import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Moves focus to the returned element (the page's main region) when the route changes
 * inside one frame, so screen readers start reading the new page instead of staying on
 * the link that was followed.
 */
export function useRouteFocus<T extends HTMLElement>() {
  const target = useRef<T>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    target.current?.focus();
  }, [pathname]);

  return target;
}
