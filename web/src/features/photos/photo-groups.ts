import { photoViewLabels, photoViews, type Photo, type PhotoView, type ZoneId } from '@corium/contracts';
import { zoneWords } from '../screening/screening-words';

/** A view as compared across visits: the view, and for a close-up its zone. */
export interface ViewKey {
  view: PhotoView;
  zone: ZoneId | null;
}

export interface ViewGroup extends ViewKey {
  key: string;
  label: string;
  /** Oldest first: the first is the baseline. */
  photos: Photo[];
}

export function viewKey({ view, zone }: ViewKey): string {
  return zone === null ? view : `${view}:${zone}`;
}

/** E.g. "Left 45°" or "Close-up · Cheeks". */
export function viewLabel({ view, zone }: ViewKey): string {
  return zone === null ? photoViewLabels[view] : `${photoViewLabels[view]} · ${zoneWords[zone]}`;
}

const byTakenAt = (a: Photo, b: Photo) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id);

const viewOrder = (group: ViewKey) => photoViews.indexOf(group.view);
const zoneOrder = (group: ViewKey) => (group.zone === null ? -1 : Object.keys(zoneWords).indexOf(group.zone));

/**
 * The photos by view, in the standard order (front, 45°, 90°, then close-ups by zone as on the
 * face and body chart), each view's photos oldest first.
 */
export function groupByView(photos: readonly Photo[]): ViewGroup[] {
  const groups = new Map<string, ViewGroup>();
  for (const photo of photos) {
    const key = viewKey(photo);
    const group = groups.get(key) ?? {
      key,
      view: photo.view,
      zone: photo.zone,
      label: viewLabel(photo),
      photos: [],
    };
    group.photos.push(photo);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, photos: [...group.photos].sort(byTakenAt) }))
    .sort((a, b) => viewOrder(a) - viewOrder(b) || zoneOrder(a) - zoneOrder(b));
}

export interface PhotoPair {
  before: Photo;
  after: Photo;
}

/**
 * The pair a comparison opens with: the ones asked for when both are photos of this view, else
 * the baseline and the latest. Null when there are fewer than two photos to compare.
 */
export function comparisonPair(
  photos: readonly Photo[],
  wanted: { before?: string | null; after?: string | null } = {},
): PhotoPair | null {
  if (photos.length < 2) return null;
  const sorted = [...photos].sort(byTakenAt);
  const find = (id: string | null | undefined) => sorted.find((photo) => photo.id === id);
  const before = find(wanted.before) ?? sorted[0]!;
  const after = find(wanted.after) ?? sorted[sorted.length - 1]!;
  if (before.id !== after.id) return { before, after };
  // Both asked for the same photo: keep the one asked for "after" against the baseline, or the latest.
  const other = before.id === sorted[0]!.id ? sorted[sorted.length - 1]! : sorted[0]!;
  return before.id === sorted[0]!.id ? { before, after: other } : { before: other, after };
}

/** After a face view is saved, the next one in the standard order; close-ups stay where they are. */
export function nextView(view: PhotoView): PhotoView {
  if (view === 'close_up') return view;
  const next = photoViews[photoViews.indexOf(view) + 1];
  return next === undefined || next === 'close_up' ? view : next;
}
