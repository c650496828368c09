// Sliced canvas work (src/graph/canvas-work.ts) holds the renderer's drawing while it runs, on a
// stand-in for Cytoscape: a run cancelled by the run that replaced it lets go of its own hold only.
import type { Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { runInSlices } from '../../src/graph/canvas-work';
import type { ElementWork } from '../../src/graph/element-sync';

/** Work of `steps` steps, each taking `ms` milliseconds (so every step is a slice of its own). */
function* slow(steps: number, ms: number): ElementWork<string> {
  for (let i = 0; i < steps; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    yield { touched: 1 };
  }
  return 'done';
}

function standIn() {
  const drawn = vi.fn();
  const renderer = {
    render: drawn as (options?: unknown) => void,
    redraw: vi.fn(),
    getCachedZSortedEles: vi.fn(() => []),
  };
  const cy = { renderer: () => renderer, batch: (f: () => void) => f(), destroyed: () => false };
  return { cy: cy as unknown as Core, renderer, drawn };
}

describe('runInSlices', () => {
  it('draws nothing while a run holds the drawing, and asks for a drawing when it ends', async () => {
    const { cy, renderer, drawn } = standIn();
    const run = runInSlices(cy, slow(3, 45), 3, 'Drawing');
    renderer.render();
    expect(drawn).not.toHaveBeenCalled();
    expect(await run.result).toEqual({ value: 'done' });
    expect(renderer.redraw).toHaveBeenCalledTimes(1);
    renderer.render();
    expect(drawn).toHaveBeenCalledTimes(1);
  });

  it('keeps the drawing held for the run that replaced a cancelled one', async () => {
    const { cy, renderer, drawn } = standIn();
    const first = runInSlices(cy, slow(20, 45), 20, 'Drawing A');
    const second = runInSlices(cy, slow(6, 45), 6, 'Drawing B');
    first.cancel();
    expect(await first.result).toBeNull();
    // The cancelled run has let go; the second still runs, and still nothing is drawn.
    renderer.render();
    expect(drawn).not.toHaveBeenCalled();
    expect(renderer.redraw).not.toHaveBeenCalled();
    expect(await second.result).toEqual({ value: 'done' });
    renderer.render();
    expect(drawn).toHaveBeenCalledTimes(1);
  });

  it('finishes with the result and sorts the elements for drawing before it lets drawing resume', async () => {
    const { cy, renderer, drawn } = standIn();
    const order: string[] = [];
    renderer.redraw.mockImplementation(() => order.push('redraw'));
    renderer.getCachedZSortedEles.mockImplementation(() => {
      order.push('sort');
      return [];
    });
    const run = runInSlices(cy, slow(2, 45), 2, 'Drawing', (value) => {
      renderer.render();
      order.push(`finish ${value}`);
    });
    expect(await run.result).toEqual({ value: 'done' });
    expect(order).toEqual(['finish done', 'sort', 'redraw']);
    // What finishing changed waits for the drawing that follows.
    expect(drawn).not.toHaveBeenCalled();
  });

  it('neither finishes nor prepares a drawing for a run cancelled before its end', async () => {
    const { cy, renderer } = standIn();
    const finish = vi.fn();
    const run = runInSlices(cy, slow(6, 45), 6, 'Drawing', finish);
    run.cancel();
    expect(await run.result).toBeNull();
    expect(finish).not.toHaveBeenCalled();
    expect(renderer.getCachedZSortedEles).not.toHaveBeenCalled();
  });
});
