// How central each shown actor is (degree, betweenness), and the node sizes "Size by" draws.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import type { VisibleGraph } from '../filters';

export interface ActorMetrics {
  /** Shown relations the actor takes part in with another actor; each relation counts once. */
  readonly degree: number;
  /**
   * Raw undirected betweenness, as networkx's `betweenness_centrality(G, normalized=False)`: over
   * every unordered pair of other actors, the share of their shortest connections that runs
   * through this actor. A star's centre with n leaves scores n(n-1)/2; a leaf scores 0.
   */
  readonly betweenness: number;
}

export type SizeMeasure = 'none' | 'degree' | 'betweenness';

export const SIZE_MEASURES: readonly SizeMeasure[] = ['none', 'degree', 'betweenness'];

export interface MetricsOptions {
  /** Betweenness costs a search from every actor (slow on thousands); skip it when not drawn. */
  readonly betweenness?: boolean;
}

/**
 * Degree and betweenness of every shown actor, over shown relations taken in both directions,
 * computed by Cytoscape's own algorithms on a headless instance.
 */
export function actorMetrics(
  visible: VisibleGraph,
  options: MetricsOptions = {},
): Map<string, ActorMetrics> {
  // Prefixed ids: SPEC §4 lets an actor and a relation share an id, which Cytoscape refuses.
  const nodeId = (actorId: string) => `a:${actorId}`;
  const elements: ElementDefinition[] = visible.actors.map((actor) => ({
    group: 'nodes',
    data: { id: nodeId(actor.id), actorId: actor.id },
  }));
  visible.relations.forEach((relation, index) => {
    if (!visible.actorIds.has(relation.source) || !visible.actorIds.has(relation.target)) return;
    elements.push({
      group: 'edges',
      data: { id: `r:${index}`, source: nodeId(relation.source), target: nodeId(relation.target) },
    });
  });
  const cy = cytoscape({ headless: true, styleEnabled: false, elements });
  try {
    const nodes = cy.nodes();
    const centrality = options.betweenness === false ? null : nodes.betweennessCentrality({});
    const metrics = new Map<string, ActorMetrics>();
    nodes.forEach((node) => {
      metrics.set(node.data('actorId') as string, {
        degree: node.degree(false),
        // Cytoscape sums over ordered pairs (s→t and t→s), so halve it for unordered pairs.
        betweenness: centrality ? centrality.betweenness(node) / 2 : 0,
      });
    });
    return metrics;
  } finally {
    cy.destroy();
  }
}

/**
 * Node diameter in pixels per actor: linear in the chosen measure from `min` (the least central
 * shown actor) to `max` (the most central). With "none", or when every actor scores the same,
 * every node gets `min`, so sizing never suggests a difference that is not there.
 */
export function nodeSizes(
  metrics: ReadonlyMap<string, ActorMetrics>,
  measure: SizeMeasure,
  min = 30,
  max = 80,
): Map<string, number> {
  const sizes = new Map<string, number>();
  if (measure === 'none') {
    for (const id of metrics.keys()) sizes.set(id, min);
    return sizes;
  }
  let low = Infinity;
  let high = -Infinity;
  for (const m of metrics.values()) {
    low = Math.min(low, m[measure]);
    high = Math.max(high, m[measure]);
  }
  const range = high - low;
  for (const [id, m] of metrics) {
    sizes.set(id, range > 0 ? min + ((m[measure] - low) / range) * (max - min) : min);
  }
  return sizes;
}
