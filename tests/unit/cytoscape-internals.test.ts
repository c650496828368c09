// @vitest-environment jsdom
// The Cytoscape internals src/graph patches or reads are there, with the types it expects, in the
// installed Cytoscape. cytoscape is pinned exactly in package.json for them; after an upgrade, this
// file says which module relies on which internal that has gone, where the modules themselves would
// only step aside quietly (each guards its patch) and the app would lose speed without a word.
//
// The renderer is Cytoscape's real canvas renderer, built in jsdom on a no-op 2D context: jsdom
// has no canvas, and nothing is drawn here (the graph is destroyed before its first frame).
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  checkInternals,
  type CytoscapeInternal,
  type InternalHost,
} from '../../src/graph/cytoscape-internals';
import { CANVAS_WORK_INTERNALS } from '../../src/graph/canvas-work';
import { EXPORT_IMAGE_INTERNALS } from '../../src/graph/export-image';
import { FAR_PAINTER_INTERNALS, installFarPainter } from '../../src/graph/far-painter';
import { drawFirstFrameDirectly, FIRST_FRAME_INTERNALS } from '../../src/graph/first-frame';
import { applyRendererDetail, LOD_INTERNALS } from '../../src/graph/lod';
import { graphStylesheet, LIGHT_PALETTE } from '../../src/graph/stylesheet';
import { installZOrder, Z_ORDER_INTERNALS } from '../../src/graph/z-order';
import { vocabularyOf } from '../../src/model/vocabulary';

const MODULES: readonly (readonly [string, readonly CytoscapeInternal[]])[] = [
  ['z-order.ts', Z_ORDER_INTERNALS],
  ['far-painter.ts', FAR_PAINTER_INTERNALS],
  ['lod.ts', LOD_INTERNALS],
  ['export-image.ts', EXPORT_IMAGE_INTERNALS],
  ['canvas-work.ts', CANVAS_WORK_INTERNALS],
  ['first-frame.ts', FIRST_FRAME_INTERNALS],
];

/** A 2D context whose every method does nothing: enough for the renderer to be built. */
function noopContext(): object {
  // Label sizes are measured as the graph is built.
  const fields: Record<string | symbol, unknown> = { measureText: () => ({ width: 10 }) };
  return new Proxy(fields, {
    get: (target, key) => (key in target ? target[key] : () => undefined),
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });
}

let cy: Core;
/** The data fields the app's stylesheet maps. */
const actor = { label: 'A', color: '#4e79a7', size: 30 };
const relation = { label: 'attacked', color: '#d62728', lineStyle: 'solid', arrow: 'triangle' };

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () => noopContext() as RenderingContext,
  );
  const container = document.createElement('div');
  document.body.append(container);
  cy = cytoscape({
    container,
    layout: { name: 'preset', fit: false },
    style: graphStylesheet(LIGHT_PALETTE),
    elements: [
      { data: { id: 'a', ...actor, shape: 'rectangle' }, position: { x: 0, y: 0 } },
      { data: { id: 'b', ...actor, shape: 'triangle' }, position: { x: 100, y: 0 } },
      { data: { id: 'a-b', source: 'a', target: 'b', ...relation } },
    ],
  });
});

// The container stays in the document: Cytoscape watches for its removal and would destroy the
// graph a second time, which throws.
afterEach(() => cy.destroy());

/** Every host an internal can live on, from the live graph. */
function hosts(): Record<InternalHost, unknown> {
  const node = cy.$id('a')[0] as unknown as { pstyle(name: string): unknown };
  const edge = cy.$id('a-b')[0] as unknown as { pstyle(name: string): unknown };
  // Style keys and flags are written when an element's style is first computed.
  node.pstyle('display');
  edge.pstyle('display');
  return {
    core: cy,
    renderer: (cy as unknown as { renderer(): unknown }).renderer(),
    style: cy.style(),
    styleProto: Object.getPrototypeOf(cy.style()),
    collectionProto: Object.getPrototypeOf(cy.collection()),
    node,
    edge,
  };
}

describe('Cytoscape internals relied on by src/graph', () => {
  it.each(MODULES)('%s finds every internal it lists, with its type', (module, internals) => {
    expect(internals.length).toBeGreaterThan(0);
    expect(checkInternals(module, internals, hosts())).toEqual([]);
  });

  it('far-painter.ts finds a polygon in nodeShapes for every shape the vocabulary gives a kind', () => {
    // Eight kinds beyond the built-ins take every extra shape the vocabulary hands out.
    const extra = Array.from({ length: 8 }, (_, i) => ({ id: `extra-${i}`, label: `extra ${i}` }));
    const shapes = new Set(vocabularyOf({ actorKinds: extra }).actorKinds.map((k) => k.shape));
    expect(shapes.size).toBeGreaterThan(10);
    // The far painter draws rounded and cut shapes by their plain polygon, ellipses as ellipses.
    const polygons: CytoscapeInternal[] = [...shapes]
      .filter((shape) => shape !== 'ellipse')
      .map((shape) => shape.replace(/^round-|^cut-|^bottom-round-/, ''))
      .map((plain) => ({ host: 'renderer', path: `nodeShapes.${plain}.points`, types: ['array'] }));
    expect(checkInternals('far-painter.ts', polygons, hosts())).toEqual([]);
  });

  // Each module guards its patch and steps aside if the renderer has changed shape: these say
  // aloud that the guards still let the patches in.
  it('z-order.ts puts its keyed sort in place of the renderer’s', () => {
    const renderer = hosts().renderer as { getCachedZSortedEles: unknown };
    const before = renderer.getCachedZSortedEles;
    installZOrder(cy);
    expect(renderer.getCachedZSortedEles, 'z-order.ts left Cytoscape’s sort in place').not.toBe(
      before,
    );
  });

  it('far-painter.ts hooks the renderer’s layered and export drawing', () => {
    const renderer = hosts().renderer as { drawLayeredElements: unknown; drawElements: unknown };
    const { drawLayeredElements, drawElements } = renderer;
    installFarPainter(cy, () => false);
    expect(renderer.drawLayeredElements, 'far-painter.ts left drawLayeredElements alone').not.toBe(
      drawLayeredElements,
    );
    expect(renderer.drawElements, 'far-painter.ts left drawElements alone').not.toBe(drawElements);
  });

  it('first-frame.ts hooks the layered drawing of a renderer that has not drawn yet', () => {
    const renderer = hosts().renderer as {
      drawLayeredElements: unknown;
      data: { lyrTxrCache: { firstGet: unknown } };
    };
    expect(renderer.data.lyrTxrCache.firstGet).toBe(true);
    const { drawLayeredElements } = renderer;
    drawFirstFrameDirectly(cy);
    expect(renderer.drawLayeredElements, 'first-frame.ts left drawLayeredElements alone').not.toBe(
      drawLayeredElements,
    );
  });

  it('lod.ts sets the live renderer’s pixel ratio and viewport texture for a large graph', () => {
    const renderer = hosts().renderer as { forcedPixelRatio: unknown; textureOnViewport: unknown };
    applyRendererDetail(cy, 25_000, 'full');
    expect(renderer.forcedPixelRatio, 'lod.ts did not reach forcedPixelRatio').toBe(1);
    expect(renderer.textureOnViewport, 'lod.ts did not reach textureOnViewport').toBe(true);
  });
});

describe('checkInternals', () => {
  const renderer = { draw: () => undefined, ratio: 2, shapes: { square: { points: [1, 2] } } };

  it('names the module and the internal when one is missing or has another type', () => {
    expect(
      checkInternals(
        'z-order.ts',
        [
          { host: 'renderer', path: 'draw', types: ['function'] },
          { host: 'renderer', path: 'zOrderSort', types: ['function'] },
          { host: 'renderer', path: 'ratio', types: ['null', 'boolean'] },
          { host: 'renderer', path: 'shapes.square.points', types: ['array'] },
          { host: 'renderer', path: 'shapes.star.points', types: ['array'] },
          { host: 'core', path: 'mutableElements', types: ['function'] },
        ],
        { renderer },
      ),
    ).toEqual([
      'z-order.ts relies on renderer.zOrderSort (function): missing in this Cytoscape version',
      'z-order.ts relies on renderer.ratio (null or boolean): is a number in this Cytoscape version',
      'z-order.ts relies on renderer.shapes.star.points (array): missing in this Cytoscape version',
      'z-order.ts relies on core.mutableElements (function): no core was given to check it on',
    ]);
  });

  it('finds inherited members, as the renderer’s methods are', () => {
    const child: object = Object.create(renderer);
    expect(
      checkInternals('m', [{ host: 'renderer', path: 'draw', types: ['function'] }], {
        renderer: child,
      }),
    ).toEqual([]);
  });
});
