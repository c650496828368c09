// An actor's centrality figures in its details: degree, and betweenness where affordable.
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import { metricsFor, useVisibleGraph } from '../../store/derived';

/** Betweenness searches from every actor; past this size it waits for "Size by betweenness". */
const BETWEENNESS_AUTO_LIMIT = 1500;

export function ActorFigures({ actorId }: { actorId: string }) {
  const visible = useVisibleGraph();
  const sizeBy = useAppStore((s) => s.sizeBy);
  const withBetweenness =
    sizeBy === 'betweenness' || visible.actors.length <= BETWEENNESS_AUTO_LIMIT;
  const metrics = useMemo(() => metricsFor(visible, withBetweenness), [visible, withBetweenness]);
  const m = metrics.get(actorId);
  if (!m) return <p className="muted small">Hidden by the current filters.</p>;
  return (
    <dl className="figures">
      <div>
        <dt>Degree</dt>
        <dd>{m.degree}</dd>
      </div>
      <div>
        <dt>Betweenness</dt>
        <dd>
          {withBetweenness ? Number(m.betweenness.toFixed(2)) : 'choose “Size by betweenness”'}
        </dd>
      </div>
    </dl>
  );
}
