import { useEffect } from 'react';

/** Sets the browser tab's title, e.g. "Set up your clinic · Corium". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Corium`;
  }, [title]);
}
