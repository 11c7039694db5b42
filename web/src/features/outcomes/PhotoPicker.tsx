import { useCallback, useState } from 'react';
import type { Photo } from '@corium/contracts';
import { Button, Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { useCurrentUser } from '../auth/session';
import { photoDate, photoDay } from '../photos/photo-dates';
import { staffPhotos } from '../photos/photos-api';
import { viewLabel } from '../photos/photo-groups';

interface PhotoPickerProps {
  patientId: string;
  /** The rating's day: its photos are offered first. */
  day: string;
  value: string[];
  onChange: (ids: string[]) => void;
}

/** The photos a rating was made from: that day's by default, any of the patient's on request. */
export function PhotoPicker({ patientId, day, value, onChange }: PhotoPickerProps) {
  const { timeZone } = useCurrentUser().clinic;
  const load = useCallback(() => staffPhotos(patientId).list(), [patientId]);
  const { resource, reload } = useResource(load);
  const [allDays, setAllDays] = useState(false);
  if (resource.status === 'loading') return <SectionLoader label="Loading photos…" />;
  if (resource.status === 'failed')
    return <LoadProblem title="Photos could not be loaded" error={resource.error} onRetry={reload} />;
  const ofDay = resource.data.filter((p) => photoDay(p.takenAt, timeZone) === day);
  const shown = allDays ? resource.data : ofDay;
  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <Stack gap="xs" id="outcome-photoIds">
      <Text fw={650}>Photos this rating was made from</Text>
      {shown.length === 0 && (
        <Text size="sm">
          {allDays ? 'This patient has no photos yet.' : 'No photos were taken on this day.'}
        </Text>
      )}
      <PhotoChoices photos={shown} timeZone={timeZone} value={value} onToggle={toggle} />
      {resource.data.length > ofDay.length && (
        <Button
          variant="subtle"
          size="md"
          w="fit-content"
          onClick={() => setAllDays((v) => !v)}
          aria-pressed={allDays}
        >
          {allDays ? 'Only photos of this day' : 'Show photos of other days'}
        </Button>
      )}
    </Stack>
  );
}

function PhotoChoice(props: {
  photo: Photo;
  timeZone: string;
  checked: boolean;
  onToggle: (id: string) => void;
}) {
  const { photo, timeZone, checked, onToggle } = props;
  const label = `${viewLabel(photo)}, ${photoDate(photo.takenAt, timeZone)}`;
  return (
    <Stack component="li" gap={4}>
      <img
        src={photo.urls.thumbnail}
        alt=""
        loading="lazy"
        style={{
          width: '100%',
          aspectRatio: '1',
          objectFit: 'cover',
          borderRadius: 6,
          background: 'var(--mantine-color-gray-2)',
        }}
      />
      <Checkbox label={label} checked={checked} onChange={() => onToggle(photo.id)} size="md" />
    </Stack>
  );
}

interface PhotoChoicesProps {
  photos: readonly Photo[];
  timeZone: string;
  value: string[];
  onToggle: (id: string) => void;
}

function PhotoChoices({ photos, timeZone, value, onToggle }: PhotoChoicesProps) {
  return (
    <SimpleGrid
      cols={{ base: 2, sm: 4 }}
      spacing="xs"
      component="ul"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
    >
      {photos.map((photo) => (
        <PhotoChoice
          key={photo.id}
          photo={photo}
          timeZone={timeZone}
          checked={value.includes(photo.id)}
          onToggle={onToggle}
        />
      ))}
    </SimpleGrid>
  );
}
