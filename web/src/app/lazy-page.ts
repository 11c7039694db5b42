import { lazy, type ComponentType } from 'react';

/**
 * A page whose code is fetched the first time it is opened, so a patient on the portal never
 * downloads the staff app (and the reverse). The module exports the page by name;
 * React.lazy wants a default export, which this supplies. The frame's Suspense boundary shows
 * a loader while the file arrives, e.g. `lazyPage(() => import('./CalendarPage'), 'CalendarPage')`.
 */
export function lazyPage<Name extends string, Module extends Record<Name, ComponentType>>(
  load: () => Promise<Module>,
  name: Name,
): ComponentType {
  return lazy<ComponentType>(async () => ({ default: (await load())[name] }));
}
