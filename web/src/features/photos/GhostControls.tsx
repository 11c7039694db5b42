import { Slider, Stack, Switch, Text } from '@mantine/core';

export interface GhostSettings {
  showGhost: boolean;
  /** 0–100 %. */
  opacity: number;
  showGuides: boolean;
}

interface GhostControlsProps {
  settings: GhostSettings;
  onChange: (settings: GhostSettings) => void;
  /** E.g. "3 Mar 2025"; null when this view has no photo yet. */
  baselineTaken: string | null;
}

/** Switches and a slider large enough for a finger on a tablet (44 px targets). */
export function GhostControls({ settings, onChange, baselineTaken }: GhostControlsProps) {
  const set = (change: Partial<GhostSettings>) => onChange({ ...settings, ...change });
  return (
    <Stack gap="sm">
      {baselineTaken === null ? (
        <Text size="sm" c="dimmed">
          There is no earlier photo of this view, so this one becomes the baseline that later photos are lined
          up with.
        </Text>
      ) : (
        <>
          <Switch
            size="lg"
            label={`Show the baseline photo (${baselineTaken}) over the camera`}
            checked={settings.showGhost}
            onChange={(event) => set({ showGhost: event.currentTarget.checked })}
          />
          <Stack gap={4}>
            <Text size="sm" id="ghost-opacity-label">
              Baseline photo strength: {settings.opacity} %
            </Text>
            <Slider
              value={settings.opacity}
              onChange={(opacity) => set({ opacity })}
              min={10}
              max={90}
              step={5}
              size="lg"
              thumbSize={28}
              py="xs"
              disabled={!settings.showGhost}
              thumbLabel="Baseline photo strength"
              thumbValueText={(value) => `${value} %`}
              label={null}
            />
          </Stack>
        </>
      )}
      <Switch
        size="lg"
        label="Show the framing guides (face outline, eye line, centre line)"
        checked={settings.showGuides}
        onChange={(event) => set({ showGuides: event.currentTarget.checked })}
      />
    </Stack>
  );
}
