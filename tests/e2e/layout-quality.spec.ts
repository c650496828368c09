// The default layout reads cleanly (docs/design.md §15), measured on what Cytoscape draws: its
// bounding boxes of actors and labels and its edges' endpoints and control points, read in the page.
import type { Page } from '@playwright/test';
import {
  layoutQuality,
  quadraticPoints,
  type Point,
  type QualityEdge,
  type QualityNode,
} from '../../src/model/layout-quality';
import { expect, openApp, test } from './fixtures';

interface Drawn {
  nodes: QualityNode[];
  edges: { source: string; target: string; ends: [Point, Point]; controls: Point[] }[];
}

/** Every shown actor's body and label box, and every shown edge's ends and control points. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    type Bb = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
    type P = { x: number; y: number };
    type Node = {
      id(): string;
      boundingBox(o: object): Bb;
    };
    type Edge = {
      source(): Node;
      target(): Node;
      sourceEndpoint(): P;
      targetEndpoint(): P;
      controlPoints(): P[] | undefined;
    };
    type Cy = { nodes(s: string): Node[]; edges(s: string): Edge[] };
    const container = document.querySelector('.__________cytoscape_container') as
      (Element & { _cyreg?: { cy?: Cy } }) | null;
    const cy = container!._cyreg!.cy!;
    const box = (b: Bb) => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
    const nodes = cy.nodes(':visible').map((n) => {
      const label = n.boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
        includeUnderlays: false,
      });
      return {
        id: n.id(),
        box: box(
          n.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false }),
        ),
        label: label.w > 0 ? box(label) : undefined,
      };
    });
    const edges = cy.edges(':visible').map((e) => ({
      source: e.source().id(),
      target: e.target().id(),
      ends: [e.sourceEndpoint(), e.targetEndpoint()] as [P, P],
      controls: e.controlPoints() ?? [],
    }));
    return { nodes, edges };
  });
}

/** Counts for what is drawn now: curved edges (one control point) sampled along the curve. */
async function drawnQuality(page: Page) {
  const { nodes, edges } = await drawn(page);
  const qualityEdges: QualityEdge[] = edges.map((e) => ({
    source: e.source,
    target: e.target,
    path:
      e.controls.length === 1
        ? quadraticPoints(e.ends[0], e.controls[0]!, e.ends[1], 16)
        : [e.ends[0], ...e.controls, e.ends[1]],
  }));
  return { quality: layoutQuality(nodes, qualityEdges), nodes: nodes.length, edges: edges.length };
}

const CLEAN = { edgeNode: 0, edgeLabel: 0, labelLabel: 0, labelNode: 0, nodeNode: 0 };

test('the built-in graph opens with no edge through an actor or label, and no label or actor over another', async ({
  page,
}) => {
  await openApp(page);
  const { quality, nodes, edges } = await drawnQuality(page);
  expect(nodes).toBe(15);
  expect(edges).toBeGreaterThan(10);
  expect(quality).toMatchObject(CLEAN);
});

test('the default layout, run again on the built-in graph, is just as clean and the same picture', async ({
  page,
}) => {
  await openApp(page);
  const rerun = page.getByRole('button', { name: 'Re-run layout' });
  await rerun.click();
  const first = await drawn(page);
  expect((await drawnQuality(page)).quality).toMatchObject(CLEAN);
  await rerun.click();
  expect((await drawn(page)).nodes).toEqual(first.nodes);
});
