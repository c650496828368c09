// The parts of the panels that read corroboration (docs/design.md §14), loaded when first shown: a
// relation's "Supported by N sources" and disagreeing dates, and the "Sources" filter fieldset.
import { useMemo } from 'react';
import type { Relation } from '../../../graph-data/schema';
import { otherDatesOf, sourceCount } from '../../model/corroboration';
import { sourceCounts } from '../../model/merge/relation-merge';
import { useAppStore } from '../../store/app-store';
import { useDatasetContent } from '../../store/derived';
import { CheckGroup } from '../filters/check-group';

export function Corroboration({ relation }: { relation: Relation }) {
  const count = sourceCount(relation);
  const others = otherDatesOf(relation);
  return (
    <>
      <p className="corroboration">
        Supported by {count} {count === 1 ? 'source' : 'sources'}
      </p>
      {others.length > 0 && (
        <p className="dates-disagree" role="note">
          ≠ Sources disagree on the date: others give {others.join(', ')}
        </p>
      )}
    </>
  );
}

/** One checkbox per source, named by its title and the number of relations it supports. */
export function SourcesFilter() {
  const dataset = useDatasetContent();
  const hidden = useAppStore((s) => s.filters.hiddenSources);
  const setSourceShown = useAppStore((s) => s.setSourceShown);
  const setSourcesHidden = useAppStore((s) => s.setSourcesHidden);
  const items = useMemo(() => {
    const counts = sourceCounts(dataset);
    return dataset.sources.map((s) => ({
      id: s.id,
      label: s.title,
      count: counts.get(s.id) ?? 0,
      symbol: null,
    }));
  }, [dataset]);
  const widthBySources = useAppStore((s) => s.edgeWidthBySources);
  const setWidthBySources = useAppStore((s) => s.setEdgeWidthBySources);
  return (
    <>
      <CheckGroup
        legend="Sources"
        items={items}
        hidden={hidden ?? []}
        setShown={setSourceShown}
        setHidden={setSourcesHidden}
      />
      {/* A view control that only means something with several sources: here, not the toolbar. */}
      <label className="check">
        <input
          type="checkbox"
          checked={widthBySources}
          onChange={(e) => setWidthBySources(e.currentTarget.checked)}
        />
        <span>Edge width by sources</span>
      </label>
    </>
  );
}
