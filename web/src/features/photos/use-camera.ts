import { useEffect, useState } from 'react';

export type Facing = 'user' | 'environment';

/** Why there is no live picture, each explained to the person in `CameraProblemNotice`. */
export type CameraProblem = 'unsupported' | 'denied' | 'no-camera' | 'busy' | 'failed';

export type CameraState =
  | { status: 'starting' }
  | { status: 'live'; stream: MediaStream; cameras: number }
  | { status: 'unavailable'; problem: CameraProblem };

interface Outcome {
  facing: Facing;
  state: CameraState;
}

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-camera';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'failed';
}

const stopTracks = (stream: MediaStream) => stream.getTracks().forEach((track) => track.stop());

/** Only a secure page (https or localhost) may ask for the camera; elsewhere the API is missing. */
const cameraSupported = () =>
  typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

async function countCameras(): Promise<number> {
  const devices = await navigator.mediaDevices.enumerateDevices().catch(() => []);
  return devices.filter((device) => device.kind === 'videoinput').length;
}

/**
 * The camera as a live stream while the screen is open. The camera is released (its light goes
 * off) when the screen closes or `enabled` turns false, e.g. while a taken photo is previewed.
 */
export function useCamera(facing: Facing, enabled: boolean): CameraState {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const supported = cameraSupported();

  useEffect(() => {
    if (!enabled || !supported) return;
    let wanted = true;
    let stream: MediaStream | null = null;
    navigator.mediaDevices
      .getUserMedia({
        audio: false,
        // 4:3 at up to 1920 px wide, the shape of most tablet and phone sensors.
        video: { facingMode: { ideal: facing }, width: { ideal: 1920 }, height: { ideal: 1440 } },
      })
      .then(async (granted) => {
        stream = granted;
        const cameras = await countCameras();
        if (wanted) setOutcome({ facing, state: { status: 'live', stream: granted, cameras } });
        else stopTracks(granted);
      })
      .catch((error: unknown) => {
        if (wanted) setOutcome({ facing, state: { status: 'unavailable', problem: problemOf(error) } });
      });
    return () => {
      wanted = false;
      if (stream) stopTracks(stream);
      setOutcome(null);
    };
  }, [facing, enabled, supported]);

  if (!supported) return { status: 'unavailable', problem: 'unsupported' };
  return outcome !== null && outcome.facing === facing ? outcome.state : { status: 'starting' };
}

/**
 * The frame on screen as a JPEG at the camera's full resolution, the right way round (the
 * preview of a front camera is mirrored only for the person looking at it).
 */
export function captureFrame(video: HTMLVideoElement): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (!context || canvas.width === 0) return Promise.reject(new Error('The camera has no picture yet.'));
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    // 0.92: no visible loss at skin detail; about a third of the size of 1.0.
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The photo could not be made.'))),
      'image/jpeg',
      0.92,
    );
  });
}
