import { useState } from 'react';
import { photoUploadMaxBytes, photoUploadTypes } from '@corium/contracts';
import { Button, FileButton, Stack } from '@mantine/core';
import { IconPhotoUp } from '@tabler/icons-react';
import { FormProblem } from '../../ui/FormProblem';
import type { Shot } from './ShotReview';

interface FilePickButtonProps {
  onPick: (shot: Shot) => void;
  /** The main way in when there is no camera; otherwise a quieter second choice. */
  prominent: boolean;
}

// Extensions too, for browsers that give a HEIC file no type.
const accept = [...photoUploadTypes, '.heic', '.heif'].join(',');
const maxMegabytes = photoUploadMaxBytes / (1024 * 1024);

/** The fallback: a photo already on the device (a phone's gallery, a tablet's files). */
export function FilePickButton({ onPick, prominent }: FilePickButtonProps) {
  const [problem, setProblem] = useState<string | null>(null);

  function pick(file: File | null) {
    if (!file) return;
    // Checked here as well as on the server, so nobody waits for a long upload to be refused.
    if (file.size > photoUploadMaxBytes) {
      setProblem(`This file is larger than ${maxMegabytes} MB. Choose a smaller photo.`);
      return;
    }
    setProblem(null);
    onPick({ blob: file, url: URL.createObjectURL(file), origin: 'file' });
  }

  return (
    <Stack gap="xs">
      <FileButton onChange={pick} accept={accept}>
        {(props) => (
          <Button
            {...props}
            size="lg"
            variant={prominent ? 'filled' : 'default'}
            h="auto"
            mih={50}
            py="xs"
            // The label wraps in a narrow column rather than being cut off.
            styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
            leftSection={<IconPhotoUp size={20} aria-hidden="true" />}
          >
            Choose a photo from this device
          </Button>
        )}
      </FileButton>
      <FormProblem message={problem} />
    </Stack>
  );
}
