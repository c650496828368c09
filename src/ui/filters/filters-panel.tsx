// The left panel: relationship types, actor kinds, dates, and "Hide unconnected actors" (docs/design.md §6).
import { useMemo, type ReactNode } from 'react';
import { actorKindCounts, sourceCounts } from '../../model/filters';
import { useAppStore } from '../../store/app-store';
import { relationTypesInUse } from '../../model/vocabulary';
import { typeCountsFor, useDatasetContent, useVocabulary } from '../../store/derived';
import { KindSymbol, TypeSymbol } from '../common/symbols';
import { DateRangeFilter } from './date-range';

interface CheckItem {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly symbol: ReactNode;
}

/** One filter group: a checkbox per item named "label (count)", with "Show all" / "Show none". */
function CheckGroup({
  legend,
  items,
  hidden,
  setShown,
  setHidden,
}: {
  legend: string;
  items: readonly CheckItem[];
  hidden: readonly string[];
  setShown: (id: string, shown: boolean) => void;
  setHidden: (ids: readonly string[]) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="group-actions">
        <button type="button" onClick={() => setHidden([])}>
          Show all
        </button>
        <button type="button" onClick={() => setHidden(items.map((i) => i.id))}>
          Show none
        </button>
      </div>
      {items.map((item) => (
        <label key={item.id} className="check">
          <input
            type="checkbox"
            checked={!hidden.includes(item.id)}
            onChange={(e) => setShown(item.id, e.currentTarget.checked)}
          />
          <span>
            {item.label} ({item.count})
          </span>
          {item.symbol}
        </label>
      ))}
    </fieldset>
  );
}

export function FiltersPanel() {
  const dataset = useDatasetContent();
  const filters = useAppStore((s) => s.filters);
  const setTypeShown = useAppStore((s) => s.setRelationTypeShown);
  const setTypesHidden = useAppStore((s) => s.setRelationTypesHidden);
  const setKindShown = useAppStore((s) => s.setActorKindShown);
  const setKindsHidden = useAppStore((s) => s.setActorKindsHidden);
  const setHideUnconnected = useAppStore((s) => s.setHideUnconnected);
  const setSourceShown = useAppStore((s) => s.setSourceShown);
  const setSourcesHidden = useAppStore((s) => s.setSourcesHidden);
  const vocabulary = useVocabulary();
  // Faceted counts ignore the type filter, so a type toggle reuses the last counts.
  const typeCounts = typeCountsFor(dataset, filters);
  const kindCounts = useMemo(() => actorKindCounts(dataset), [dataset]);
  // docs/design.md §14: one checkbox per source, once a dataset has more than one.
  const sources = useMemo(() => {
    if (dataset.sources.length < 2) return [];
    const counts = sourceCounts(dataset);
    return dataset.sources.map((s) => ({
      id: s.id,
      label: s.title,
      count: counts.get(s.id) ?? 0,
      symbol: null,
    }));
  }, [dataset]);

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
      {sources.length > 0 && (
        <CheckGroup
          legend="Sources"
          items={sources}
          hidden={filters.hiddenSources ?? []}
          setShown={setSourceShown}
          setHidden={setSourcesHidden}
        />
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
