import { useCallback, useState } from 'react';
import { useDebouncedCallback } from '@mantine/hooks';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../lib/api';
import { useResource } from '../../ui/use-resource';

export const patientsPerPage = 25;

// Long enough to wait for the next keystroke, short enough to feel immediate.
const typingPauseMs = 300;

function pageFrom(text: string | null): number {
  const page = Number(text);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/**
 * The search lives in the address (`?q=…&page=…`), so going back from a patient returns to
 * the same results. Typing replaces the address entry; turning a page adds one.
 */
export function usePatientSearch() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const searchText = query.trim();
  const page = pageFrom(params.get('page'));
  // What was typed but is not in the address yet; otherwise the box shows the address, which
  // also empties it when the "Patients" link is followed from a search.
  const [pending, setPending] = useState<string | null>(null);

  const search = useDebouncedCallback((text: string) => {
    setParams(text === '' ? {} : { q: text }, { replace: true });
    setPending(null);
  }, typingPauseMs);

  const type = (text: string) => {
    setPending(text);
    search(text);
  };

  const goToPage = (next: number) => setParams({ ...(query && { q: query }), page: String(next) });

  const load = useCallback(
    () => api.patients({ q: searchText, limit: patientsPerPage, offset: (page - 1) * patientsPerPage }),
    [searchText, page],
  );
  const { resource, refreshing, reload } = useResource(load, { keepWhileLoading: true });

  return { typed: pending ?? query, type, query: searchText, page, goToPage, resource, refreshing, reload };
}
