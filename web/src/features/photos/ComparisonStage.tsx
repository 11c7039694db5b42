import type { Photo } from '@corium/contracts';
import { Badge, Box, SimpleGrid, Stack, Text } from '@mantine/core';
import classes from './photos.module.css';
import { WipeHandle } from './WipeHandle';
import { clampPercent, wipeClipPath } from './wipe-slider';
import type { ZoomState } from './zoom';
import { PhotoLayer, ZoomFrame } from './ZoomFrame';

export const comparisonModes = ['side', 'slider', 'overlay'] as const;
export type ComparisonMode = (typeof comparisonModes)[number];

export const comparisonModeLabels: Record<ComparisonMode, string> = {
  side: 'Side by side',
  slider: 'Slider',
  overlay: 'Overlay',
};

export interface ComparedPhoto {
  photo: Photo;
  /** E.g. "Before · 3 Mar 2025". */
  label: string;
}

interface ComparisonStageProps {
  mode: ComparisonMode;
  before: ComparedPhoto;
  after: ComparedPhoto;
  /** Slider: 0–100 % of the width shows "before". */
  wipe: number;
  onWipe: (wipe: number) => void;
  /** Overlay: 0–100 % strength of "before" over "after". */
  overlay: number;
  zoom: ZoomState;
  onZoom: (zoom: ZoomState) => void;
}

const aspectOf = (photo: Photo) => photo.width / photo.height;

function Corner({ side, children }: { side: 'left' | 'right'; children: string }) {
  return (
    <Badge size="lg" color="dark" variant="filled" className={classes.corner} style={{ [side]: 8 }}>
      {children}
    </Badge>
  );
}

function SideBySide({ before, after, zoom, onZoom }: ComparisonStageProps) {
  return (
    <SimpleGrid cols={2} spacing="xs">
      {[before, after].map((side) => (
        <Stack key={side.photo.id} gap={4}>
          <ZoomFrame zoom={zoom} onZoom={onZoom} aspect={aspectOf(after.photo)} label={side.label}>
            <PhotoLayer url={side.photo.urls.full} alt={side.label} zoom={zoom} />
          </ZoomFrame>
          <Text ta="center" fw={600}>
            {side.label}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

function Slider({ before, after, wipe, onWipe, zoom, onZoom }: ComparisonStageProps) {
  return (
    <ZoomFrame
      zoom={zoom}
      onZoom={onZoom}
      aspect={aspectOf(after.photo)}
      label="Before and after, with a divider"
      onTap={(share) => onWipe(clampPercent(Math.round(share * 100)))}
    >
      <PhotoLayer url={after.photo.urls.full} alt={after.label} zoom={zoom} testId="after-layer" />
      <PhotoLayer
        url={before.photo.urls.full}
        alt={before.label}
        zoom={zoom}
        clip={wipeClipPath(wipe)}
        testId="before-layer"
      />
      <Corner side="left">{before.label}</Corner>
      <Corner side="right">{after.label}</Corner>
      <WipeHandle value={wipe} onChange={onWipe} />
    </ZoomFrame>
  );
}

function Overlay({ before, after, overlay, zoom, onZoom }: ComparisonStageProps) {
  return (
    <ZoomFrame zoom={zoom} onZoom={onZoom} aspect={aspectOf(after.photo)} label="Before laid over after">
      <PhotoLayer url={after.photo.urls.full} alt={after.label} zoom={zoom} />
      <PhotoLayer url={before.photo.urls.full} alt={before.label} zoom={zoom} opacity={overlay / 100} />
      <Corner side="left">{`${before.label} at ${overlay} %`}</Corner>
      <Corner side="right">{after.label}</Corner>
    </ZoomFrame>
  );
}

/** The two photos in the chosen mode; every mode zooms and moves both together. */
export function ComparisonStage(props: ComparisonStageProps) {
  return (
    <Box data-testid={`comparison-${props.mode}`}>
      {props.mode === 'side' && <SideBySide {...props} />}
      {props.mode === 'slider' && <Slider {...props} />}
      {props.mode === 'overlay' && <Overlay {...props} />}
    </Box>
  );
}
