import type { PhotoView } from '@corium/contracts';

/**
 * Framing guides drawn over the camera preview so every photo of a view is taken the same way.
 * Coordinates are percentages of the preview's width (x) and height (y), so the same guides fit a
 * landscape tablet and an upright phone; `aspect` (width ÷ height) keeps the face oval a face's
 * shape rather than stretched with the frame.
 */
export interface Ellipse {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

export interface FramingGuides {
  /** Where the head sits; none for a close-up. */
  faceOval: Ellipse | null;
  /** The height of the pupils (y %); none for a close-up. */
  eyeLine: number | null;
  /** The facial midline (x %): nose and chin on it. For a profile, the tip of the nose. */
  centreLine: number;
  /** A horizontal line through the middle, for close-ups where there is no eye line. */
  crossLine: number | null;
}

/** Head height as a share of the frame height: chin to crown fills 64 %, with room above and below. */
const HEAD_HEIGHT = 0.64;
/** A face is about three quarters as wide as it is tall (crown to chin). */
const FACE_WIDTH_TO_HEIGHT = 0.75;
/** A turned head shows less width: cos 45° ≈ 0.7 of the face plus the side of the head. */
const WIDTH_BY_TURN: Record<'front' | '45' | '90', number> = { front: 1, '45': 0.9, '90': 0.8 };
/** How far the midline moves from the oval's centre, as a share of its half-width (≈ sin of the turn). */
const MIDLINE_SHIFT: Record<'front' | '45' | '90', number> = { front: 0, '45': 0.5, '90': 0.85 };
/** The eyes sit just above half-way between crown and chin. */
const EYE_LINE_ABOVE_CENTRE = 0.06;

function turnOf(view: Exclude<PhotoView, 'close_up'>): 'front' | '45' | '90' {
  if (view === 'front') return 'front';
  return view.endsWith('45') ? '45' : '90';
}

/**
 * The patient turns to their own left, so in the (unmirrored) picture the face points to the
 * picture's right and the midline moves right; to their right, it moves left.
 */
function midlineDirection(view: PhotoView): -1 | 0 | 1 {
  if (view.startsWith('left')) return 1;
  if (view.startsWith('right')) return -1;
  return 0;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function framingGuides(view: PhotoView, aspect: number): FramingGuides {
  if (view === 'close_up') return { faceOval: null, eyeLine: null, centreLine: 50, crossLine: 50 };
  const safeAspect = aspect > 0 && Number.isFinite(aspect) ? aspect : 4 / 3;
  const turn = turnOf(view);
  const ry = (HEAD_HEIGHT / 2) * 100;
  // The oval's half-width in pixels is ry × 0.75 × turn factor; in % of the width that is ÷ aspect.
  const rx = Math.min(48, (ry * FACE_WIDTH_TO_HEIGHT * WIDTH_BY_TURN[turn]) / safeAspect);
  const cy = 50;
  return {
    faceOval: { cx: 50, cy, rx: round(rx), ry: round(ry) },
    eyeLine: round(cy - EYE_LINE_ABOVE_CENTRE * 100),
    centreLine: round(50 + midlineDirection(view) * MIDLINE_SHIFT[turn] * rx),
    crossLine: null,
  };
}
