import { useCallback, type ReactNode } from 'react';
import type { Photo } from '@corium/contracts';
import { Text } from '@mantine/core';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import type { PhotoChannel } from './photos-api';

interface PhotoLibraryProps {
  channel: PhotoChannel;
  /** What to say when there is no photo yet. */
  empty: string;
  /** Renders the photos; `reload` fetches them again after a change (e.g. a removal). */
  children: (photos: Photo[], reload: () => void) => ReactNode;
}

/** Loads every photo of the patient once, with real loading, failure and empty states. */
export function PhotoLibrary({ channel, empty, children }: PhotoLibraryProps) {
  const load = useCallback(() => channel.list(), [channel]);
  const { resource, reload } = useResource(load);
  if (resource.status === 'loading') return <SectionLoader label="Loading the photos…" />;
  if (resource.status === 'failed') {
    return <LoadProblem title="The photos could not be loaded" error={resource.error} onRetry={reload} />;
  }
  if (resource.data.length === 0) return <Text size="lg">{empty}</Text>;
  return children(resource.data, reload);
}
