// fcose's options, shared by the page, the layout worker and the benchmark's plain page (kept
// apart so the worker does not pull in the page's layout code).
import type { LayoutOptions } from 'cytoscape';

/**
 * Small graphs: fcose starting from a circle placed in data order instead of random positions,
 * which is what makes it deterministic. Shorter edges and half the repulsion of fcose's usual
 * settings crossed edges once on the built-in graph instead of 11 times (`node
 * bench/layout-quality.mjs`); the tidy pass after it (tidy-positions.ts) makes the room labels need.
 *
 * Large graphs (`large`): fcose's spectral "draft" stage only. Its force-directed refinement took
 * over six minutes on 5,000 actors and 20,000 relations here (even with 100 iterations), the draft
 * under three seconds. The draft needs `randomize`; the worker seeds Math.random, so the picture
 * is still the same for the same data.
 */
export function fcoseOptions(large = false): LayoutOptions {
  // The camera is camera.ts's: the layout places, and the caller frames what it placed.
  const common = { name: 'fcose', animate: false, fit: false, padding: 40 };
  if (large) {
    return {
      ...common,
      quality: 'draft',
      randomize: true,
      nodeDimensionsIncludeLabels: false,
      idealEdgeLength: () => 110,
      nodeRepulsion: () => 9000,
      nodeSeparation: 90,
      tile: true,
    } as LayoutOptions;
  }
  return {
    ...common,
    randomize: false,
    quality: 'default',
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 80,
    nodeRepulsion: () => 4500,
    nodeSeparation: 90,
    numIter: 2500,
    tile: true,
  } as LayoutOptions;
}
