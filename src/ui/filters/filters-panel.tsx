// The left panel: relationship types, actor kinds, dates, and "Hide unconnected actors" (docs/design.md §6).
import { Suspense, useMemo } from 'react';
import { actorKindCounts } from '../../model/filters';
import { useAppStore } from '../../store/app-store';
import { relationTypesInUse } from '../../model/vocabulary';
import { typeCountsFor, useDatasetContent, useVocabulary } from '../../store/derived';
import { KindSymbol, TypeSymbol } from '../common/symbols';
import { CheckGroup } from './check-group';
import { DateRangeFilter } from './date-range';
import { SourcesFilter } from '../merge/lazy-merge';

export function FiltersPanel() {
  const dataset = useDatasetContent();
  const filters = useAppStore((s) => s.filters);
  const setTypeShown = useAppStore((s) => s.setRelationTypeShown);
  const setTypesHidden = useAppStore((s) => s.setRelationTypesHidden);
  const setKindShown = useAppStore((s) => s.setActorKindShown);
  const setKindsHidden = useAppStore((s) => s.setActorKindsHidden);
  const setHideUnconnected = useAppStore((s) => s.setHideUnconnected);
  const vocabulary = useVocabulary();
  // Faceted counts ignore the type filter, so a type toggle reuses the last counts.
  const typeCounts = typeCountsFor(dataset, filters);
  const kindCounts = useMemo(() => actorKindCounts(dataset), [dataset]);

  // Offer the types and kinds the dataset uses; declared-but-unused ones would only add noise.
  const usedTypes = useMemo(() => relationTypesInUse(vocabulary, dataset), [vocabulary, dataset]);
  const types = usedTypes.map((t) => ({
    id: t.id,
    label: t.label,
    count: typeCounts.get(t.id) ?? 0,
    symbol: <TypeSymbol type={t} />,
  }));
  const kinds = vocabulary.actorKinds
    .filter((k) => kindCounts.has(k.id))
    .map((k) => ({
      id: k.id,
      label: k.label,
      count: kindCounts.get(k.id) ?? 0,
      symbol: <KindSymbol kind={k} />,
    }));

  return (
    <div className="filters">
      <CheckGroup
        legend="Relationship types"
        items={types}
        hidden={filters.hiddenRelationTypes}
        setShown={setTypeShown}
        setHidden={setTypesHidden}
      />
      <CheckGroup
        legend="Actor kinds"
        items={kinds}
        hidden={filters.hiddenActorKinds}
        setShown={setKindShown}
        setHidden={setKindsHidden}
      />
      {/* docs/design.md §14: one checkbox per source, once a dataset has more than one. */}
      {dataset.sources.length > 1 && (
        <Suspense fallback={null}>
          <SourcesFilter />
        </Suspense>
      )}
      <DateRangeFilter />
      <label className="check">
        <input
          type="checkbox"
          checked={filters.hideUnconnected}
          onChange={(e) => setHideUnconnected(e.currentTarget.checked)}
        />
        <span>Hide unconnected actors</span>
      </label>
    </div>
  );
}
