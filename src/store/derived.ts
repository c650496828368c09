// Memoised derivations of the store for components and the graph adapter. They are keyed by the
// dataset's content (`contentOf`): a drag or a layout moves actors and recomputes none of them.
import { useDeferredValue, useMemo } from 'react';
import type { Dataset } from '../../graph-data/schema';
import { focusNeighbourhood } from '../model/analysis/focus';
import { actorMetrics, type ActorMetrics } from '../model/analysis/metrics';
import { contentOf } from '../model/document';
import {
  relationTypeCounts,
  sameTypeCountFilters,
  visibleGraph,
  type Filters,
  type VisibleGraph,
} from '../model/filters';
import { sameTimelineFilters, timelineLayout, type TimelineLayout } from '../model/timeline';
import { vocabularyOf, type Vocabulary } from '../model/vocabulary';
import { useAppStore, type Focus } from './app-store';

const vocabularies = new WeakMap<Dataset, Vocabulary>();

/** The vocabulary of a dataset, computed once per dataset object. */
export function vocabularyFor(dataset: Dataset): Vocabulary {
  const key = contentOf(dataset);
  let v = vocabularies.get(key);
  if (!v) {
    v = vocabularyOf(key);
    vocabularies.set(key, v);
  }
  return v;
}

/** The filtered graph narrowed to a focus neighbourhood, when one is set. */
export function focusedGraph(visible: VisibleGraph, focus: Focus | null): VisibleGraph {
  if (!focus) return visible;
  const near = focusNeighbourhood(visible, focus.actorId, focus.hops);
  // A focus on an actor the filters now hide shows the filtered graph rather than nothing.
  if (near.actorIds.size === 0) return visible;
  const actors = visible.actors.filter((a) => near.actorIds.has(a.id));
  const relations = visible.relations.filter((r) => near.relationIds.has(r.id));
  return { actors, relations, actorIds: near.actorIds, relationIds: near.relationIds };
}

interface ViewKey {
  readonly dataset: Dataset;
  readonly filters: Filters;
  readonly focus: Focus | null;
}

let lastVisible: (ViewKey & { visible: VisibleGraph }) | null = null;

/** What the graph shows, recomputed only when the dataset, the filters or the focus change. */
export function visibleFor(key: ViewKey): VisibleGraph {
  if (
    lastVisible?.dataset === contentOf(key.dataset) &&
    lastVisible.filters === key.filters &&
    lastVisible.focus === key.focus
  ) {
    return lastVisible.visible;
  }
  const dataset = contentOf(key.dataset);
  const visible = focusedGraph(visibleGraph(dataset, key.filters), key.focus);
  lastVisible = { ...key, dataset, visible };
  return visible;
}

let lastCounts: {
  dataset: Dataset;
  filters: Filters;
  counts: ReadonlyMap<string, number>;
} | null = null;

/**
 * Relations per type under every filter but the type filter, counted again only when one of
 * those changes: toggling a type leaves the counts as they were.
 */
export function typeCountsFor(dataset: Dataset, filters: Filters): ReadonlyMap<string, number> {
  const content = contentOf(dataset);
  if (lastCounts?.dataset !== content || !sameTypeCountFilters(lastCounts.filters, filters)) {
    lastCounts = { dataset: content, filters, counts: relationTypeCounts(content, filters) };
  }
  return lastCounts.counts;
}

let lastLayout: {
  dataset: Dataset;
  filters: Filters;
  maxMarks: number;
  layout: TimelineLayout;
} | null = null;

/**
 * The timeline strip's layout, laid out again only when the filters it follows change: setting
 * the date range leaves it as it was.
 */
export function timelineLayoutFor(
  dataset: Dataset,
  filters: Filters,
  maxMarks: number,
): TimelineLayout {
  const content = contentOf(dataset);
  if (
    lastLayout?.dataset !== content ||
    lastLayout.maxMarks !== maxMarks ||
    !sameTimelineFilters(lastLayout.filters, filters)
  ) {
    const layout = timelineLayout(content, filters, maxMarks, vocabularyFor(content));
    lastLayout = { dataset: content, filters, maxMarks, layout };
  }
  return lastLayout.layout;
}

/**
 * Above this many actors and relations, the panels follow a new dataset (or an edit) in a render
 * of their own that React may interrupt, after the change is committed: over 20k actors and 100k
 * relations the filters' counts and the timeline took a quarter of a second in the one task that
 * committed an import, and the canvas already draws graphs of this size in slices
 * (graph/canvas-work.ts).
 */
export const PANELS_DEFERRED_ABOVE = 6_000;

/**
 * The open dataset's content key: changes with edits, not with moved actors. A large dataset
 * reaches the panels deferred (`useDeferredValue`): for a moment they may still show the one
 * before it.
 */
export function useDatasetContent(): Dataset {
  const current = useAppStore((s) => contentOf(s.dataset));
  const deferred = useDeferredValue(current);
  return current.actors.length + current.relations.length > PANELS_DEFERRED_ABOVE
    ? deferred
    : current;
}

export function useVocabulary(): Vocabulary {
  return vocabularyFor(useDatasetContent());
}

export function useVisibleGraph(): VisibleGraph {
  const dataset = useDatasetContent();
  const filters = useAppStore((s) => s.filters);
  const focus = useAppStore((s) => s.focus);
  return useMemo(() => visibleFor({ dataset, filters, focus }), [dataset, filters, focus]);
}

export function useActorIndex() {
  const dataset = useDatasetContent();
  return useMemo(() => new Map(dataset.actors.map((a) => [a.id, a])), [dataset]);
}

const metricsCache = new WeakMap<
  VisibleGraph,
  { betweenness: boolean; metrics: Map<string, ActorMetrics> }
>();

/**
 * Degree (and betweenness, when asked) over what is shown, computed once per shown graph: the
 * details' figures and "Size by" read the same result instead of searching from every actor twice.
 */
export function metricsFor(visible: VisibleGraph, betweenness: boolean): Map<string, ActorMetrics> {
  const cached = metricsCache.get(visible);
  if (cached && (cached.betweenness || !betweenness)) return cached.metrics;
  const metrics = actorMetrics(visible, { betweenness });
  metricsCache.set(visible, { betweenness, metrics });
  return metrics;
}
