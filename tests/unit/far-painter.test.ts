// The far painter's scene: visible elements sorted into one group per look, in draw order.
import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { farPicture, farScene } from '../../src/graph/far-painter';
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

describe('farPicture', () => {
  /** Node has no Path2D: a stand-in that records what was drawn into it. */
  class RecordingPath {
    readonly calls: string[] = [];
    moveTo(x: number, y: number) {
      this.calls.push(`M${x},${y}`);
    }
    lineTo(x: number, y: number) {
      this.calls.push(`L${x},${y}`);
    }
    ellipse(x: number, y: number) {
      this.calls.push(`E${x},${y}`);
    }
    arc(x: number, y: number) {
      this.calls.push(`A${x},${y}`);
    }
    closePath() {
      this.calls.push('Z');
    }
  }
  beforeEach(() => vi.stubGlobal('Path2D', RecordingPath));
  afterEach(() => vi.unstubAllGlobals());
  const renderer = { nodeShapes: { diamond: { points: [0, -1, 1, 0, 0, 1, -1, 0] } } };
  const pathOf = (picture: ReturnType<typeof farPicture>, color: string) =>
    picture.edges.filter((e) => e.group.color === color).map((e) => e.path);

  it('reuses the paths of groups a change left alone and rebuilds the others', () => {
    const cy = graph();
    const before = farPicture(farScene(eles(cy), false), renderer);
    cy.getElementById('ca').addClass('hidden');
    const after = farPicture(farScene(eles(cy), false), renderer, false, before);
    // Nodes and the blue edges are as they were: the very same paths.
    expect(after.nodes.map((n) => n.path)).toEqual(before.nodes.map((n) => n.path));
    after.nodes.forEach((n, i) => expect(n.path).toBe(before.nodes[i]!.path));
    const blue = pathOf(after, 'rgb(0,0,255)');
    expect(blue.length).toBeGreaterThan(0);
    blue.forEach((p, i) => expect(p).toBe(pathOf(before, 'rgb(0,0,255)')[i]));
    // The cyan group lost its line "ca" and keeps its loop: a new path without the line.
    const cyan = pathOf(after, 'rgb(0,255,255)');
    expect(cyan).toHaveLength(1);
    expect(pathOf(before, 'rgb(0,255,255)')).not.toContain(cyan[0]);
    expect((cyan[0] as unknown as RecordingPath).calls.some((c) => c.startsWith('L'))).toBe(false);
  });

  it('closes each polygon by hand, back to its first corner and along its first side', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheetFor(graphStylesheet(LIGHT_PALETTE), 'far'),
      elements: [
        {
          data: { id: 'd', color: '#ff0000', shape: 'diamond', label: '' },
          position: { x: 0, y: 0 },
        },
      ],
    });
    const picture = farPicture(farScene(eles(cy), false), renderer);
    const calls = (picture.nodes[0]!.path as unknown as RecordingPath).calls;
    // Path2D.closePath costs time in proportion to the path: 20,000 polygons took over a second.
    expect(calls).not.toContain('Z');
    // A diamond: its four corners, the first again, then the second.
    expect(calls).toHaveLength(6);
    expect(calls[0]!.startsWith('M')).toBe(true);
    expect(calls[4]).toBe(calls[0]!.replace('M', 'L'));
    expect(calls[5]).toBe(calls[1]);
  });

  it('strokes edges in 8 slices on screen and in slices of about 5 edges for an image export', () => {
    const n = 100;
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheetFor(graphStylesheet(LIGHT_PALETTE), 'far'),
      elements: [
        ...Array.from({ length: n + 1 }, (_, i) => ({
          data: { id: `n${i}`, color: '#ff0000', shape: 'ellipse', label: '' },
          position: { x: i * 10, y: 0 },
        })),
        ...Array.from({ length: n }, (_, i) => ({
          data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}`, color: '#0000ff' },
        })),
      ],
    });
    const scene = farScene(eles(cy), false);
    const lines = (p: ReturnType<typeof farPicture>) =>
      p.edges.map((e) => (e.path as unknown as RecordingPath).calls.length / 2);
    const screen = lines(farPicture(scene, renderer));
    const image = lines(farPicture(scene, renderer, true));
    expect(screen).toHaveLength(8);
    expect(image).toHaveLength(n / 5);
    expect(image.every((count) => count === 5)).toBe(true);
    // Every edge is drawn once either way.
    expect(screen.reduce((a, b) => a + b)).toBe(n);
    expect(image.reduce((a, b) => a + b)).toBe(n);
  });

  it('builds the same paths with or without a previous picture', () => {
    const cy = graph();
    const first = farPicture(farScene(eles(cy), false), renderer);
    cy.getElementById('b').addClass('hidden');
    const scene = farScene(eles(cy), false);
    const reused = farPicture(scene, renderer, false, first);
    const fresh = farPicture(scene, renderer);
    const calls = (p: ReturnType<typeof farPicture>) => [
      ...p.edges.map((e) => (e.path as unknown as RecordingPath).calls),
      ...p.nodes.map((n) => (n.path as unknown as RecordingPath).calls),
    ];
    expect(calls(reused)).toEqual(calls(fresh));
  });
});
