/**
 * Where everything goes on the exported comparison image: a title, the two photos side by side at
 * the same height, each with its date underneath. Pure numbers in pixels, drawn by
 * `export-comparison.ts`.
 */

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextSpot {
  text: string;
  /** The centre of the line of text. */
  x: number;
  y: number;
}

export interface ComparisonPanel {
  photo: Rect;
  label: TextSpot;
}

export interface ComparisonLayout extends Size {
  title: TextSpot;
  before: ComparisonPanel;
  after: ComparisonPanel;
  fontSize: number;
}

export interface ComparisonSide {
  size: Size;
  /** E.g. "Before · 3 Mar 2025". */
  label: string;
}

/** Largest fit of `image` inside `box`, centred, keeping its proportions (CSS `object-fit: contain`). */
export function containRect(image: Size, box: Rect): Rect {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  const width = Math.round(image.width * scale);
  const height = Math.round(image.height * scale);
  return {
    x: box.x + Math.round((box.width - width) / 2),
    y: box.y + Math.round((box.height - height) / 2),
    width,
    height,
  };
}

/** Each photo is drawn 1000 px tall at most: sharp enough to print, small enough to send by e-mail. */
const PHOTO_HEIGHT = 1000;
/** And no wider than 1000 px, so a panorama does not make a banner. */
const PANEL_WIDTH = 1000;
const MARGIN = 40;
const GAP = 24;
/** Lines of text: 4 % of the photo height (40 px), with a band of twice that for each. */
const FONT_SHARE = 0.04;

/**
 * Both photos share one height, so a face is the same size in each even when one was taken on a
 * phone and the other on a tablet; each panel is as wide as the wider photo needs.
 */
export function comparisonLayout(
  title: string,
  before: ComparisonSide,
  after: ComparisonSide,
): ComparisonLayout {
  const aspect = Math.max(before.size.width / before.size.height, after.size.width / after.size.height);
  const panelWidth = Math.min(PANEL_WIDTH, Math.round(PHOTO_HEIGHT * aspect));
  const photoHeight = Math.round(Math.min(PHOTO_HEIGHT, panelWidth / aspect));
  const fontSize = Math.round(PHOTO_HEIGHT * FONT_SHARE);
  const band = fontSize * 2;
  const top = MARGIN + band;
  const panel = (x: number, side: ComparisonSide): ComparisonPanel => ({
    photo: containRect(side.size, { x, y: top, width: panelWidth, height: photoHeight }),
    label: { text: side.label, x: x + panelWidth / 2, y: top + photoHeight + band / 2 },
  });
  const width = MARGIN * 2 + panelWidth * 2 + GAP;
  return {
    width,
    height: top + photoHeight + band + MARGIN,
    title: { text: title, x: width / 2, y: MARGIN + band / 2 },
    before: panel(MARGIN, before),
    after: panel(MARGIN + panelWidth + GAP, after),
    fontSize,
  };
}

/** E.g. `comparison-front-2025-03-03-2025-06-10.png`: sorts by view, then by dates. */
export function comparisonFileName(view: string, beforeDay: string, afterDay: string): string {
  const slug = view
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `comparison-${slug}-${beforeDay}-${afterDay}.png`;
}
