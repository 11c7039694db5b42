import { useState } from 'react';
import { Box, Button, Group, Progress, Stack, Text, TextInput } from '@mantine/core';
import { IconCameraRotate, IconCloudUpload } from '@tabler/icons-react';
import { describeError } from '../../lib/api';
import { clinicDay, deviceTimeZone } from '../../lib/clinic-time';
import { FormProblem } from '../../ui/FormProblem';
import { takenAtForDay } from './photo-dates';
import type { UploadState } from './use-photo-upload';

/** A photo taken with the camera or picked from the device, not yet saved. */
export interface Shot {
  blob: Blob;
  /** An object URL of `blob`, revoked when the shot is dropped. */
  url: string;
  origin: 'camera' | 'file';
}

interface ShotReviewProps {
  shot: Shot;
  /** E.g. "Left 45°". */
  viewLabel: string;
  upload: UploadState;
  /** `takenAt` as the upload's query has it: undefined for now. */
  onSave: (takenAt: string | undefined) => void;
  onDiscard: () => void;
}

function UploadProgress({ share }: { share: number | null }) {
  const percent = share === null ? null : Math.round(share * 100);
  return (
    <Stack gap={4}>
      {/* Announced once; the bar itself carries the changing percentage for whoever asks. */}
      <Group justify="space-between" gap="xs">
        <Text size="sm" role="status">
          Sending the photo…
        </Text>
        {percent !== null && <Text size="sm">{percent} %</Text>}
      </Group>
      <Progress.Root size="xl">
        {percent === null ? (
          <Progress.Section value={100} animated withAria={false} aria-label="Sending the photo" />
        ) : (
          <Progress.Section value={percent} aria-label="Sending the photo" />
        )}
      </Progress.Root>
    </Stack>
  );
}

/** The photo as it will be saved; a HEIC file has no preview in most browsers, and says so. */
function ShotPreview({ shot, viewLabel }: Pick<ShotReviewProps, 'shot' | 'viewLabel'>) {
  const [unreadable, setUnreadable] = useState(false);
  return (
    <Box bg="dark.9" style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden' }}>
      {unreadable ? (
        <Text c="white" p="xl" ta="center">
          This browser cannot show a preview of this file (HEIC photos, for example). It will be converted
          when it is saved.
        </Text>
      ) : (
        <img
          src={shot.url}
          alt={`The ${viewLabel} photo, not saved yet`}
          onError={() => setUnreadable(true)}
          style={{ display: 'block', width: '100%', maxHeight: '70vh', objectFit: 'contain' }}
        />
      )}
    </Box>
  );
}

/** Look at the photo before it is kept: save it, or take it again. */
export function ShotReview({ shot, viewLabel, upload, onSave, onDiscard }: ShotReviewProps) {
  const today = clinicDay(new Date(), deviceTimeZone());
  const [day, setDay] = useState(today);
  const takenAt =
    shot.origin === 'file' ? takenAtForDay(day, today, new Date().getTimezoneOffset()) : undefined;
  const busy = upload.status === 'uploading';

  return (
    <Stack gap="md">
      <ShotPreview shot={shot} viewLabel={viewLabel} />
      {shot.origin === 'file' && (
        <TextInput
          type="date"
          label="Day the photo was taken"
          value={day}
          max={today}
          onChange={(event) => setDay(event.currentTarget.value)}
          error={takenAt === null ? 'Choose a day up to today.' : undefined}
          disabled={busy}
          size="md"
          maw={240}
        />
      )}
      {upload.status === 'uploading' && <UploadProgress share={upload.share} />}
      {upload.status === 'failed' && (
        <FormProblem title="The photo was not saved" message={describeError(upload.error)} />
      )}
      <Group gap="sm">
        <Button
          size="lg"
          leftSection={<IconCloudUpload size={20} aria-hidden="true" />}
          loading={busy}
          disabled={takenAt === null}
          onClick={() => takenAt !== null && onSave(takenAt)}
        >
          Save this photo
        </Button>
        <Button
          size="lg"
          variant="default"
          leftSection={<IconCameraRotate size={20} aria-hidden="true" />}
          disabled={busy}
          onClick={onDiscard}
        >
          {shot.origin === 'camera' ? 'Take it again' : 'Choose another'}
        </Button>
      </Group>
    </Stack>
  );
}
