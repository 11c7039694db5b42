import type { OutcomePhotoRef, OutcomeScaleId, OutcomeTimepoint, ProgressLine } from '@corium/contracts';

/**
 * The progress chart's data: one line per concern and scale, its points in date order, and at
 * each point every photo it was rated on beside the baseline of the same view (the earliest photo
 * of that view and zone), so "before" and "now" are always the same angle. Pure.
 */

export interface ProgressScore {
  id: string;
  scale: OutcomeScaleId;
  concern: string | null;
  timepoint: OutcomeTimepoint;
  score: number;
  rater: 'clinician' | 'patient';
  ratedOn: string;
  photoIds: string[];
  enteredInError: boolean;
}

export interface ProgressPhoto {
  id: string;
  view: string;
  zone: string | null;
  takenAt: Date;
}

type Urls = (photoId: string) => { thumbnailUrl: string; imageUrl: string };

const ref = (photo: ProgressPhoto, urls: Urls): OutcomePhotoRef => ({
  id: photo.id,
  takenAt: photo.takenAt.toISOString(),
  ...urls(photo.id),
});

function baselines(photos: ProgressPhoto[]): Map<string, ProgressPhoto> {
  const earliest = new Map<string, ProgressPhoto>();
  for (const photo of photos) {
    const key = `${photo.view}|${photo.zone ?? ''}`;
    const seen = earliest.get(key);
    if (!seen || photo.takenAt < seen.takenAt) earliest.set(key, photo);
  }
  return earliest;
}

export function progressLines(scores: ProgressScore[], photos: ProgressPhoto[], urls: Urls): ProgressLine[] {
  const byId = new Map(photos.map((p) => [p.id, p]));
  const first = baselines(photos);
  const lines = new Map<string, ProgressLine>();
  const live = scores.filter((s) => !s.enteredInError);
  live.sort((a, b) => (a.ratedOn < b.ratedOn ? -1 : a.ratedOn > b.ratedOn ? 1 : a.id < b.id ? -1 : 1));
  for (const score of live) {
    const key = `${score.concern ?? ''}|${score.scale}`;
    const line = lines.get(key) ?? { concern: score.concern, scale: score.scale, points: [] };
    lines.set(key, line);
    const rated = score.photoIds.map((id) => byId.get(id)).filter((p) => p !== undefined);
    line.points.push({
      scoreId: score.id,
      ratedOn: score.ratedOn,
      timepoint: score.timepoint,
      score: score.score,
      rater: score.rater,
      photoPairs: rated.map((current) => {
        const baseline = first.get(`${current.view}|${current.zone ?? ''}`) ?? current;
        return {
          view: current.view,
          zone: current.zone,
          baseline: ref(baseline, urls),
          current: ref(current, urls),
        };
      }),
    });
  }
  return [...lines.values()];
}
