// fcose's options, shared by the page and the layout worker (kept apart so the worker does not
// pull in the page's layout code).
import type { LayoutOptions } from 'cytoscape';

/**
 * fcose starting from a circle placed in data order instead of random positions, which is what
 * makes it deterministic.
 */
export function fcoseOptions(): LayoutOptions {
  return {
    name: 'fcose',
    animate: false,
    fit: true,
    padding: 40,
    randomize: false,
    quality: 'default',
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 110,
    nodeRepulsion: () => 9000,
    nodeSeparation: 90,
    numIter: 2500,
    tile: true,
  } as LayoutOptions;
}
