import { useCallback, useMemo, type ReactNode } from 'react';
import { Anchor, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router-dom';
import { api, segment } from '../../lib/api';
import { patientName } from '../patient-record/ContactDetails';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { CaptureScreen } from './CaptureScreen';
import { ComparisonViewer } from './ComparisonViewer';
import { PhotoLibrary } from './PhotoLibrary';
import { staffPhotos, type PhotoChannel } from './photos-api';

interface StaffPhotoFrameProps {
  /** E.g. "Take photos". */
  title: string;
  children: (channel: PhotoChannel, name: string) => ReactNode;
}

/**
 * A photo page for one patient, headed with their name: on a tablet handed round the room,
 * the name on screen is the check that these photos go to the right record.
 */
function StaffPhotoFrame({ title, children }: StaffPhotoFrameProps) {
  const patientId = useParams().patientId ?? '';
  const load = useCallback(() => api.patient(patientId), [patientId]);
  const { resource, reload } = useResource(load);
  const channel = useMemo(() => staffPhotos(patientId), [patientId]);
  const name = resource.status === 'ready' ? patientName(resource.data) : null;
  usePageTitle(name ? `${title} · ${name}` : title);

  return (
    <Stack gap="lg" maw={1200}>
      <Anchor
        component={Link}
        to={`/staff/patients/${segment(patientId)}`}
        display="inline-flex"
        py={10}
        style={{ gap: 6 }}
      >
        <IconArrowLeft size={18} aria-hidden="true" />
        {name ?? 'The patient’s record'}
      </Anchor>
      {resource.status === 'loading' && <SectionLoader label="Opening the patient’s record…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The patient could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {name && (
        <>
          <Title order={1}>
            {title}: {name}
          </Title>
          {children(channel, name)}
        </>
      )}
    </Stack>
  );
}

/** The clinic tablet's camera, facing away from the person holding it. */
export function StaffCapturePage() {
  return (
    <StaffPhotoFrame title="Take photos">
      {(channel) => <CaptureScreen channel={channel} photographer="staff" facing="environment" />}
    </StaffPhotoFrame>
  );
}

export function StaffComparePage() {
  return (
    <StaffPhotoFrame title="Compare photos">
      {(channel, name) => (
        <PhotoLibrary channel={channel} empty="No photos of this patient yet.">
          {(photos) => <ComparisonViewer photos={photos} whose={name} />}
        </PhotoLibrary>
      )}
    </StaffPhotoFrame>
  );
}
