// Words for an exported image's caption and legend: what is shown, under which filters, from where.
import type { Dataset } from '../../graph-data/schema';
import type { Filters, VisibleGraph } from './filters';
import type { ActorKindStyle, RelationTypeStyle, Vocabulary } from './vocabulary';

/** One line per active filter, or "No filters" — so a briefing reader knows what was left out. */
export function describeFilters(filters: Filters, vocabulary: Vocabulary): string {
  const parts: string[] = [];
  if (filters.hiddenRelationTypes.length > 0) {
    const labels = filters.hiddenRelationTypes.map((t) => vocabulary.relationType(t).label);
    parts.push(`hidden relationship types: ${labels.join(', ')}`);
  }
  if (filters.hiddenActorKinds.length > 0) {
    const labels = filters.hiddenActorKinds.map((k) => vocabulary.actorKind(k).label);
    parts.push(`hidden actor kinds: ${labels.join(', ')}`);
  }
  if (filters.dateFrom || filters.dateTo) {
    parts.push(`dates ${filters.dateFrom ?? 'any'} to ${filters.dateTo ?? 'any'}`);
  }
  if (!filters.includeUndated) parts.push('undated relationships hidden');
  if (filters.hideUnconnected) parts.push('unconnected actors hidden');
  return parts.length === 0 ? 'Filters: none' : `Filters: ${parts.join('; ')}`;
}

/** "Source: title, publisher, date" for every source the dataset cites. */
export function describeSources(dataset: Dataset): string {
  const list = dataset.sources.map((s) =>
    [s.title, s.publisher, s.published].filter(Boolean).join(', '),
  );
  return list.length === 0 ? '' : `Source${list.length > 1 ? 's' : ''}: ${list.join('; ')}`;
}

export interface LegendEntries {
  readonly kinds: readonly ActorKindStyle[];
  readonly types: readonly RelationTypeStyle[];
}

/** Only the kinds and types that appear among the shown elements, in vocabulary order. */
export function legendEntries(visible: VisibleGraph, vocabulary: Vocabulary): LegendEntries {
  const kinds = new Set(visible.actors.map((a) => a.kind));
  const types = new Set(visible.relations.map((r) => r.type));
  return {
    kinds: vocabulary.actorKinds.filter((k) => kinds.has(k.id)),
    types: vocabulary.relationTypes.filter((t) => types.has(t.id)),
  };
}
