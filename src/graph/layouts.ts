// Layout options for each layout the menu offers; all deterministic (same data, same picture).
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../store/app-store';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric by degree',
  breadthfirst: 'Breadth-first from selection',
  circle: 'Circle',
  grid: 'Grid',
};

/**
 * Options for a layout over the shown elements. fcose starts from a circle placed in data order
 * instead of random positions, which is what makes it deterministic.
 */
export function layoutOptions(name: LayoutName, cy: Core, rootId?: string): LayoutOptions {
  const common = { animate: false, fit: true, padding: 40 } as const;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        randomize: false,
        quality: 'default',
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 9000,
        nodeSeparation: 90,
        numIter: 2500,
        tile: true,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 1,
        minNodeSpacing: 40,
        avoidOverlap: true,
      } as LayoutOptions;
    case 'breadthfirst': {
      const chosen = rootId ? cy.getElementById(rootId) : undefined;
      const root =
        chosen && chosen.nonempty() && chosen.visible()
          ? chosen
          : cy.nodes(':visible').max((n) => n.degree(false)).ele;
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.2,
        avoidOverlap: true,
        ...(root ? { roots: root } : {}),
      } as LayoutOptions;
    }
    case 'circle':
      return { name: 'circle', ...common, avoidOverlap: true, spacingFactor: 1.1 } as LayoutOptions;
    case 'grid':
      return {
        name: 'grid',
        ...common,
        avoidOverlap: true,
        avoidOverlapPadding: 30,
      } as LayoutOptions;
  }
}

/** Run a layout over the shown elements; a circle first gives fcose its deterministic start. */
export function runLayout(cy: Core, name: LayoutName, rootId?: string): void {
  const shown = cy.elements(':visible');
  if (shown.empty()) return;
  if (name === 'fcose') {
    shown.layout({ name: 'circle', animate: false, fit: false } as LayoutOptions).run();
  }
  shown.layout(layoutOptions(name, cy, rootId)).run();
}
