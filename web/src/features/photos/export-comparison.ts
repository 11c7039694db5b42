import { downloadBlob } from '../../ui/download-text';
import { comparisonLayout, type ComparisonPanel, type TextSpot } from './comparison-layout';

export interface ExportSide {
  url: string;
  /** E.g. "Before · 3 Mar 2025". */
  label: string;
}

export interface ComparisonExport {
  /** E.g. "Front — Jane Doe". */
  title: string;
  before: ExportSide;
  after: ExportSide;
  fileName: string;
}

/** The photo at `url`, decoded. Same origin, so drawing it leaves the canvas exportable. */
async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

function drawText(context: CanvasRenderingContext2D, spot: TextSpot, fontSize: number, weight: number) {
  context.font = `${weight} ${fontSize}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
  context.fillText(spot.text, spot.x, spot.y);
}

function drawPanel(
  context: CanvasRenderingContext2D,
  image: HTMLImageElement,
  panel: ComparisonPanel,
  fontSize: number,
) {
  const { x, y, width, height } = panel.photo;
  context.drawImage(image, x, y, width, height);
  drawText(context, panel.label, fontSize, 600);
}

/**
 * Draws the two photos side by side with the view as a title and each photo's date under it,
 * and saves the result as a PNG for the patient. Everything happens in the browser: the photos
 * are the cleaned ones the server served, with no metadata, and so is the image made from them.
 */
export async function exportComparison(request: ComparisonExport): Promise<void> {
  const [before, after] = await Promise.all([loadImage(request.before.url), loadImage(request.after.url)]);
  const layout = comparisonLayout(
    request.title,
    { size: { width: before.naturalWidth, height: before.naturalHeight }, label: request.before.label },
    { size: { width: after.naturalWidth, height: after.naturalHeight }, label: request.after.label },
  );
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the comparison image.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  // Near-black on white: 18:1 contrast, legible when printed in grey.
  context.fillStyle = '#1a1b1e';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  drawText(context, layout.title, layout.fontSize, 700);
  drawPanel(context, before, layout.before, layout.fontSize);
  drawPanel(context, after, layout.after, layout.fontSize);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The comparison image could not be made.');
  downloadBlob(request.fileName, blob);
}
