// The layout worker: fcose over a large graph in headless Cytoscape, off the page's thread, so
// the page keeps answering input while it runs (docs/design.md §10). Replies with positions in node order.
import { seededRandom } from '../model/seeded-random';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { serveJob } from '../workers/worker-job';
import { fcoseOptions } from './fcose-options';
import { tidyShown } from './tidy-positions';

cytoscape.use(fcose);

export interface LayoutRequest {
  readonly nodes: readonly {
    readonly id: string;
    readonly w: number;
    readonly h: number;
    /** The label's text: the tidy pass estimates its box (a worker has no canvas to measure). */
    readonly label?: string;
  }[];
  readonly edges: readonly { readonly source: string; readonly target: string }[];
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
    elements: [
      ...request.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, w: n.w, h: n.h, label: n.label ?? '' },
      })),
      ...request.edges.map((e, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: e.source, target: e.target },
      })),
    ],
  });
  // fcose's draft stage samples with Math.random: seed it, so the same data gives the same picture.
  // This worker runs nothing else, so replacing the global here touches no other code.
  Math.random = seededRandom(request.nodes.length * 31 + request.edges.length);
  cy.layout(fcoseOptions(true)).run();
  if (request.nodes.length <= TIDY_MAX_ACTORS) tidyShown(cy, 'estimate');
  const positions = new Float64Array(request.nodes.length * 2);
  cy.nodes().forEach((n, i) => {
    const p = n.position();
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
  });
  cy.destroy();
  return positions;
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
