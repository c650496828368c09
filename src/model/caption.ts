// Words for an exported image's caption and legend: what is shown, under which filters, from where.
import type { Dataset, Source } from '../../graph-data/schema';
import type { Filters, VisibleGraph } from './filters';
import type { ActorKindStyle, RelationTypeStyle, Vocabulary } from './vocabulary';

/** A source's title, as captions name it; its id when the dataset no longer has it. */
const sourceTitle = (sources: readonly Source[], id: string) =>
  sources.find((s) => s.id === id)?.title ?? id;

/**
 * One line naming every active filter, or "Filters: none", so a briefing reader knows what was
 * left out. `sources` gives the titles of hidden sources.
 */
export function describeFilters(
  filters: Filters,
  vocabulary: Vocabulary,
  sources: readonly Source[] = [],
): string {
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
  if (filters.hiddenSources?.length) {
    const titles = filters.hiddenSources.map((id) => `“${sourceTitle(sources, id)}”`);
    parts.push(
      `hidden sources: ${titles.join(', ')} (relationships only they support are left out)`,
    );
  }
  return parts.length === 0 ? 'Filters: none' : `Filters: ${parts.join('; ')}`;
}

/** "Source: title, publisher, date" for every source the dataset cites that is not hidden. */
export function describeSources(dataset: Dataset, hidden: readonly string[] = []): string {
  const shown = dataset.sources.filter((s) => !hidden.includes(s.id));
  const list = shown.map((s) => [s.title, s.publisher, s.published].filter(Boolean).join(', '));
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
