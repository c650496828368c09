// The fcose warm-up runs the layout on the graph on screen without changing what the user sees.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { loadFcose, warmUpFcose } from '../../src/graph/layouts';

describe('warmUpFcose', () => {
  it('runs fcose over the graph and leaves every position and the view as they were', async () => {
    await loadFcose();
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        { data: { id: 'p' } },
        { data: { id: 'a', parent: 'p' }, position: { x: 10, y: 20 } },
        { data: { id: 'b' }, position: { x: 300, y: 40 } },
        { data: { id: 'c' }, position: { x: 150, y: 260 } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
        { data: { id: 'bc', source: 'b', target: 'c' } },
      ],
    });
    cy.viewport({ zoom: 1.5, pan: { x: 12, y: -7 } });
    const positions = () => cy.nodes().map((n) => [n.id(), { ...n.position() }]);
    const before = positions();
    let stops = 0;
    cy.on('layoutstop', () => stops++);
    warmUpFcose(cy);
    expect(stops).toBe(2); // the circle it starts from, then fcose: both ran
    expect(positions()).toEqual(before);
    expect(cy.zoom()).toBe(1.5);
    expect(cy.pan()).toEqual({ x: 12, y: -7 });
    // Once a page: a second call does nothing.
    warmUpFcose(cy);
    expect(stops).toBe(2);
    cy.destroy();
  });
});
