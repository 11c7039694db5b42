import { describe, expect, it } from 'vitest';
import {
  MAX_ZOOM,
  panAfterKey,
  panBy,
  unzoomed,
  withZoom,
  zoomIn,
  zoomOut,
  zoomPercent,
  zoomTransform,
} from './zoom';

describe('shared zoom', () => {
  it('zooms in by half again per press, up to four times', () => {
    expect(zoomPercent(zoomIn(unzoomed))).toBe(150);
    let state = unzoomed;
    for (let press = 0; press < 10; press++) state = zoomIn(state);
    expect(state.zoom).toBe(MAX_ZOOM);
    expect(zoomOut(unzoomed)).toEqual(unzoomed);
  });

  it('cannot move an unzoomed photo, so no empty edge shows', () => {
    expect(panBy(unzoomed, 0.3, 0.3)).toEqual(unzoomed);
  });

  it('lets a photo zoomed twice move half a frame either way at most', () => {
    const twice = withZoom(unzoomed, 2);
    expect(panBy(twice, 0.2, 0)).toEqual({ zoom: 2, x: -0.2, y: 0 });
    expect(panBy(twice, 5, -5)).toEqual({ zoom: 2, x: -0.5, y: 0.5 });
  });

  it('pulls the view back inside the photo when zooming out', () => {
    const moved = panBy(withZoom(unzoomed, 3), 1, 1);
    expect(moved).toEqual({ zoom: 3, x: -1, y: -1 });
    expect(withZoom(moved, 2)).toEqual({ zoom: 2, x: -0.5, y: -0.5 });
  });

  it('moves with the arrow keys and ignores others', () => {
    const twice = withZoom(unzoomed, 2);
    expect(panAfterKey(twice, 'ArrowRight')).toEqual({ zoom: 2, x: -0.1, y: 0 });
    expect(panAfterKey(twice, 'ArrowUp')).toEqual({ zoom: 2, x: 0, y: 0.1 });
    expect(panAfterKey(twice, 'a')).toBeNull();
  });

  it('writes one transform for both photos', () => {
    expect(zoomTransform({ zoom: 2, x: -0.25, y: 0.5 })).toBe('translate(-25%, 50%) scale(2)');
  });
});
