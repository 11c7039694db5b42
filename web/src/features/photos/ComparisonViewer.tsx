import type { Photo } from '@corium/contracts';
import { Group, Slider, Stack, Text } from '@mantine/core';
import { useCurrentUser } from '../auth/session';
import { comparisonFileName } from './comparison-layout';
import { ComparisonPickers } from './ComparisonPickers';
import { ComparisonStage, type ComparedPhoto } from './ComparisonStage';
import { ExportComparisonButton } from './ExportComparisonButton';
import type { ComparisonExport } from './export-comparison';
import { photoDate, photoDay } from './photo-dates';
import { useComparison } from './use-comparison';
import { ZoomControls } from './ZoomControls';

interface ComparisonViewerProps {
  photos: readonly Photo[];
  /** Whose photos, for the exported image, e.g. the patient's name. */
  whose: string;
}

function OverlayStrength({ value, onChange }: { value: number; onChange: (value: number) => void }) {
  return (
    <Stack gap={4} miw={220} style={{ flex: 1 }}>
      <Text size="sm">Strength of the before photo: {value} %</Text>
      <Slider
        value={value}
        onChange={onChange}
        min={0}
        max={100}
        step={5}
        size="lg"
        thumbSize={28}
        py="xs"
        thumbLabel="Strength of the before photo"
        thumbValueText={(strength) => `${strength} %`}
        label={null}
      />
    </Stack>
  );
}

function exportRequest(
  view: string,
  whose: string,
  before: ComparedPhoto,
  after: ComparedPhoto,
  timeZone: string,
): ComparisonExport {
  const day = (side: ComparedPhoto) => photoDay(side.photo.takenAt, timeZone);
  return {
    title: `${view} — ${whose}`,
    before: { url: before.photo.urls.full, label: before.label },
    after: { url: after.photo.urls.full, label: after.label },
    fileName: comparisonFileName(view, day(before), day(after)),
  };
}

/**
 * Two photos of the same view from different visits: side by side, a before/after slider, or
 * one laid over the other, zoomed together, and saved as one image for the patient.
 */
export function ComparisonViewer({ photos, whose }: ComparisonViewerProps) {
  const { timeZone } = useCurrentUser().clinic;
  const comparison = useComparison(photos);
  const { group, pair } = comparison;
  if (!group || !pair) {
    return (
      <Text size="lg">
        A comparison needs two photos of the same view, taken on different days. Once a view has been
        photographed again, it can be compared here.
      </Text>
    );
  }
  const side = (photo: Photo, word: string): ComparedPhoto => ({
    photo,
    label: `${word} · ${photoDate(photo.takenAt, timeZone)}`,
  });
  const before = side(pair.before, 'Before');
  const after = side(pair.after, 'After');

  return (
    <Stack gap="md">
      <ComparisonPickers comparison={comparison} />
      <Group gap="md" align="flex-end" justify="space-between">
        <ZoomControls zoom={comparison.zoom} onZoom={comparison.setZoom} />
        {comparison.mode === 'overlay' && (
          <OverlayStrength value={comparison.overlay} onChange={comparison.setOverlay} />
        )}
        <ExportComparisonButton request={exportRequest(group.label, whose, before, after, timeZone)} />
      </Group>
      <ComparisonStage
        mode={comparison.mode}
        before={before}
        after={after}
        wipe={comparison.wipe}
        onWipe={comparison.setWipe}
        overlay={comparison.overlay}
        zoom={comparison.zoom}
        onZoom={comparison.setZoom}
      />
    </Stack>
  );
}
