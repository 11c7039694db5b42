import { Alert } from '@mantine/core';
import { IconCameraOff } from '@tabler/icons-react';
import type { CameraProblem } from './use-camera';

const explanations: Record<CameraProblem, { title: string; text: string }> = {
  unsupported: {
    title: 'This browser cannot use the camera here',
    text: 'Choose a photo from this device instead. To use the camera, open Corium in an up-to-date browser such as Chrome, Safari, Edge or Firefox.',
  },
  denied: {
    title: 'Corium is not allowed to use the camera',
    text: 'The camera was blocked for this site. Allow it in the browser’s site settings (often the padlock or camera icon next to the address) and open this page again, or choose a photo from this device instead.',
  },
  'no-camera': {
    title: 'No camera was found',
    text: 'This device does not seem to have a camera, or it is switched off. Choose a photo from this device instead.',
  },
  busy: {
    title: 'The camera is being used by something else',
    text: 'Close other apps or browser tabs that use the camera (video calls, for example) and open this page again, or choose a photo from this device instead.',
  },
  failed: {
    title: 'The camera could not be started',
    text: 'Try opening this page again, or choose a photo from this device instead.',
  },
};

/** Why there is no live picture, in plain words, and what to do instead. */
export function CameraProblemNotice({ problem }: { problem: CameraProblem }) {
  const { title, text } = explanations[problem];
  return (
    <Alert color="yellow" title={title} icon={<IconCameraOff aria-hidden="true" />}>
      {text}
    </Alert>
  );
}
