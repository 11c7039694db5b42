import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { SectionLoader } from '../ui/SectionLoader';

/**
 * A frame's page, whose file may still be arriving (lazy-page.ts): the frame stays and a loader
 * holds the page's place. Moving between pages keeps the current one until the next is ready,
 * because the router changes routes inside a React transition.
 */
export function PageOutlet() {
  return (
    <Suspense fallback={<SectionLoader label="Opening the page…" />}>
      <Outlet />
    </Suspense>
  );
}
