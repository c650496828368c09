// Runs element work (element-sync.ts) on the canvas. Work on a few thousand elements runs at once,
// in one batch, as an edit expects to be drawn in its next frame. Larger work (opening a 20k-actor
// dataset, merging one into another) runs in slices of about SLICE_MS with the page answering
// input between them (docs/design.md §10: no main-thread task over 200 ms), its progress shown
// over the canvas. Each slice computes the style of what it added, which Cytoscape would otherwise
// leave to the next frame: one frame styling 120,000 elements is the long task slicing avoids.
import type { Core } from 'cytoscape';
import { create } from 'zustand';
import { yieldToPage } from '../model/time-slices';
import type { CytoscapeInternal } from './cytoscape-internals';
import type { ElementWork, Step } from './element-sync';
import { farPicturePreparation } from './far-preparation';

/** Elements above which work runs in slices. */
export const SLICED_ABOVE = 6000;

/** Longest a slice runs before the page gets the thread back, in milliseconds. */
const SLICE_MS = 40;

export interface CanvasProgress {
  /** What is being drawn: "Drawing “Title”". */
  readonly label: string;
  readonly done: number;
  readonly total: number;
  /** Which run it is (a cancelled run clears only its own progress). */
  readonly run: number;
}

/** Sliced work in progress, for the status over the canvas; null when there is none. */
export const useCanvasProgress = create<{ progress: CanvasProgress | null }>(() => ({
  progress: null,
}));

/**
 * The renderer's loop calls `render` at each animation frame that has something to draw, and
 * `redraw` asks for one (see cytoscape's `extensions/renderer/base/redraw.mjs`). Checked by
 * tests/unit/cytoscape-internals.test.ts.
 */
export const CANVAS_WORK_INTERNALS: readonly CytoscapeInternal[] = [
  { host: 'renderer', path: 'render', types: ['function'] },
  { host: 'renderer', path: 'redraw', types: ['function'] },
  { host: 'renderer', path: 'getCachedZSortedEles', types: ['function'] },
];

interface Drawing {
  render?: (options?: unknown) => void;
  redraw?: () => void;
  /** The elements in draw order, sorted when first asked for after a change (z-order.ts). */
  getCachedZSortedEles?: () => unknown;
}

/**
 * Renderers whose drawing is held, with how many runs hold it: a cancelled run may let go after
 * the run that replaced it has taken hold, and must not let that one's drawing resume.
 */
const held = new WeakMap<object, number>();
const patched = new WeakSet<object>();

/**
 * Draw nothing until `resume`: a drawing of the half-built graph between two slices costs more
 * than the slices (over a second at 60,000 elements here, most of it rasterising the canvas), and
 * the status over the canvas shows the progress instead. The last picture stays on the canvas.
 */
function holdDrawing(cy: Core): () => void {
  const renderer = (cy as unknown as { renderer?: () => Drawing | null }).renderer?.();
  const render = renderer?.render;
  if (!renderer || typeof render !== 'function' || typeof renderer.redraw !== 'function') {
    return () => {};
  }
  if (!patched.has(renderer)) {
    patched.add(renderer);
    renderer.render = function (this: Drawing, options?: unknown) {
      // Cytoscape's redraw hints stay set until a drawing happens: nothing asked for is lost.
      if (!held.get(renderer)) render.call(this, options);
    };
  }
  held.set(renderer, (held.get(renderer) ?? 0) + 1);
  return () => {
    const holds = held.get(renderer)! - 1;
    held.set(renderer, holds);
    if (holds === 0 && !cy.destroyed()) renderer.redraw!();
  };
}

/**
 * Before the first drawing after sliced work, each in a task of its own: the draw order of every
 * element, then the far painter's picture, drawn ahead in parts. The first frame of a 20k/100k
 * graph did all of it, and took over half a second.
 */
async function prepareDrawing(cy: Core, cancelled: () => boolean): Promise<void> {
  const renderer = (cy as unknown as { renderer?: () => Drawing | null }).renderer?.();
  await yieldToPage();
  if (cancelled() || cy.destroyed()) return;
  renderer?.getCachedZSortedEles?.();
  for (const step of farPicturePreparation(cy)) {
    await yieldToPage();
    if (cancelled() || cy.destroyed()) return;
    step();
  }
}

/** Compute the style of the elements a step added (their first reading of a style does it). */
function styleAdded(step: Step): void {
  const added = step.added;
  if (!added) return;
  // `pstyle` is Cytoscape's own (not in its typings): it applies a dirty element's style.
  const eles = added as unknown as ArrayLike<{ pstyle(name: string): unknown }>;
  for (let i = 0; i < eles.length; i++) eles[i]!.pstyle('display');
}

/** Run all of `work` now, in one batch; returns its result. */
export function runAtOnce<T>(cy: Core, work: ElementWork<T>): T {
  let result: IteratorResult<Step, T> | undefined;
  cy.batch(() => {
    do result = work.next();
    while (!result.done);
  });
  return (result as IteratorReturnResult<T>).value;
}

let runs = 0;

/** A sliced run: stop it with `cancel` (its work is left half done, for the next to replace). */
export interface SlicedRun<T> {
  readonly result: Promise<{ value: T } | null>;
  cancel(): void;
}

/**
 * Run `work` (about `total` elements) in slices, showing `label` and the progress; resolves with
 * its result, or null when cancelled. `finish` runs with the result in a task of its own before
 * anything is drawn (the classes, sizes and framing of a dataset just opened), then the first
 * drawing is prepared.
 */
export function runInSlices<T>(
  cy: Core,
  work: ElementWork<T>,
  total: number,
  label: string,
  finish: (value: T) => void = () => {},
): SlicedRun<T> {
  let cancelled = false;
  const run = ++runs;
  const show = (done: number) =>
    useCanvasProgress.setState({ progress: { label, done: Math.min(done, total), total, run } });
  const clearProgress = () => {
    if (useCanvasProgress.getState().progress?.run === run)
      useCanvasProgress.setState({ progress: null });
  };
  const slices = async (): Promise<{ value: T } | null> => {
    let done = 0;
    show(0);
    const resume = holdDrawing(cy);
    try {
      // The first slice in a task of its own, too: the change that started the work has
      // rendered the panels in this one.
      await yieldToPage();
      if (cancelled || cy.destroyed()) return null;
      for (;;) {
        const started = performance.now();
        let result: IteratorResult<Step, T>;
        do {
          let next: IteratorResult<Step, T> | undefined;
          cy.batch(() => {
            next = work.next();
          });
          result = next!;
          if (!result.done) {
            done += result.value.touched;
            styleAdded(result.value);
          }
        } while (!result.done && performance.now() - started < SLICE_MS);
        if (result.done) {
          // Every element is on the canvas: what is left is its first drawing.
          clearProgress();
          await yieldToPage();
          if (cancelled || cy.destroyed()) return null;
          finish(result.value);
          await prepareDrawing(cy, () => cancelled);
          return { value: result.value };
        }
        show(done);
        await yieldToPage();
        if (cancelled || cy.destroyed()) {
          work.return(undefined as never);
          return null;
        }
      }
    } finally {
      resume();
      clearProgress();
    }
  };
  return {
    result: slices(),
    cancel: () => {
      cancelled = true;
    },
  };
}
