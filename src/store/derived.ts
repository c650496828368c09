// Memoised derivations of the store for components and the graph adapter.
import { useMemo } from 'react';
import type { Dataset } from '../../graph-data/schema';
import { visibleGraph, type Filters, type VisibleGraph } from '../model/filters';
import { vocabularyOf, type Vocabulary } from '../model/vocabulary';
import { useAppStore } from './app-store';

const vocabularies = new WeakMap<Dataset, Vocabulary>();

/** The vocabulary of a dataset, computed once per dataset object. */
export function vocabularyFor(dataset: Dataset): Vocabulary {
  let v = vocabularies.get(dataset);
  if (!v) {
    v = vocabularyOf(dataset);
    vocabularies.set(dataset, v);
  }
  return v;
}

let lastVisible: { dataset: Dataset; filters: Filters; visible: VisibleGraph } | null = null;

/** What the filters show, recomputed only when the dataset or the filters change. */
export function visibleFor(dataset: Dataset, filters: Filters): VisibleGraph {
  if (lastVisible?.dataset === dataset && lastVisible.filters === filters)
    return lastVisible.visible;
  const visible = visibleGraph(dataset, filters);
  lastVisible = { dataset, filters, visible };
  return visible;
}

export function useVocabulary(): Vocabulary {
  const dataset = useAppStore((s) => s.dataset);
  return vocabularyFor(dataset);
}

export function useVisibleGraph(): VisibleGraph {
  const dataset = useAppStore((s) => s.dataset);
  const filters = useAppStore((s) => s.filters);
  return useMemo(() => visibleFor(dataset, filters), [dataset, filters]);
}

export function useActorIndex() {
  const dataset = useAppStore((s) => s.dataset);
  return useMemo(() => new Map(dataset.actors.map((a) => [a.id, a])), [dataset]);
}
