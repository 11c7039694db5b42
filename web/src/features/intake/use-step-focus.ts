import { useEffect, useRef } from 'react';
import type { FocusRequest } from './use-intake';

/**
 * After a step change, focus goes to the new step's heading; after a refusal, to the first
 * answer that needs a change. A frame later, so the new step is on screen first.
 */
export function useStepFocus(request: FocusRequest | null) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (request === null) return;
    const frame = requestAnimationFrame(() => {
      const problem =
        request.target === 'problem'
          ? stepRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
          : undefined;
      (problem ?? headingRef.current)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [request]);
  return { headingRef, stepRef };
}
