import { outcomeScales, type ProgressLine, type ProgressPoint } from '@corium/contracts';
import { Alert, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { calendarDate } from '../../lib/clinic-time';
import { LineChart } from '../../ui/charts/LineChart';
import { useCurrentUser } from '../auth/session';
import { photoDate } from '../photos/photo-dates';
import { viewLabel } from '../photos/photo-groups';
import type { ZoneId, PhotoView } from '@corium/contracts';
import { concernName, directionWords, honestFraming, itemWords, scoreWords } from './outcome-words';

interface ProgressSectionProps {
  lines: readonly ProgressLine[];
  /** The heading level's words: "Progress" for staff, "Your progress" in the portal. */
  heading: string;
  emptyText: string;
}

/** A progress chart per concern and scale, with photo pairs (first photo of the view vs then). */
export function ProgressSection({ lines, heading, emptyText }: ProgressSectionProps) {
  return (
    <Stack component="section" aria-labelledby="outcome-progress" gap="md">
      <Title order={2} size="h3" id="outcome-progress">
        {heading}
      </Title>
      <Alert color="blue" variant="light" icon={<IconHourglass aria-hidden="true" />}>
        {honestFraming}
      </Alert>
      {lines.length === 0 ? (
        <Text>{emptyText}</Text>
      ) : (
        lines.map((line) => <LineWithPhotos key={`${line.concern}-${line.scale}`} line={line} />)
      )}
    </Stack>
  );
}

function LineWithPhotos({ line }: { line: ProgressLine }) {
  const scale = outcomeScales[line.scale];
  const withPhotos = line.points.filter((p) => p.photoPairs.length > 0);
  return (
    <Stack gap="sm" p="md" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
      <LineChart
        title={`${concernName(line.concern)} — ${scale.name}`}
        description={`${directionWords(line.scale)}${scale.notValidated ? ' Corium’s own short questionnaire, not a validated scale.' : ''}`}
        points={line.points.map((p) => ({
          day: p.ratedOn,
          dayLabel: calendarDate(p.ratedOn),
          value: p.score,
          display: scoreWords(line.scale, p.score),
          note: `${itemWords({ timepoint: p.timepoint, sessionNumber: null })} · ${p.rater === 'patient' ? 'patient' : 'clinician'}`,
        }))}
        min={scale.min}
        max={scale.max}
        valueHeading="Score"
        noteHeading="When and by whom"
      />
      {withPhotos.map((point) => (
        <PhotoPairs key={point.scoreId} point={point} />
      ))}
    </Stack>
  );
}

function PhotoPairs({ point }: { point: ProgressPoint }) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        Photos rated on {calendarDate(point.ratedOn)}
      </Text>
      {point.photoPairs.map((pair) => {
        const view = viewLabel({ view: pair.view as PhotoView, zone: pair.zone as ZoneId | null });
        const first = photoDate(pair.baseline.takenAt, timeZone);
        const then = photoDate(pair.current.takenAt, timeZone);
        return (
          <Group key={pair.current.id} gap="xs" align="flex-start" wrap="nowrap">
            <SimpleGrid cols={2} spacing="xs" maw={360} style={{ flex: 1 }}>
              <Figure
                src={pair.baseline.thumbnailUrl}
                caption={`First · ${first}`}
                alt={`${view}, first photo, ${first}`}
              />
              <Figure src={pair.current.thumbnailUrl} caption={`Then · ${then}`} alt={`${view}, ${then}`} />
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {view}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}

function Figure({ src, caption, alt }: { src: string; caption: string; alt: string }) {
  return (
    <Stack component="figure" gap={2} m={0}>
      <img
        src={src}
        alt={alt}
        loading="lazy"
        style={{
          width: '100%',
          aspectRatio: '1',
          objectFit: 'cover',
          borderRadius: 6,
          background: 'var(--mantine-color-gray-2)',
        }}
      />
      <Text component="figcaption" size="xs">
        {caption}
      </Text>
    </Stack>
  );
}
