// Level of detail (docs/design.md §10): which graphs are large, when they are drawn in far detail, and what
// the far stylesheet keeps.
import cytoscape, { type StylesheetJsonBlock } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import {
  actorsInView,
  detailFor,
  FULL_DETAIL_MAX_IN_VIEW,
  FAR_ZOOM,
  HUGE_GRAPH_ELEMENTS,
  LARGE_GRAPH_ELEMENTS,
  stylesheetFor,
} from '../../src/graph/lod';
import { graphStylesheet, LIGHT_PALETTE } from '../../src/graph/stylesheet';

const styleOf = (sheet: StylesheetJsonBlock[], selector: string) => {
  const block = sheet.find((b) => b.selector === selector);
  return block && 'style' in block ? (block.style as Record<string, unknown>) : undefined;
};

describe('detailFor', () => {
  it('draws small graphs in full at every zoom, and large ones far only when zoomed out', () => {
    expect(detailFor(LARGE_GRAPH_ELEMENTS, 0.05)).toBe('full');
    expect(detailFor(LARGE_GRAPH_ELEMENTS + 1, FAR_ZOOM - 0.01)).toBe('far');
    expect(detailFor(LARGE_GRAPH_ELEMENTS + 1, FAR_ZOOM)).toBe('full');
    expect(detailFor(HUGE_GRAPH_ELEMENTS, FAR_ZOOM)).toBe('full');
  });

  it('keeps a large graph far while more actors are in view than a full drawing can afford', () => {
    expect(detailFor(LARGE_GRAPH_ELEMENTS + 1, 1, FULL_DETAIL_MAX_IN_VIEW)).toBe('full');
    expect(detailFor(LARGE_GRAPH_ELEMENTS + 1, 1, FULL_DETAIL_MAX_IN_VIEW + 1)).toBe('far');
    // A small graph is drawn in full however many of its actors are in view.
    expect(detailFor(LARGE_GRAPH_ELEMENTS, 1, FULL_DETAIL_MAX_IN_VIEW + 1)).toBe('full');
  });

  it('counts the actors in the viewport, up to a limit', () => {
    const cy = cytoscape({ headless: true });
    cy.add(
      Array.from({ length: 50 }, (_, i) => ({
        group: 'nodes' as const,
        data: { id: `n${i}` },
        position: { x: i * 10, y: 0 },
      })),
    );
    cy.viewport({ zoom: 1, pan: { x: 0, y: 10 } });
    // A headless graph has no size: give the viewport one.
    vi.spyOn(cy, 'extent').mockReturnValue({ x1: 0, y1: -10, x2: 195, y2: 10, w: 195, h: 20 });
    expect(actorsInView(cy)).toBe(20);
    expect(actorsInView(cy, 5)).toBe(5);
    cy.destroy();
  });

  it('keeps a huge graph in far detail at every zoom', () => {
    expect(detailFor(HUGE_GRAPH_ELEMENTS + 1, FAR_ZOOM - 0.01)).toBe('far');
    expect(detailFor(HUGE_GRAPH_ELEMENTS + 1, 4)).toBe('far');
  });
});

describe('stylesheetFor', () => {
  const base = graphStylesheet(LIGHT_PALETTE);

  it('keeps the full stylesheet for full detail', () => {
    expect(stylesheetFor(base, 'full')).toBe(base);
  });

  it('drops labels, fonts and arrows, and draws straight edges without borders', () => {
    const far = stylesheetFor(base, 'far');
    const names = far.flatMap((b) => Object.keys('style' in b ? b.style : b.css));
    for (const dropped of ['label', 'font-family', 'text-wrap', 'target-arrow-shape']) {
      expect(names).not.toContain(dropped);
    }
    // The far painter's own labels (huge graphs, zoomed in) read their colours and size.
    for (const kept of ['font-size', 'color', 'text-outline-width', 'text-outline-color']) {
      expect(names).toContain(kept);
    }
    expect(styleOf(far, 'node')).toMatchObject({
      'background-color': 'data(color)',
      shape: 'data(shape)',
      'border-width': 0,
    });
    expect(styleOf(far, 'edge')).toMatchObject({
      'curve-style': 'haystack',
      'line-color': 'data(color)',
      'line-style': 'data(lineStyle)',
    });
  });

  it('keeps every state class, in the same order, so states still win over the base rules', () => {
    const far = stylesheetFor(base, 'far');
    const selectors = far.map((b) => b.selector);
    for (const state of [
      '.hidden',
      '.faded',
      'node.selected',
      'node.highlighted',
      'edge.selected',
    ]) {
      expect(selectors).toContain(state);
    }
    expect(selectors.indexOf('edge')).toBeLessThan(selectors.indexOf('.hidden'));
    expect(styleOf(far, '.hidden')).toEqual({ display: 'none' });
    expect(styleOf(far, '.faded')).toEqual({ opacity: 0.15 });
    expect(styleOf(far, 'node.selected')).toMatchObject({ 'border-width': 4 });
  });
});
