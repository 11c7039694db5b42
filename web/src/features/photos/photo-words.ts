import type { PhotoView } from '@corium/contracts';

/** Who holds the camera: staff photographing a patient, or the patient photographing themselves. */
export type Photographer = 'staff' | 'patient';

/**
 * How to pose for each view. Angles are the patient's own left and right, as in the clinical
 * standard (front, 45° and 90° both sides).
 */
const staffInstructions: Record<PhotoView, string> = {
  front:
    'Ask the patient to look straight at the camera, face relaxed, hair back. Eyes on the eye line, nose on the centre line.',
  left_45:
    'The patient turns their head halfway to their own left. The nose sits on the centre line; the eyes stay on the eye line.',
  right_45:
    'The patient turns their head halfway to their own right. The nose sits on the centre line; the eyes stay on the eye line.',
  left_90:
    'The patient turns their head fully to their own left, in profile. The tip of the nose touches the centre line.',
  right_90:
    'The patient turns their head fully to their own right, in profile. The tip of the nose touches the centre line.',
  close_up: 'Fill the frame with the treated area, centred on the cross, from about a hand’s width away.',
};

const patientInstructions: Record<PhotoView, string> = {
  front:
    'Look straight at the camera, face relaxed, hair back. Eyes on the eye line, nose on the centre line.',
  left_45:
    'Turn your head halfway to your left. Your nose sits on the centre line; your eyes stay on the eye line.',
  right_45:
    'Turn your head halfway to your right. Your nose sits on the centre line; your eyes stay on the eye line.',
  left_90:
    'Turn your head fully to your left, so the camera sees your profile. The tip of your nose touches the centre line.',
  right_90:
    'Turn your head fully to your right, so the camera sees your profile. The tip of your nose touches the centre line.',
  close_up: 'Fill the frame with the treated area, centred on the cross, from about a hand’s width away.',
};

export function poseInstruction(view: PhotoView, photographer: Photographer): string {
  return (photographer === 'staff' ? staffInstructions : patientInstructions)[view];
}

/** The same advice for every photo, so that photos taken months apart can be compared. */
export const consistencyTip =
  'Same place, same light, same distance every time: even daylight from the front, no flash, no make-up, glasses off.';
