import { useRef, useState } from 'react';
import type { PhotoView } from '@corium/contracts';
import { Button, Grid, Stack } from '@mantine/core';
import { IconCamera, IconSwitchHorizontal } from '@tabler/icons-react';
import { FormProblem } from '../../ui/FormProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { CameraProblemNotice } from './CameraProblemNotice';
import { CameraStage } from './CameraStage';
import { FilePickButton } from './FilePickButton';
import { GhostControls, type GhostSettings } from './GhostControls';
import type { Shot } from './ShotReview';
import { captureFrame, useCamera, type CameraState, type Facing } from './use-camera';

interface LiveCameraProps {
  view: PhotoView;
  /** The baseline of this view, if there is one. */
  baseline: { url: string; taken: string } | null;
  settings: GhostSettings;
  onSettings: (settings: GhostSettings) => void;
  facing: Facing;
  onFacing: (facing: Facing) => void;
  onShot: (shot: Shot) => void;
}

interface CameraControlsProps extends Pick<
  LiveCameraProps,
  'baseline' | 'settings' | 'onSettings' | 'onShot'
> {
  camera: CameraState;
  onTake: () => void;
  onSwitch: () => void;
  problem: string | null;
}

function CameraControls({
  camera,
  baseline,
  settings,
  onSettings,
  onShot,
  onTake,
  onSwitch,
  problem,
}: CameraControlsProps) {
  const live = camera.status === 'live';
  return (
    <Stack gap="md">
      {live && (
        <Button size="xl" leftSection={<IconCamera size={24} aria-hidden="true" />} onClick={onTake}>
          Take the photo
        </Button>
      )}
      <FormProblem message={problem} />
      {live && camera.cameras > 1 && (
        <Button
          size="lg"
          variant="default"
          leftSection={<IconSwitchHorizontal size={20} aria-hidden="true" />}
          onClick={onSwitch}
        >
          Switch camera
        </Button>
      )}
      {live && (
        <GhostControls settings={settings} onChange={onSettings} baselineTaken={baseline?.taken ?? null} />
      )}
      <FilePickButton onPick={onShot} prominent={!live} />
    </Stack>
  );
}

/** The camera is on only while this is on screen; it is released the moment it closes. */
export function LiveCamera(props: LiveCameraProps) {
  const { view, baseline, settings, facing, onFacing, onShot } = props;
  const camera = useCamera(facing, true);
  const videoRef = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function take() {
    const video = videoRef.current;
    if (!video) return;
    try {
      const blob = await captureFrame(video);
      onShot({ blob, url: URL.createObjectURL(blob), origin: 'camera' });
    } catch {
      setProblem('The photo could not be taken. Wait until the camera shows a picture and try again.');
    }
  }

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 8 }}>
        {camera.status === 'starting' && <SectionLoader label="Starting the camera…" />}
        {camera.status === 'unavailable' && <CameraProblemNotice problem={camera.problem} />}
        {camera.status === 'live' && (
          <CameraStage
            stream={camera.stream}
            videoRef={videoRef}
            view={view}
            mirrored={facing === 'user'}
            ghost={baseline && settings.showGhost ? { url: baseline.url, opacity: settings.opacity } : null}
            showGuides={settings.showGuides}
          />
        )}
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <CameraControls
          {...props}
          camera={camera}
          problem={problem}
          onTake={() => void take()}
          onSwitch={() => onFacing(facing === 'user' ? 'environment' : 'user')}
        />
      </Grid.Col>
    </Grid>
  );
}
