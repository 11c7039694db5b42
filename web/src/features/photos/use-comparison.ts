import { useState } from 'react';
import type { Photo } from '@corium/contracts';
import { useSearchParams } from 'react-router-dom';
import { comparisonModes, type ComparisonMode } from './ComparisonStage';
import { comparisonPair, groupByView, type PhotoPair, type ViewGroup } from './photo-groups';
import { unzoomed, type ZoomState } from './zoom';

export interface Comparison {
  /** Views with at least two photos: the only ones that can be compared. */
  groups: ViewGroup[];
  group: ViewGroup | null;
  pair: PhotoPair | null;
  mode: ComparisonMode;
  wipe: number;
  overlay: number;
  zoom: ZoomState;
  chooseGroup: (key: string) => void;
  choose: (side: 'before' | 'after', photoId: string) => void;
  setMode: (mode: ComparisonMode) => void;
  setWipe: (wipe: number) => void;
  setOverlay: (overlay: number) => void;
  setZoom: (zoom: ZoomState) => void;
}

const isMode = (value: string | null): value is ComparisonMode =>
  (comparisonModes as readonly string[]).includes(value ?? '');

/**
 * What is compared lives in the address (`?view=front&before=…&after=…&mode=slider`), so a
 * comparison can be reopened or bookmarked; how it is looked at (divider, zoom) does not.
 */
export function useComparison(photos: readonly Photo[]): Comparison {
  const [params, setParams] = useSearchParams();
  const [wipe, setWipe] = useState(50);
  const [overlay, setOverlay] = useState(50);
  const [zoom, setZoom] = useState<ZoomState>(unzoomed);
  const groups = groupByView(photos).filter((group) => group.photos.length >= 2);
  const group = groups.find((g) => g.key === params.get('view')) ?? groups[0] ?? null;
  const pair = group
    ? comparisonPair(group.photos, { before: params.get('before'), after: params.get('after') })
    : null;
  const mode = isMode(params.get('mode')) ? (params.get('mode') as ComparisonMode) : 'side';

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  return {
    groups,
    group,
    pair,
    mode,
    wipe,
    overlay,
    zoom,
    chooseGroup: (key) => {
      setZoom(unzoomed);
      update({ view: key, before: null, after: null });
    },
    choose: (side, photoId) =>
      update({
        view: group?.key ?? null,
        before: pair?.before.id ?? null,
        after: pair?.after.id ?? null,
        [side]: photoId,
      }),
    setMode: (next) => update({ mode: next }),
    setWipe,
    setOverlay,
    setZoom,
  };
}
