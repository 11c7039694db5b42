import { useMemo } from 'react';
import type { Photo } from '@corium/contracts';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowsLeftRight, IconCamera } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { segment, withQuery } from '../../lib/api';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { PhotoGrid } from './PhotoGrid';
import { PhotoLibrary } from './PhotoLibrary';
import { removeStaffPhoto, staffPhotos } from './photos-api';

/** Removes a photo, then loads the list again so it is gone from the grid. */
const removal = (patientId: string, reload: () => void) => async (photo: Photo, reason: string) => {
  await removeStaffPhoto(patientId, photo.id, reason);
  reload();
};

/** The patient record's Photos tab: every photo by view and date, taking more, comparing. */
export function PhotosPanel({ patientId }: { patientId: string }) {
  const { role } = useCurrentUser().user;
  const channel = useMemo(() => staffPhotos(patientId), [patientId]);
  const base = `/staff/patients/${segment(patientId)}/photos`;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Text c="dimmed" maw={560}>
          Standard views taken at the clinic and at home, oldest first. Compare a view across visits to see
          how the skin has changed.
        </Text>
        <Group gap="sm">
          {may(role, 'takePhotos') && (
            <Button
              component={Link}
              to={`${base}/new`}
              size="md"
              leftSection={<IconCamera size={20} aria-hidden="true" />}
            >
              Take photos
            </Button>
          )}
          <Button
            component={Link}
            to={`${base}/compare`}
            size="md"
            variant="default"
            leftSection={<IconArrowsLeftRight size={20} aria-hidden="true" />}
          >
            Compare
          </Button>
        </Group>
      </Group>
      <PhotoLibrary channel={channel} empty="No photos of this patient yet.">
        {(photos, reload) => (
          <PhotoGrid
            photos={photos}
            compareHref={(group) => withQuery(`${base}/compare`, { view: group.key })}
            onRemove={may(role, 'takePhotos') ? removal(patientId, reload) : undefined}
          />
        )}
      </PhotoLibrary>
    </Stack>
  );
}
