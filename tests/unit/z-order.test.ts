// The keyed z-sort gives the order Cytoscape's own comparator gives (checked against the real
// renderer in tests/e2e/graph.spec.ts; here against that comparator, transcribed).
import fc from 'fast-check';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { zSorted, type ZElement } from '../../src/graph/z-order';

interface Fake extends ZElement {
  readonly name: string;
}

function fake(
  name: string,
  o: {
    node?: boolean;
    depth?: string;
    compare?: string;
    z?: number;
    zDepth?: number;
    pool: number;
  },
): Fake {
  const style: Record<string, unknown> = {
    'z-compound-depth': o.depth ?? 'auto',
    'z-index-compare': o.compare ?? 'auto',
    'z-index': o.z ?? 0,
  };
  return {
    name,
    pstyle: (p) => ({ value: style[p] }),
    zDepth: () => o.zDepth ?? 0,
    isNode: () => o.node ?? true,
    poolIndex: () => o.pool,
    interactive: () => true,
  };
}

/** Cytoscape's `zIndexSort` (src/extensions/renderer/base/coord-ele-math/z-ordering.mjs). */
function reference(compound: boolean) {
  const depth = (e: ZElement) => {
    const v = e.pstyle('z-compound-depth').value;
    if (v === 'auto') return compound ? e.zDepth() : 0;
    if (v === 'bottom') return -1;
    if (v === 'top') return Number.MAX_SAFE_INTEGER;
    return 0;
  };
  const eleDepth = (e: ZElement) =>
    e.pstyle('z-index-compare').value === 'auto' ? (e.isNode() ? 1 : 0) : 0;
  return (a: ZElement, b: ZElement) =>
    depth(a) - depth(b) ||
    eleDepth(a) - eleDepth(b) ||
    Number(a.pstyle('z-index').value) - Number(b.pstyle('z-index').value) ||
    a.poolIndex() - b.poolIndex();
}

const names = (xs: readonly Fake[]) => xs.map((x) => x.name);

describe('zSorted', () => {
  it('puts edges under nodes, then orders by z-index, then by insertion', () => {
    const eles = [
      fake('node-late', { pool: 3 }),
      fake('edge', { node: false, pool: 2 }),
      fake('node-raised', { z: 5, pool: 0 }),
      fake('node-early', { pool: 1 }),
    ];
    expect(names(zSorted(eles, false))).toEqual(['edge', 'node-early', 'node-late', 'node-raised']);
  });

  it('orders by compound depth first, with "bottom" and "top" outside it', () => {
    const eles = [
      fake('top', { depth: 'top', pool: 0 }),
      fake('child', { zDepth: 2, pool: 1 }),
      fake('parent', { zDepth: 1, pool: 2 }),
      fake('bottom', { depth: 'bottom', z: 99, pool: 3 }),
    ];
    expect(names(zSorted(eles, true))).toEqual(['bottom', 'parent', 'child', 'top']);
    // Without compound nodes, "auto" depth is 0 for all.
    expect(names(zSorted(eles, false))).toEqual(['bottom', 'child', 'parent', 'top']);
  });

  it('gives the comparator’s order for any mix of keys', () => {
    const element = fc.record({
      node: fc.boolean(),
      depth: fc.constantFrom('auto', 'auto', 'bottom', 'top', 'orphan'),
      compare: fc.constantFrom('auto', 'manual'),
      z: fc.integer({ min: -3, max: 3 }),
      zDepth: fc.constantFrom(0, 1, 2, Number.MAX_SAFE_INTEGER - 1),
    });
    fc.assert(
      fc.property(fc.array(element, { maxLength: 60 }), fc.boolean(), (specs, compound) => {
        const eles = specs.map((s, i) => fake(`e${i}`, { ...s, pool: (i * 7919) % 1009 }));
        expect(names(zSorted(eles, compound))).toEqual(names([...eles].sort(reference(compound))));
      }),
    );
  });

  it('sorts real Cytoscape elements without changing them', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: '.up', style: { 'z-index': 3 } }],
      elements: [
        { data: { id: 'p' } },
        { data: { id: 'a', parent: 'p' }, classes: 'up' },
        { data: { id: 'b' } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
      ],
    });
    const eles = cy.elements().toArray() as unknown as (ZElement & { id(): string })[];
    const sorted = zSorted(eles, true); // "p" is a compound parent
    expect(sorted.map((e) => e.id())).toEqual([...eles].sort(reference(true)).map((e) => e.id()));
    expect(eles.map((e) => e.id())).toEqual(['p', 'a', 'b', 'ab']);
    cy.destroy();
  });
});
