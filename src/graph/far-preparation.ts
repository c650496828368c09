// Where canvas-work finds the far painter's first-frame preparation for a graph. The far painter
// is a chunk of its own (graph-view.tsx loads it), and registers its steps here when it is
// installed; until then a graph has none, and its first frame is drawn the usual way.
import type { Core } from 'cytoscape';

/** The steps that draw the next frame ahead, for graphs with the far painter. */
const preparers = new WeakMap<Core, () => (() => void)[]>();

/** Called by the far painter as it is installed on `cy`. */
export function registerFarPreparation(cy: Core, prepare: () => (() => void)[]): void {
  preparers.set(cy, prepare);
}

/**
 * Steps, each for a task of its own, that build the far painter's picture of the graph layer and
 * draw it ahead into a bitmap, if the painter will draw the next frame: after a large graph is
 * opened, before that frame, which then only copies the bitmap. Empty without the painter.
 */
export function farPicturePreparation(cy: Core): (() => void)[] {
  return preparers.get(cy)?.() ?? [];
}
