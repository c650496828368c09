// The far painter's scene: visible elements sorted into one group per look, in draw order.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { farScene } from '../../src/graph/far-painter';
import { stylesheetFor } from '../../src/graph/lod';
import { graphStylesheet, LIGHT_PALETTE } from '../../src/graph/stylesheet';

type SceneInput = Parameters<typeof farScene>[0];

function graph() {
  const node = (id: string, x: number, y: number, color: string, shape = 'ellipse') => ({
    group: 'nodes' as const,
    data: { id, color, shape, label: id },
    position: { x, y },
  });
  const edge = (
    id: string,
    source: string,
    target: string,
    color: string,
    lineStyle = 'solid',
  ) => ({
    group: 'edges' as const,
    data: { id, source, target, color, lineStyle, arrow: 'triangle', label: id },
  });
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: stylesheetFor(graphStylesheet(LIGHT_PALETTE), 'far'),
    elements: [
      node('a', 0, 0, '#ff0000'),
      node('b', 100, 0, '#ff0000'),
      node('c', 0, 100, '#00ff00', 'diamond'),
      node('far-away', 5000, 5000, '#00ff00', 'diamond'),
      edge('ab', 'a', 'b', '#0000ff'),
      edge('bc', 'b', 'c', '#0000ff'),
      edge('ca', 'c', 'a', '#00ffff', 'dashed'),
      edge('aa', 'a', 'a', '#00ffff', 'dashed'),
      edge('c-far', 'c', 'far-away', '#0000ff'),
    ],
  });
}

const eles = (cy: cytoscape.Core) => cy.elements().toArray() as unknown as SceneInput;

describe('farScene', () => {
  it('reads a graph without parents the same on its quick path', () => {
    const cy = graph();
    cy.getElementById('ab').addClass('hidden');
    cy.getElementById('c').addClass('faded');
    cy.getElementById('b').addClass('selected');
    expect(farScene(eles(cy), false)).toEqual(farScene(eles(cy), true));
  });

  it('groups edges by colour and line style, and nodes by shape and colour', () => {
    const scene = farScene(eles(graph()));
    const blue = scene.edges.find((g) => g.color === 'rgb(0,0,255)')!;
    expect(blue.lines).toEqual([0, 0, 100, 0, 100, 0, 0, 100, 0, 100, 5000, 5000]);
    const cyan = scene.edges.find((g) => g.color === 'rgb(0,255,255)')!;
    expect(cyan.dash).toEqual([6, 3]);
    expect(cyan.lines).toEqual([0, 100, 0, 0]);
    expect(cyan.loops).toHaveLength(3); // one loop: x, y, radius
    expect(scene.nodes.map((g) => [g.shape, g.color, g.boxes.length / 4])).toEqual([
      ['ellipse', 'rgb(255,0,0)', 2],
      ['diamond', 'rgb(0,255,0)', 2],
    ]);
    expect(scene.parents).toHaveLength(0);
  });

  it('leaves out hidden elements, and edges whose ends are hidden', () => {
    const cy = graph();
    cy.getElementById('ab').addClass('hidden');
    cy.getElementById('c').addClass('hidden');
    const scene = farScene(eles(cy));
    const lines = scene.edges.flatMap((g) => g.lines);
    expect(lines).toEqual([]); // ab hidden; bc, ca and c-far lose their end c
    expect(scene.edges.flatMap((g) => g.loops)).toHaveLength(3);
    expect(scene.nodes.flatMap((g) => g.boxes)).toHaveLength(3 * 4);
  });

  it('draws faded groups before bright and outlined ones', () => {
    const cy = graph();
    cy.elements().not('#a, #ab, #b').addClass('faded');
    cy.getElementById('a').addClass('selected');
    const scene = farScene(eles(cy));
    const alphas = scene.nodes.map((g) => g.alpha);
    expect(alphas).toEqual([...alphas].sort((x, y) => x - y));
    expect(scene.nodes.at(-1)!.border).toBeGreaterThan(0);
    expect(scene.nodes[0]!.alpha).toBeCloseTo(0.15);
    expect(scene.edges[0]!.alpha).toBeCloseTo(0.15);
  });

  it('leaves compound parents to Cytoscape', () => {
    const cy = graph();
    cy.add({ group: 'nodes', data: { id: 'p', color: '#000000', shape: 'rectangle' } });
    cy.getElementById('a').move({ parent: 'p' });
    const scene = farScene(eles(cy));
    expect(scene.parents.map((p) => (p as unknown as cytoscape.NodeSingular).id())).toEqual(['p']);
  });
});
