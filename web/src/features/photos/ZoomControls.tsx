import { ActionIcon, Button, Group, Text } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowLeft,
  IconArrowRight,
  IconArrowUp,
  IconZoomIn,
  IconZoomOut,
  type Icon,
} from '@tabler/icons-react';
import {
  MAX_ZOOM,
  MIN_ZOOM,
  PAN_STEP,
  panBy,
  unzoomed,
  zoomIn,
  zoomOut,
  zoomPercent,
  type ZoomState,
} from './zoom';

interface ZoomControlsProps {
  zoom: ZoomState;
  onZoom: (zoom: ZoomState) => void;
}

const moves: { label: string; icon: Icon; dx: number; dy: number }[] = [
  { label: 'Show more to the left', icon: IconArrowLeft, dx: -PAN_STEP, dy: 0 },
  { label: 'Show more above', icon: IconArrowUp, dx: 0, dy: -PAN_STEP },
  { label: 'Show more below', icon: IconArrowDown, dx: 0, dy: PAN_STEP },
  { label: 'Show more to the right', icon: IconArrowRight, dx: PAN_STEP, dy: 0 },
];

/** Zoom both photos together; once zoomed, buttons move around (for anyone who cannot drag). */
export function ZoomControls({ zoom, onZoom }: ZoomControlsProps) {
  const zoomed = zoom.zoom > MIN_ZOOM;
  return (
    <Group gap="xs" wrap="wrap">
      <ActionIcon
        size={44}
        variant="default"
        aria-label="Zoom out"
        disabled={!zoomed}
        onClick={() => onZoom(zoomOut(zoom))}
      >
        <IconZoomOut size={22} aria-hidden="true" />
      </ActionIcon>
      <Text miw={56} ta="center" aria-live="polite">
        {zoomPercent(zoom)} %
      </Text>
      <ActionIcon
        size={44}
        variant="default"
        aria-label="Zoom in"
        disabled={zoom.zoom >= MAX_ZOOM}
        onClick={() => onZoom(zoomIn(zoom))}
      >
        <IconZoomIn size={22} aria-hidden="true" />
      </ActionIcon>
      {zoomed && (
        <>
          {moves.map(({ label, icon: MoveIcon, dx, dy }) => (
            <ActionIcon
              key={label}
              size={44}
              variant="default"
              aria-label={label}
              onClick={() => onZoom(panBy(zoom, dx, dy))}
            >
              <MoveIcon size={22} aria-hidden="true" />
            </ActionIcon>
          ))}
          <Button variant="subtle" h={44} onClick={() => onZoom(unzoomed)}>
            Whole photo
          </Button>
        </>
      )}
    </Group>
  );
}
