import { useEffect, useState, type RefObject } from 'react';
import type { PhotoView } from '@corium/contracts';
import { Box } from '@mantine/core';
import { FramingGuidesOverlay } from './FramingGuidesOverlay';

export interface Ghost {
  url: string;
  /** 0–100 %. */
  opacity: number;
}

interface CameraStageProps {
  stream: MediaStream;
  videoRef: RefObject<HTMLVideoElement | null>;
  view: PhotoView;
  /** A front camera's preview is shown as a mirror, which is what people expect of a selfie. */
  mirrored: boolean;
  ghost: Ghost | null;
  showGuides: boolean;
}

const layer = {
  position: 'absolute',
  inset: 0,
  width: '100%',
  height: '100%',
  objectFit: 'contain',
} as const;

/**
 * The live picture with the baseline photo faded over it and the framing guides on top. The
 * ghost and guides are mirrored with the preview, so lining the face up with them still lines up
 * the (unmirrored) photo that is taken.
 */
export function CameraStage({ stream, videoRef, view, mirrored, ghost, showGuides }: CameraStageProps) {
  const [aspect, setAspect] = useState(4 / 3);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    video.srcObject = stream;
    return () => {
      video.srcObject = null;
    };
  }, [stream, videoRef]);

  return (
    <Box
      pos="relative"
      w="100%"
      bg="dark.9"
      data-testid="camera-stage"
      style={{
        aspectRatio: aspect,
        maxWidth: `calc(70vh * ${aspect})`,
        marginInline: 'auto',
        overflow: 'hidden',
        borderRadius: 'var(--mantine-radius-md)',
        transform: mirrored ? 'scaleX(-1)' : undefined,
      }}
    >
      <video
        ref={videoRef}
        autoPlay
        playsInline
        muted
        aria-label="Live camera picture"
        onLoadedMetadata={(event) => {
          const { videoWidth, videoHeight } = event.currentTarget;
          if (videoWidth > 0 && videoHeight > 0) setAspect(videoWidth / videoHeight);
        }}
        style={layer}
      />
      {ghost && (
        <img
          src={ghost.url}
          alt=""
          data-testid="ghost-overlay"
          style={{ ...layer, opacity: ghost.opacity / 100, pointerEvents: 'none' }}
        />
      )}
      {showGuides && <FramingGuidesOverlay view={view} aspect={aspect} />}
    </Box>
  );
}
