// The order Cytoscape draws and hit-tests elements in, computed from one set of keys per element.
// Cytoscape re-sorts every element whenever one is shown, hidden or re-layered (a filter toggle on a
// 5,000-actor graph re-sorts 25,000), and its comparator reads four style values per element on
// every comparison: some 400,000 comparisons and over two million style reads for one toggle.
// Reading the keys once and sorting numbers gives the same order in a fraction of the time. And
// since showing or hiding an element moves nothing in that order, a change of `display` keeps the
// sorted array and only marks which elements are interactive as out of date.
import type { Core } from 'cytoscape';
import type { CytoscapeInternal } from './cytoscape-internals';

/** What the sort reads of an element (a Cytoscape element satisfies it). */
export interface ZElement {
  pstyle(name: string): { value: unknown };
  zDepth(): number;
  isNode(): boolean;
  poolIndex(): number;
  interactive(): boolean;
}

/** Cytoscape's "top" compound depth (its `MAX_INT`). */
const TOP = Number.MAX_SAFE_INTEGER;

/**
 * `eles` in Cytoscape's z-order: by compound depth, then edges before nodes (when
 * `z-index-compare` is "auto"), then `z-index`, then the order the elements were added in. The
 * same keys and tie-breaks as its `zIndexSort`; `poolIndex` makes the order total, so any correct
 * sort gives the same array.
 */
export function zSorted<T extends ZElement>(eles: readonly T[], compound: boolean): T[] {
  const n = eles.length;
  const depth = new Float64Array(n);
  const kind = new Uint8Array(n);
  const z = new Float64Array(n);
  const pool = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ele = eles[i]!;
    const d = ele.pstyle('z-compound-depth').value;
    depth[i] =
      d === 'auto' ? (compound ? ele.zDepth() : 0) : d === 'bottom' ? -1 : d === 'top' ? TOP : 0;
    kind[i] = ele.pstyle('z-index-compare').value === 'auto' && ele.isNode() ? 1 : 0;
    z[i] = Number(ele.pstyle('z-index').value);
    pool[i] = ele.poolIndex();
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(
    (a, b) => depth[a]! - depth[b]! || kind[a]! - kind[b]! || z[a]! - z[b]! || pool[a]! - pool[b]!,
  );
  return order.map((i) => eles[i]!);
}

type SortedEles = ZElement[] & { interactive?: ZElement[] };

/** The part of Cytoscape's canvas renderer that keeps the sorted elements (not public API). */
interface ZSortingRenderer {
  cy: { mutableElements(): { toArray(): ZElement[] }; hasCompoundNodes(): boolean };
  cachedZSortedEles: SortedEles | null;
  getCachedZSortedEles(forceRecalc?: boolean): SortedEles;
  updateCachedGrabbedEles(): void;
}

/**
 * The part of Cytoscape's style that, after a property of an element changed, tells the renderer
 * when the draw order may have changed (not public API). It belongs to the style's prototype, shared
 * by every stylesheet of every graph on the page.
 */
interface ZOrderTrigger {
  _private?: { cy?: object };
  checkZOrderTrigger(ele: unknown, name: string, fromValue: unknown, toValue: unknown): void;
}

/**
 * Every Cytoscape internal this module replaces or reads (ZSortingRenderer, ZOrderTrigger and
 * ZElement above), checked against the installed Cytoscape by tests/unit/cytoscape-internals.test.ts.
 */
export const Z_ORDER_INTERNALS: readonly CytoscapeInternal[] = [
  { host: 'renderer', path: 'getCachedZSortedEles', types: ['function'] },
  { host: 'renderer', path: 'updateCachedGrabbedEles', types: ['function'] },
  { host: 'renderer', path: 'cachedZSortedEles', types: ['null', 'array'] },
  { host: 'renderer', path: 'cy', types: ['object'] },
  { host: 'core', path: 'mutableElements', types: ['function'] },
  { host: 'core', path: 'hasCompoundNodes', types: ['function'] },
  { host: 'styleProto', path: 'checkZOrderTrigger', types: ['function'] },
  { host: 'style', path: '_private.cy', types: ['object'] },
  { host: 'node', path: 'zDepth', types: ['function'] },
  { host: 'node', path: 'poolIndex', types: ['function'] },
  { host: 'node', path: 'interactive', types: ['function'] },
];

/** Renderers using the keyed sort, by their graph. */
const keyedRenderers = new WeakMap<object, ZSortingRenderer>();
const hookedStyles = new WeakSet<object>();

/** The interactive subset of each sorted array, once a hit test has asked for it. */
const interactiveOf = new WeakMap<SortedEles, ZElement[]>();

/**
 * Only hit tests read the interactive subset: worked out at the first one after a sort or a change
 * of what is shown, not at every change (a tenth of a toggle's time on a large graph).
 */
function defineInteractive(eles: SortedEles): void {
  Object.defineProperty(eles, 'interactive', {
    configurable: true,
    get: () => {
      let interactive = interactiveOf.get(eles);
      if (!interactive) {
        interactive = eles.filter((ele) => ele.interactive());
        interactiveOf.set(eles, interactive);
      }
      return interactive;
    },
  });
}

/**
 * For graphs with the keyed sort, a change of `display` no longer throws the sorted array away:
 * none of its keys (compound depth, z-index, kind, insertion order) depends on it. Cytoscape would
 * re-sort all 25,000 elements of a large graph after every filter toggle.
 */
function keepOrderOnDisplayChange(style: object): void {
  const proto = Object.getPrototypeOf(style) as Partial<ZOrderTrigger> | null;
  if (!proto || hookedStyles.has(proto) || typeof proto.checkZOrderTrigger !== 'function') return;
  hookedStyles.add(proto);
  const base = proto.checkZOrderTrigger;
  proto.checkZOrderTrigger = function (this: ZOrderTrigger, ele, name, fromValue, toValue) {
    const owner = this._private?.cy;
    const renderer = owner ? keyedRenderers.get(owner) : undefined;
    if (name === 'display' && renderer) {
      if (renderer.cachedZSortedEles) interactiveOf.delete(renderer.cachedZSortedEles);
      return;
    }
    base.call(this, ele, name, fromValue, toValue);
  };
}

/**
 * Give `cy`'s renderer the keyed sort in place of its own, keeping everything else its method does
 * (the cache, the interactive subset, the grabbed elements). Left alone if the renderer has changed
 * shape.
 */
export function installZOrder(cy: Core): void {
  const renderer = (
    cy as unknown as { renderer(): Partial<ZSortingRenderer> | undefined }
  ).renderer();
  if (
    !renderer ||
    typeof renderer.getCachedZSortedEles !== 'function' ||
    typeof renderer.updateCachedGrabbedEles !== 'function' ||
    !renderer.cy
  ) {
    return;
  }
  const r = renderer as ZSortingRenderer;
  r.getCachedZSortedEles = function (forceRecalc?: boolean) {
    if (forceRecalc || !this.cachedZSortedEles) {
      const eles: SortedEles = zSorted(
        this.cy.mutableElements().toArray(),
        this.cy.hasCompoundNodes(),
      );
      defineInteractive(eles);
      this.cachedZSortedEles = eles;
      this.updateCachedGrabbedEles();
    }
    return this.cachedZSortedEles;
  };
  keyedRenderers.set(cy, r);
  keepOrderOnDisplayChange(cy.style());
}
