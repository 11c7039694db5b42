import { useState } from 'react';
import type { Photo } from '@corium/contracts';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowsLeftRight } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../auth/session';
import { photoDate } from './photo-dates';
import { groupByView, viewLabel, type ViewGroup } from './photo-groups';
import { RemovePhotoDialog } from './RemovePhotoDialog';

interface PhotoGridProps {
  photos: readonly Photo[];
  /** Where the comparison of a view opens, e.g. `/portal/photos/compare?view=front`. */
  compareHref: (group: ViewGroup) => string;
  /** Given to those who may take a photo out of the record (clinical staff). */
  onRemove?: (photo: Photo, reason: string) => Promise<void>;
}

const sourceWords: Record<Photo['source'], string> = { clinic: 'Clinic', patient: 'Home' };

function Thumbnail({ photo, onOpen }: { photo: Photo; onOpen: () => void }) {
  const { timeZone } = useCurrentUser().clinic;
  const date = photoDate(photo.takenAt, timeZone);
  return (
    <Stack component="li" gap={4}>
      <UnstyledButton
        onClick={onOpen}
        className="mantine-focus-auto"
        aria-label={`Open the ${viewLabel(photo)} photo of ${date}`}
        style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden', lineHeight: 0 }}
      >
        <img
          src={photo.urls.thumbnail}
          alt=""
          loading="lazy"
          style={{
            width: '100%',
            aspectRatio: '1',
            objectFit: 'cover',
            background: 'var(--mantine-color-gray-2)',
          }}
        />
      </UnstyledButton>
      <Group gap={6} justify="space-between" wrap="nowrap">
        <Text size="sm">{date}</Text>
        <Badge variant="default" size="sm">
          {sourceWords[photo.source]}
        </Badge>
      </Group>
    </Stack>
  );
}

function ViewSection({
  group,
  compareHref,
  onOpen,
}: {
  group: ViewGroup;
  compareHref: string;
  onOpen: (photo: Photo) => void;
}) {
  return (
    <Stack component="section" gap="xs" aria-label={group.label}>
      <Group justify="space-between" align="baseline">
        <Title order={3} size="h4">
          {group.label}{' '}
          <Text span c="dimmed" fw={400}>
            · {group.photos.length} {group.photos.length === 1 ? 'photo' : 'photos'}
          </Text>
        </Title>
        {group.photos.length >= 2 && (
          <Anchor component={Link} to={compareHref} py={10} display="inline-flex" style={{ gap: 6 }}>
            <IconArrowsLeftRight size={18} aria-hidden="true" />
            Compare {group.label}
          </Anchor>
        )}
      </Group>
      <SimpleGrid
        component="ul"
        cols={{ base: 3, sm: 4, md: 6 }}
        spacing="sm"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
      >
        {group.photos.map((photo) => (
          <Thumbnail key={photo.id} photo={photo} onOpen={() => onOpen(photo)} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** One photo at full size; those who may remove it get the way to. */
function FullSize({
  photo,
  onClose,
  onRemove,
}: {
  photo: Photo | null;
  onClose: () => void;
  onRemove: ((photo: Photo) => void) | undefined;
}) {
  const { timeZone } = useCurrentUser().clinic;
  const title = photo ? `${viewLabel(photo)} · ${photoDate(photo.takenAt, timeZone)}` : '';
  return (
    <Modal opened={photo !== null} onClose={onClose} size="xl" title={title}>
      {photo && (
        <Stack gap="sm">
          <img
            src={photo.urls.full}
            alt={`${viewLabel(photo)}, ${photoDate(photo.takenAt, timeZone)}`}
            style={{ display: 'block', width: '100%', maxHeight: '75vh', objectFit: 'contain' }}
          />
          {onRemove && (
            <Group justify="flex-end">
              <Button variant="subtle" color="red.9" onClick={() => onRemove(photo)}>
                Remove from the record…
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}

/** The photos by view (front, 45°, 90°, close-ups), oldest first, each opening at full size. */
export function PhotoGrid({ photos, compareHref, onRemove }: PhotoGridProps) {
  const { timeZone } = useCurrentUser().clinic;
  const [open, setOpen] = useState<Photo | null>(null);
  const [removing, setRemoving] = useState<Photo | null>(null);
  const askRemoval = (photo: Photo) => {
    setRemoving(photo);
    setOpen(null);
  };
  return (
    <Stack gap="lg">
      {groupByView(photos).map((group) => (
        <ViewSection key={group.key} group={group} compareHref={compareHref(group)} onOpen={setOpen} />
      ))}
      <FullSize photo={open} onClose={() => setOpen(null)} onRemove={onRemove && askRemoval} />
      {removing && onRemove && (
        <RemovePhotoDialog
          photo={removing}
          date={photoDate(removing.takenAt, timeZone)}
          onRemove={async (photo, reason) => {
            await onRemove(photo, reason);
            setRemoving(null);
          }}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}
