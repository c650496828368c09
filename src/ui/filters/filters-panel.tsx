// The left panel: relationship types, actor kinds, and "Hide unconnected actors" (SPEC §6).
import { useMemo } from 'react';
import { actorKindCounts, relationTypeCounts } from '../../model/filters';
import { useAppStore } from '../../store/app-store';
import { useVocabulary } from '../../store/derived';
import { KindSymbol, TypeSymbol } from '../common/symbols';
import { DateRangeFilter } from './date-range';

export function FiltersPanel() {
  const dataset = useAppStore((s) => s.dataset);
  const filters = useAppStore((s) => s.filters);
  const setTypeShown = useAppStore((s) => s.setRelationTypeShown);
  const setTypesHidden = useAppStore((s) => s.setRelationTypesHidden);
  const setKindShown = useAppStore((s) => s.setActorKindShown);
  const setKindsHidden = useAppStore((s) => s.setActorKindsHidden);
  const setHideUnconnected = useAppStore((s) => s.setHideUnconnected);
  const vocabulary = useVocabulary();
  const typeCounts = useMemo(() => relationTypeCounts(dataset, filters), [dataset, filters]);
  const kindCounts = useMemo(() => actorKindCounts(dataset), [dataset]);

  // Offer the types and kinds the dataset uses; declared-but-unused ones would only add noise.
  const usedTypes = useMemo(() => new Set(dataset.relations.map((r) => r.type)), [dataset]);
  const types = vocabulary.relationTypes.filter((t) => usedTypes.has(t.id));
  const kinds = vocabulary.actorKinds.filter((k) => kindCounts.has(k.id));

  return (
    <div className="filters">
      <fieldset>
        <legend>Relationship types</legend>
        <div className="group-actions">
          <button type="button" onClick={() => setTypesHidden([])}>
            Show all
          </button>
          <button type="button" onClick={() => setTypesHidden(types.map((t) => t.id))}>
            Show none
          </button>
        </div>
        {types.map((t) => (
          <label key={t.id} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenRelationTypes.includes(t.id)}
              onChange={(e) => setTypeShown(t.id, e.currentTarget.checked)}
            />
            <span>
              {t.label} ({typeCounts.get(t.id) ?? 0})
            </span>
            <TypeSymbol type={t} />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Actor kinds</legend>
        <div className="group-actions">
          <button type="button" onClick={() => setKindsHidden([])}>
            Show all
          </button>
          <button type="button" onClick={() => setKindsHidden(kinds.map((k) => k.id))}>
            Show none
          </button>
        </div>
        {kinds.map((k) => (
          <label key={k.id} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenActorKinds.includes(k.id)}
              onChange={(e) => setKindShown(k.id, e.currentTarget.checked)}
            />
            <span>
              {k.label} ({kindCounts.get(k.id) ?? 0})
            </span>
            <KindSymbol kind={k} />
          </label>
        ))}
      </fieldset>
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
