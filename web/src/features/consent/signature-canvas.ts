import type { DrawnSignature } from '@corium/contracts';
import {
  extend,
  fitInto,
  MAX_STROKES,
  spaceOf,
  toSignature,
  toSpace,
  type Point,
  type Size,
  type Stroke,
} from './signature-strokes';

/** Pen width in signature pixels; it scales with the signature when the pad is resized. */
const PEN_WIDTH = 2.5;
const INK = '#1a1b1e';

interface PadState {
  canvas: HTMLCanvasElement | null;
  box: Size;
  space: Size;
  strokes: Stroke[];
  /** The pointer drawing now (one at a time: a resting palm or second finger is ignored). */
  pointerId: number | null;
  /** The canvas's place on screen when the stroke began; the page cannot scroll while drawing. */
  origin: { left: number; top: number };
}

function contextOf(pad: PadState): CanvasRenderingContext2D | null {
  const context = pad.canvas?.getContext('2d');
  if (!context) return null;
  const ratio = window.devicePixelRatio || 1;
  const { scale, dx, dy } = fitInto(pad.space, pad.box);
  context.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * dx, ratio * dy);
  context.lineWidth = PEN_WIDTH;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = INK;
  context.fillStyle = INK;
  return context;
}

function drawDot(context: CanvasRenderingContext2D, [x, y]: Point): void {
  context.beginPath();
  context.arc(x, y, PEN_WIDTH / 2, 0, Math.PI * 2);
  context.fill();
}

function drawLine(context: CanvasRenderingContext2D, from: Point, to: Point): void {
  context.beginPath();
  context.moveTo(from[0], from[1]);
  context.lineTo(to[0], to[1]);
  context.stroke();
}

/** Sizes the canvas for the screen's pixel density and draws every stroke again. */
function paint(pad: PadState): void {
  if (!pad.canvas) return;
  const ratio = window.devicePixelRatio || 1;
  pad.canvas.width = Math.max(1, Math.round(pad.box.width * ratio));
  pad.canvas.height = Math.max(1, Math.round(pad.box.height * ratio));
  const context = contextOf(pad);
  if (!context) return;
  for (const stroke of pad.strokes) {
    drawDot(context, stroke[0]!);
    for (let i = 1; i < stroke.length; i++) drawLine(context, stroke[i - 1]!, stroke[i]!);
  }
}

function pointOf(event: PointerEvent, pad: PadState): Point {
  const fit = fitInto(pad.space, pad.box);
  return toSpace(event.clientX - pad.origin.left, event.clientY - pad.origin.top, pad.space, fit);
}

/** Measures the canvas as shown; an empty pad takes its new size as the signature's space. */
function measure(pad: PadState): boolean {
  const rect = pad.canvas?.getBoundingClientRect();
  // Zero while hidden, e.g. in a dialog that is closing: keep the last size.
  if (!rect || rect.width === 0 || rect.height === 0) return false;
  pad.box = { width: rect.width, height: rect.height };
  pad.origin = { left: rect.left, top: rect.top };
  if (pad.strokes.length === 0) pad.space = spaceOf(pad.box);
  return true;
}

/** Follows the canvas's size and redraws at it; returns what stops following. */
function attachTo(pad: PadState, canvas: HTMLCanvasElement): () => void {
  pad.canvas = canvas;
  const resize = () => {
    if (measure(pad)) paint(pad);
  };
  resize();
  const observer = new ResizeObserver(resize);
  observer.observe(canvas);
  return () => {
    observer.disconnect();
    pad.canvas = null;
  };
}

/** A pointer pressed on the pad: a new stroke begins, unless another pointer is drawing. */
function startStroke(pad: PadState, event: PointerEvent): boolean {
  if (!pad.canvas || pad.pointerId !== null || pad.strokes.length >= MAX_STROKES) return false;
  if (event.pointerType === 'mouse' && event.button !== 0) return false;
  pad.canvas.setPointerCapture(event.pointerId);
  measure(pad);
  pad.pointerId = event.pointerId;
  const point = pointOf(event, pad);
  pad.strokes.push([point]);
  const context = contextOf(pad);
  if (context) drawDot(context, point);
  return true;
}

function extendStroke(pad: PadState, event: PointerEvent): void {
  if (pad.pointerId !== event.pointerId) return;
  const stroke = pad.strokes[pad.strokes.length - 1]!;
  const context = contextOf(pad);
  // Coalesced events are the positions the browser merged into this one: a smoother line.
  const coalesced = event.getCoalescedEvents?.() ?? [];
  for (const pointer of coalesced.length > 0 ? coalesced : [event]) {
    const previous = stroke[stroke.length - 1]!;
    const point = pointOf(pointer, pad);
    if (extend(stroke, point) && context) drawLine(context, previous, point);
  }
}

/**
 * The drawing surface behind `SignaturePad`, outside React: Pointer Events, so a finger, a
 * stylus and a mouse all draw. Strokes are kept in the pad's own pixels.
 */
export function createSignatureCanvas() {
  const pad: PadState = {
    canvas: null,
    box: { width: 0, height: 0 },
    space: { width: 100, height: 50 },
    strokes: [],
    pointerId: null,
    origin: { left: 0, top: 0 },
  };
  return {
    attach: (canvas: HTMLCanvasElement) => attachTo(pad, canvas),
    start: (event: PointerEvent) => startStroke(pad, event),
    move: (event: PointerEvent) => extendStroke(pad, event),
    /** The pointer lifted (or was taken away): the signature so far; undefined if it was not drawing. */
    finish: (event: PointerEvent): DrawnSignature | null | undefined => {
      if (pad.pointerId !== event.pointerId) return undefined;
      pad.pointerId = null;
      return toSignature(pad.space, pad.strokes);
    },
    clear: () => {
      pad.strokes = [];
      pad.pointerId = null;
      measure(pad);
      paint(pad);
    },
  };
}
