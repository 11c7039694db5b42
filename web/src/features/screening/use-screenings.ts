import { useCallback, useState } from 'react';
import type { PatientScreening } from '@corium/contracts';
import { useResource, type Resource } from '../../ui/use-resource';
import { screeningApi } from './screening-api';

const newestFirst = (a: PatientScreening, b: PatientScreening): number =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt);

/** Screenings this page wrote or changed replace the loaded copies of the same ones. */
function merged(written: PatientScreening[], loaded: PatientScreening[]): PatientScreening[] {
  const ids = new Set(written.map((screening) => screening.id));
  return [...written, ...loaded.filter((screening) => !ids.has(screening.id))].sort(newestFirst);
}

interface Screenings {
  resource: Resource<PatientScreening[]>;
  reload: () => void;
  /** Newest first, including what this page has written since loading. */
  screenings: PatientScreening[];
  /** Takes a screening the server answered with, after screening or signing an override. */
  keep: (screening: PatientScreening) => void;
}

/**
 * A patient's screenings. Writes answer with the whole screening, so the list is updated from
 * those answers rather than loaded again: each loading is a look at the record, and is logged.
 */
export function useScreenings(patientId: string): Screenings {
  const load = useCallback(() => screeningApi.list(patientId), [patientId]);
  const { resource, reload } = useResource(load);
  const [written, setWritten] = useState<PatientScreening[]>([]);
  const keep = useCallback((screening: PatientScreening) => {
    setWritten((list) => [screening, ...list.filter((item) => item.id !== screening.id)]);
  }, []);
  const loaded = resource.status === 'ready' ? resource.data : [];
  return { resource, reload, screenings: merged(written, loaded), keep };
}
