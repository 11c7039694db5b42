import { useCallback, useEffect, useRef, useState } from 'react';
import type { Photo, PhotoUploadQuery } from '@corium/contracts';
import type { PhotoChannel } from './photos-api';

export type UploadState =
  | { status: 'idle' }
  /** `share` 0–1, or null while the browser cannot tell how much has gone. */
  | { status: 'uploading'; share: number | null }
  | { status: 'failed'; error: unknown };

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * One upload at a time, with its progress. Leaving the screen stops an upload under way; the
 * server keeps nothing of a request that did not finish.
 */
export function usePhotoUpload(channel: PhotoChannel) {
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const upload = useCallback(
    async (image: Blob, query: PhotoUploadQuery): Promise<Photo | null> => {
      const controller = new AbortController();
      running.current = controller;
      setState({ status: 'uploading', share: 0 });
      try {
        const photo = await channel.upload(
          image,
          query,
          (share) => setState({ status: 'uploading', share }),
          controller.signal,
        );
        setState({ status: 'idle' });
        return photo;
      } catch (error) {
        if (!isAbort(error)) setState({ status: 'failed', error });
        return null;
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [channel],
  );

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, upload, reset };
}
