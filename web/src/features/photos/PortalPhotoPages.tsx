import type { ReactNode } from 'react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowsLeftRight, IconCamera } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { withQuery } from '../../lib/api';
import { useCurrentUser } from '../auth/session';
import { usePageTitle } from '../../ui/page-title';
import { CaptureScreen } from './CaptureScreen';
import { ComparisonViewer } from './ComparisonViewer';
import { PhotoGrid } from './PhotoGrid';
import { PhotoLibrary } from './PhotoLibrary';
import { portalPhotos } from './photos-api';

const base = '/portal/photos';

function BackToPhotos() {
  return (
    <Anchor component={Link} to={base} display="inline-flex" py={10} style={{ gap: 6 }}>
      <IconArrowLeft size={18} aria-hidden="true" />
      My photos
    </Anchor>
  );
}

function PortalPhotoPage({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        <Text c="dimmed">{intro}</Text>
      </Stack>
      {children}
    </Stack>
  );
}

/** The patient's own photos, from the clinic and from home. */
export function PortalPhotosPage() {
  return (
    <PortalPhotoPage
      title="My photos"
      intro="Photos taken at the clinic and the ones you add at home. Results of microneedling develop over 3 to 6 months, so compare photos taken months apart."
    >
      <Group gap="sm">
        <Button
          component={Link}
          to={`${base}/new`}
          size="lg"
          leftSection={<IconCamera size={20} aria-hidden="true" />}
        >
          Add photos
        </Button>
        <Button
          component={Link}
          to={`${base}/compare`}
          size="lg"
          variant="default"
          leftSection={<IconArrowsLeftRight size={20} aria-hidden="true" />}
        >
          Compare
        </Button>
      </Group>
      <PhotoLibrary channel={portalPhotos} empty="You have no photos yet. Add some with the button above.">
        {(photos) => (
          <PhotoGrid
            photos={photos}
            compareHref={(group) => withQuery(`${base}/compare`, { view: group.key })}
          />
        )}
      </PhotoLibrary>
    </PortalPhotoPage>
  );
}

/** At home, the phone's front camera: the patient sees themselves while lining up. */
export function PortalCapturePage() {
  return (
    <PortalPhotoPage
      title="Add photos"
      intro="Take the same views the clinic takes. Line your face up with the faded earlier photo and the guides, so the photos can be compared. They join your record at the clinic; any other use needs your permission in Consents."
    >
      <BackToPhotos />
      <CaptureScreen channel={portalPhotos} photographer="patient" facing="user" />
    </PortalPhotoPage>
  );
}

export function PortalComparePage() {
  const { user } = useCurrentUser();
  return (
    <PortalPhotoPage
      title="Compare my photos"
      intro="Choose a view and two days to see them side by side, with a slider, or one over the other."
    >
      <BackToPhotos />
      <PhotoLibrary channel={portalPhotos} empty="You have no photos yet.">
        {(photos) => <ComparisonViewer photos={photos} whose={user.displayName} />}
      </PhotoLibrary>
    </PortalPhotoPage>
  );
}
