// Export sizes are clamped to the browser's canvas limits, keeping the aspect ratio.
import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, clampToCanvas } from '../../src/graph/export-image';

describe('clampToCanvas', () => {
  it('leaves an image inside the limits as it is', () => {
    expect(clampToCanvas(1200, 800)).toBe(1);
    expect(clampToCanvas(MAX_CANVAS_SIDE, 100)).toBe(1);
  });

  it('scales a too-wide image so its width is exactly the limit', () => {
    const f = clampToCanvas(MAX_CANVAS_SIDE * 4, 1000);
    expect(f).toBeCloseTo(0.25);
    expect(MAX_CANVAS_SIDE * 4 * f).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });

  it('scales by the tighter of the two sides', () => {
    const f = clampToCanvas(MAX_CANVAS_SIDE * 2, MAX_CANVAS_SIDE * 8);
    expect(f).toBeCloseTo(1 / 8);
  });

  it('keeps the area within the limit for a square too large on both sides', () => {
    const side = 100_000;
    const f = clampToCanvas(side, side);
    expect(side * f).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(side * f * side * f).toBeLessThanOrEqual(MAX_CANVAS_AREA + 1);
  });
});
