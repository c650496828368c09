// The first graph layer is drawn element by element, straight onto the canvas; every later frame
// goes through Cytoscape's layered drawing, and a renderer without the hooks is left alone.
import type { Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { drawFirstFrameDirectly } from '../../src/graph/first-frame';

interface FakeEle {
  id: string;
  boundingBox(): { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
  visible(): boolean;
}

const ele = (id: string, x1: number, y1: number, size = 10, visible = true): FakeEle => ({
  id,
  boundingBox: () => ({ x1, y1, x2: x1 + size, y2: y1 + size, w: size, h: size }),
  visible: () => visible,
});

function fakeRenderer(firstGet: boolean | 'missing' = true, { grabbed = 0, pressed = false } = {}) {
  const drawn: string[] = [];
  const renderer = {
    drawLayeredElements: vi.fn(),
    drawElement: vi.fn((_context: unknown, e: FakeEle) => drawn.push(e.id)),
    data: {
      lyrTxrCache: firstGet === 'missing' ? {} : { firstGet },
      // Cytoscape's layers: the selection box, the drag layer, the graph.
      canvasNeedsRedraw: [true, true, true],
    },
    SELECT_BOX: 0,
    DRAG: 1,
    selection: [undefined, undefined, undefined, undefined, pressed ? 1 : 0],
  };
  const nodes = vi.fn((selector: string) => ({
    empty: () => selector !== ':grabbed' || grabbed === 0,
  }));
  const onRender: (() => void)[] = [];
  const one = vi.fn((event: string, handler: () => void) => {
    if (event === 'render') onRender.push(handler);
  });
  const cy = { renderer: () => renderer, nodes, one } as unknown as Core;
  /** Cytoscape's `render` event, at the end of a frame. */
  const rendered = () => onRender.splice(0).forEach((handler) => handler());
  return { renderer, cy, drawn, rendered };
}

const context = {} as CanvasRenderingContext2D;
const extent = { x1: 0, y1: 0, x2: 100, y2: 100 };
const eles = [
  ele('in view', 10, 10),
  ele('hidden', 20, 20, 10, false),
  ele('zero size', 30, 30, 0),
  ele('outside', 500, 500),
  ele('crossing the edge', 95, 95),
];

describe('drawFirstFrameDirectly', () => {
  it('draws the first frame element by element, in order, skipping what cannot be seen', () => {
    const { renderer, cy, drawn } = fakeRenderer();
    const layered = renderer.drawLayeredElements;
    drawFirstFrameDirectly(cy);
    expect(renderer.drawLayeredElements).not.toBe(layered);
    renderer.drawLayeredElements(context, eles, 1, extent);
    expect(drawn).toEqual(['in view', 'crossing the edge']);
    expect(renderer.drawElement.mock.contexts.every((c) => c === renderer)).toBe(true);
    expect(layered).not.toHaveBeenCalled();
    // The cache now queues its layers and builds them between frames.
    expect(renderer.data.lyrTxrCache).toEqual({ firstGet: false });
  });

  it('leaves the empty drag and selection-box layers of the first frame uncleared', () => {
    const { renderer, cy } = fakeRenderer();
    drawFirstFrameDirectly(cy);
    renderer.drawLayeredElements(context, eles, 1, extent);
    expect(renderer.data.canvasNeedsRedraw).toEqual([false, false, true]);
  });

  it('lets the first frame draw a grabbed node’s layer and a pressed background’s', () => {
    const { renderer, cy } = fakeRenderer(true, { grabbed: 1, pressed: true });
    drawFirstFrameDirectly(cy);
    renderer.drawLayeredElements(context, eles, 1, extent);
    expect(renderer.data.canvasNeedsRedraw).toEqual([true, true, true]);
  });

  it('clears those layers as usual when frames were drawn before (a graph the far painter drew first)', () => {
    const { renderer, cy, rendered } = fakeRenderer();
    drawFirstFrameDirectly(cy);
    rendered();
    renderer.drawLayeredElements(context, eles, 1, extent);
    expect(renderer.data.canvasNeedsRedraw).toEqual([true, true, true]);
  });

  it('hands every later frame to Cytoscape’s layered drawing', () => {
    const { renderer, cy, drawn } = fakeRenderer();
    const layered = renderer.drawLayeredElements;
    drawFirstFrameDirectly(cy);
    renderer.drawLayeredElements(context, eles, 1, extent);
    renderer.drawLayeredElements(context, eles, 2, extent);
    renderer.drawLayeredElements(context, eles, 1);
    expect(drawn).toHaveLength(2);
    expect(layered).toHaveBeenCalledTimes(2);
    expect(layered).toHaveBeenNthCalledWith(1, context, eles, 2, extent);
    expect(layered.mock.contexts[0]).toBe(renderer);
    // Only the first frame leaves layers alone.
    renderer.data.canvasNeedsRedraw = [true, true, true];
    renderer.drawLayeredElements(context, eles, 1, extent);
    expect(renderer.data.canvasNeedsRedraw).toEqual([true, true, true]);
  });

  it('steps aside when the cache has already drawn its first layers', () => {
    const { renderer, cy, drawn } = fakeRenderer(false);
    const layered = renderer.drawLayeredElements;
    drawFirstFrameDirectly(cy);
    renderer.drawLayeredElements(context, eles, 1, extent);
    expect(drawn).toEqual([]);
    expect(layered).toHaveBeenCalledTimes(1);
  });

  it('leaves a renderer without the flag alone', () => {
    const { renderer, cy } = fakeRenderer('missing');
    const layered = renderer.drawLayeredElements;
    drawFirstFrameDirectly(cy);
    expect(renderer.drawLayeredElements).toBe(layered);
  });
});
