import { useCallback, useState } from 'react';
import type { PatientConsents, PhotoScopeState, SignedConsent } from '@corium/contracts';
import { useResource, type Resource } from '../../ui/use-resource';
import type { ConsentChannel } from './consent-api';

interface Written {
  /** The loaded answer the change was made on; a newer load replaces the change. */
  base: PatientConsents;
  value: PatientConsents;
}

/**
 * A patient's consents. Answers to writes that carry the new state (photo uses, a
 * countersignature, a request) are kept without loading again: every load is a look at the
 * record, and is logged. A signature or withdrawal changes statuses only the server computes,
 * so those load again.
 */
export function usePatientConsents(channel: ConsentChannel) {
  const load = useCallback(() => channel.load(), [channel]);
  const { resource, reload } = useResource(load);
  const [written, setWritten] = useState<Written | null>(null);
  const loaded = resource.status === 'ready' ? resource.data : null;
  const consents = written && written.base === loaded ? written.value : loaded;

  const keep = (change: (current: PatientConsents) => PatientConsents) => {
    if (loaded && consents) setWritten({ base: loaded, value: change(consents) });
  };
  const keepScopes = (photoScopes: PhotoScopeState[]) => keep((current) => ({ ...current, photoScopes }));
  const keepConsent = (consent: SignedConsent) =>
    keep((current) => ({
      ...current,
      consents: current.consents.map((c) => (c.id === consent.id ? consent : c)),
    }));
  const keepAll = (next: PatientConsents) => keep(() => next);
  return {
    resource: resource as Resource<PatientConsents>,
    consents,
    reload,
    keepScopes,
    keepConsent,
    keepAll,
  };
}
