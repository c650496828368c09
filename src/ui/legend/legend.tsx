// The always-visible legend: the kinds and relation types drawn right now, as the graph draws them.
import { legendEntries } from '../../model/caption';
import { useVisibleGraph, useVocabulary } from '../../store/derived';
import { KindSymbol, TypeSymbol } from '../common/symbols';

export function Legend() {
  const visible = useVisibleGraph();
  const vocabulary = useVocabulary();
  const { kinds, types } = legendEntries(visible, vocabulary);
  return (
    <section className="legend" aria-label="Legend">
      <ul className="legend-list">
        {kinds.map((k) => (
          <li key={`k-${k.id}`}>
            <KindSymbol kind={k} /> {k.label}
          </li>
        ))}
        {types.map((t) => (
          <li key={`t-${t.id}`}>
            <TypeSymbol type={t} /> {t.label}
            {!t.directed && <span className="muted"> (undirected)</span>}
          </li>
        ))}
        {kinds.length === 0 && types.length === 0 && <li className="muted">Nothing shown</li>}
      </ul>
    </section>
  );
}
