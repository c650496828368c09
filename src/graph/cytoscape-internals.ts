// The Cytoscape internals (not public API) that src/graph patches or reads, and a pure check of
// live objects against them. Each module that reaches inside Cytoscape lists what it needs beside
// its code; tests/unit/cytoscape-internals.test.ts checks every list against the installed
// Cytoscape, so an upgrade that renames or retypes one fails there, naming the module and the
// internal, instead of the module quietly stepping aside at run time (each guards its patch).

/** The part of the model the renderer draws, in model coordinates (its `extent`). */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The canvas renderer's `drawLayeredElements`, which draws the graph layer: the first-frame hook
 * and the far painter both replace it, each seeing the elements through its own `E`.
 */
export type DrawLayered<E> = (
  context: CanvasRenderingContext2D,
  eles: E[],
  pxRatio: number,
  extent?: Extent,
) => void;

/** Where an internal lives. */
export type InternalHost =
  /** The `cy` instance. */
  | 'core'
  /** `cy.renderer()`: Cytoscape's canvas renderer (base renderer methods included). */
  | 'renderer'
  /** `cy.style()`. */
  | 'style'
  /** The prototype of `cy.style()`, shared by every stylesheet on the page. */
  | 'styleProto'
  /** The prototype of every collection (`cy.collection()`). */
  | 'collectionProto'
  /** A node and an edge, their style computed. */
  | 'node'
  | 'edge';

export type InternalType =
  'function' | 'object' | 'array' | 'boolean' | 'number' | 'string' | 'null';

export interface CytoscapeInternal {
  readonly host: InternalHost;
  /** Property path from the host, dot-separated: `_private.position`, `nodeShapes.tag.points`. */
  readonly path: string;
  /** The types it may have: `cachedZSortedEles` is null until the first sort, then an array. */
  readonly types: readonly InternalType[];
}

const typeOf = (value: unknown): InternalType | 'undefined' | 'other' => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'function' ||
    t === 'object' ||
    t === 'boolean' ||
    t === 'number' ||
    t === 'string' ||
    t === 'undefined'
    ? t
    : 'other';
};

/**
 * What is wrong with `hosts` for `module`'s internals, one sentence each ("z-order.ts relies on
 * renderer.getCachedZSortedEles (function): missing in this Cytoscape version"); empty when all
 * are there with the expected types. Reads properties only (inherited ones too), calls nothing.
 */
export function checkInternals(
  module: string,
  internals: readonly CytoscapeInternal[],
  hosts: Partial<Record<InternalHost, unknown>>,
): string[] {
  const problems: string[] = [];
  for (const { host, path, types } of internals) {
    const name = `${module} relies on ${host}.${path} (${types.join(' or ')})`;
    if (!(host in hosts)) {
      problems.push(`${name}: no ${host} was given to check it on`);
      continue;
    }
    let value: unknown = hosts[host];
    let missing = false;
    for (const key of path.split('.')) {
      if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
        missing = true;
        break;
      }
      if (!(key in value)) {
        missing = true;
        break;
      }
      value = (value as Record<string, unknown>)[key];
    }
    const found = typeOf(value);
    if (missing || found === 'undefined') {
      problems.push(`${name}: missing in this Cytoscape version`);
    } else if (!(types as readonly string[]).includes(found)) {
      problems.push(`${name}: is a ${found} in this Cytoscape version`);
    }
  }
  return problems;
}
