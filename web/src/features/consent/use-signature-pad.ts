import { useCallback, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { DrawnSignature } from '@corium/contracts';
import { createSignatureCanvas } from './signature-canvas';

type CanvasPointer = ReactPointerEvent<HTMLCanvasElement>;

/**
 * Connects the drawing surface to React: the canvas it draws on, its pointer handlers, and
 * whether anything is drawn. `onChange` hears the signature when each stroke ends and on "Clear".
 */
export function useSignaturePad(onChange: (signature: DrawnSignature | null) => void, disabled: boolean) {
  const [surface] = useState(createSignatureCanvas);
  const [drawn, setDrawn] = useState(false);
  // React 19 calls the cleanup this returns when the canvas goes away.
  const canvasRef = useCallback(
    (canvas: HTMLCanvasElement | null) => (canvas ? surface.attach(canvas) : undefined),
    [surface],
  );

  const finish = (event: CanvasPointer) => {
    const signature = surface.finish(event.nativeEvent);
    if (signature === undefined) return;
    setDrawn(signature !== null);
    onChange(signature);
  };
  const handlers = {
    onPointerDown: (event: CanvasPointer) => {
      // Keeps the pointer from selecting text or starting a drag while it draws.
      if (!disabled && surface.start(event.nativeEvent)) event.preventDefault();
    },
    onPointerMove: (event: CanvasPointer) => surface.move(event.nativeEvent),
    onPointerUp: finish,
    onPointerCancel: finish,
    onLostPointerCapture: finish,
  };
  const clear = () => {
    surface.clear();
    setDrawn(false);
    onChange(null);
  };
  return { canvasRef, handlers, drawn, clear };
}
