import { useCallback, useEffect, useState } from 'react';
import type { Photo } from '@corium/contracts';
import { useResource } from '../../ui/use-resource';
import type { GhostSettings } from './GhostControls';
import { nextView } from './photo-groups';
import type { PhotoChannel } from './photos-api';
import type { Shot } from './ShotReview';
import type { Facing } from './use-camera';
import { usePhotoUpload } from './use-photo-upload';
import type { ViewChoice } from './ViewPicker';

/** 40 %: the live face stays clearly the stronger picture, the baseline's outline still shows. */
const initialGhost: GhostSettings = { showGhost: true, opacity: 40, showGuides: true };

/** The state of the capture screen: the view, the baseline's ghost, the photo taken and its upload. */
export function useCapture(channel: PhotoChannel, initialFacing: Facing) {
  const [choice, setChoice] = useState<ViewChoice>({ view: 'front', zone: null });
  const [facing, setFacing] = useState(initialFacing);
  const [settings, setSettings] = useState(initialGhost);
  const [shot, setShot] = useState<Shot | null>(null);
  const [saved, setSaved] = useState<Photo | null>(null);
  const { view, zone } = choice;
  const loadBaseline = useCallback(() => channel.baseline(view, zone), [channel, view, zone]);
  const { resource: baseline, reload: reloadBaseline } = useResource(loadBaseline);
  const { state: upload, upload: send, reset } = usePhotoUpload(channel);

  // A taken photo's object URL is given back as soon as it is saved or dropped.
  useEffect(() => (shot ? () => URL.revokeObjectURL(shot.url) : undefined), [shot]);

  async function save(takenAt: string | undefined) {
    if (!shot) return;
    const photo = await send(shot.blob, { view, zone: zone ?? undefined, takenAt });
    if (!photo) return;
    setSaved(photo);
    setShot(null);
    setChoice({ view: nextView(view), zone });
    // The first photo of a view has just become its baseline.
    reloadBaseline();
  }

  return {
    choice,
    chooseView: (next: ViewChoice) => {
      setChoice(next);
      setSaved(null);
    },
    facing,
    setFacing,
    settings,
    setSettings,
    shot,
    takeShot: (next: Shot) => {
      setSaved(null);
      setShot(next);
    },
    discardShot: () => {
      reset();
      setShot(null);
    },
    saved,
    baseline,
    reloadBaseline,
    upload,
    save: (takenAt: string | undefined) => void save(takenAt),
  };
}
