import { useCallback } from 'react';
import type { Photo } from '@corium/contracts';
import { Alert, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { LiveCamera } from './LiveCamera';
import { photoDate } from './photo-dates';
import { viewLabel } from './photo-groups';
import { consistencyTip, poseInstruction, type Photographer } from './photo-words';
import type { PhotoChannel } from './photos-api';
import { ShotReview } from './ShotReview';
import type { Facing } from './use-camera';
import { useCapture } from './use-capture';
import { ViewPicker } from './ViewPicker';

interface CaptureScreenProps {
  channel: PhotoChannel;
  photographer: Photographer;
  /**
   * Which camera to start with: the clinic's tablet films the patient with its back camera; a
   * patient at home usually holds the phone facing themselves.
   */
  facing: Facing;
}

/**
 * Taking the standard photos: pick the view, line the face up with the baseline's ghost and the
 * guides, take, look, save. Works the same for staff and for the patient at home.
 */
export function CaptureScreen({ channel, photographer, facing }: CaptureScreenProps) {
  const { timeZone } = useCurrentUser().clinic;
  const capture = useCapture(channel, facing);
  const { choice, baseline, shot, saved } = capture;
  const ghost = baseline.status === 'ready' ? baseline.data : null;

  return (
    <Stack gap="lg">
      {saved && <SavedNotice photo={saved} timeZone={timeZone} />}
      <ViewPicker choice={choice} onChange={capture.chooseView} />
      <Stack gap={4}>
        <Text fw={600}>{poseInstruction(choice.view, photographer)}</Text>
        <Text size="sm" c="dimmed">
          {consistencyTip}
        </Text>
      </Stack>
      {baseline.status === 'failed' && (
        <LoadProblem
          title="The baseline photo could not be loaded"
          error={baseline.error}
          onRetry={capture.reloadBaseline}
        />
      )}
      {shot ? (
        <ShotReview
          shot={shot}
          viewLabel={viewLabel(choice)}
          upload={capture.upload}
          onSave={capture.save}
          onDiscard={capture.discardShot}
        />
      ) : (
        <LiveCamera
          view={choice.view}
          baseline={ghost ? { url: ghost.urls.full, taken: photoDate(ghost.takenAt, timeZone) } : null}
          settings={capture.settings}
          onSettings={capture.setSettings}
          facing={capture.facing}
          onFacing={capture.setFacing}
          onShot={capture.takeShot}
        />
      )}
    </Stack>
  );
}

/** Saving removes the button that had focus; focus moves here, so a keyboard user is not lost. */
function SavedNotice({ photo, timeZone }: { photo: Photo; timeZone: string }) {
  const focus = useCallback((node: HTMLDivElement | null) => node?.focus(), []);
  return (
    <Alert
      ref={focus}
      tabIndex={-1}
      color="green"
      icon={<IconCircleCheck aria-hidden="true" />}
      title="Photo saved"
      role="status"
    >
      The {viewLabel(photo)} photo of {photoDate(photo.takenAt, timeZone)} is saved. Choose the next view, or
      take the next photo.
    </Alert>
  );
}
