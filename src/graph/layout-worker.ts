// The layout worker: fcose over a large graph in headless Cytoscape, off the page's thread, so
// the page keeps answering input while it runs (docs/design.md §10). Replies with positions in node order.
import { seededRandom } from '../model/seeded-random';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { serveJob } from '../workers/worker-job';
import { fcoseOptions } from './fcose-options';
import { tidyShown } from './tidy-positions';

cytoscape.use(fcose);

/**
 * The shown graph in typed arrays (copied to the worker in microseconds, where 120k small objects
 * took tens of milliseconds on the page's thread).
 */
export interface LayoutRequest {
  readonly ids: readonly string[];
  /** Width and height of each node, interleaved. */
  readonly sizes: Float64Array;
  /** Source and target of each edge as indices into `ids`, interleaved. */
  readonly edges: Int32Array;
  /** Each node's label text: the tidy pass estimates its box (a worker has no canvas to measure). */
  readonly labels?: readonly string[];
}

export type LayoutReply =
  | { readonly ok: true; readonly positions: Float64Array }
  | { readonly ok: false; readonly message: string };

/**
 * The tidy pass after fcose on graphs of at most this many actors. On larger ones its rounds over
 * every actor and relation would add seconds to the layout; they keep fcose's picture.
 */
export const TIDY_MAX_ACTORS = 1000;

/** Positions for `request`: fcose's large-graph options, seeded, then tidied if small enough. */
export function layoutPositions(request: LayoutRequest): Float64Array {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: elementsOf(request),
  });
  // fcose's draft stage samples with Math.random: seed it, so the same data gives the same picture.
  // This worker runs nothing else, so replacing the global here touches no other code.
  Math.random = seededRandom(request.ids.length * 31 + request.edges.length / 2);
  cy.layout(fcoseOptions(true)).run();
  if (request.ids.length <= TIDY_MAX_ACTORS) tidyShown(cy, 'estimate');
  const positions = new Float64Array(request.ids.length * 2);
  cy.nodes().forEach((n, i) => {
    const p = n.position();
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
  });
  cy.destroy();
  return positions;
}

function elementsOf({ ids, sizes, edges, labels }: LayoutRequest): ElementDefinition[] {
  const elements: ElementDefinition[] = ids.map((id, i) => ({
    group: 'nodes',
    data: { id, w: sizes[2 * i], h: sizes[2 * i + 1], label: labels?.[i] ?? '' },
  }));
  for (let i = 0; i < edges.length; i += 2) {
    elements.push({
      group: 'edges',
      data: { id: `e${i / 2}`, source: ids[edges[i]!]!, target: ids[edges[i + 1]!]! },
    });
  }
  return elements;
}

serveJob<LayoutRequest, never, LayoutReply>(
  (request) => {
    try {
      return { ok: true, positions: layoutPositions(request) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  },
  (reply) => (reply.ok ? [reply.positions.buffer] : []),
);
