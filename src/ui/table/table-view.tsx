// The "Table" tab: the actors and relationships the graph shows under the current filters.
// Choosing a row selects that element, which makes this the keyboard and screen-reader way in.
import { useAppStore } from '../../store/app-store';
import { useActorIndex, useVisibleGraph, useVocabulary } from '../../store/derived';
import { RelationDate } from '../details/evidence-list';

export function TableView() {
  const visible = useVisibleGraph();
  const vocabulary = useVocabulary();
  const actors = useActorIndex();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const relations = visible.relations;
  const degree = new Map<string, number>();
  for (const r of relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const isSelected = (kind: 'actor' | 'relation', id: string) =>
    selection?.kind === kind && selection.id === id;

  return (
    <div className="table-view">
      <h2 id="actors-heading">Actors ({visible.actors.length})</h2>
      <table aria-label="Actors">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Relationships</th>
          </tr>
        </thead>
        <tbody>
          {visible.actors.map((a) => (
            <tr
              key={a.id}
              aria-current={isSelected('actor', a.id) ? 'true' : undefined}
              className={isSelected('actor', a.id) ? 'selected' : undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  onClick={() => select({ kind: 'actor', id: a.id })}
                >
                  {a.name}
                </button>
              </th>
              <td>{vocabulary.actorKind(a.kind).label}</td>
              <td>{degree.get(a.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="relations-heading">Relationships ({relations.length})</h2>
      <table aria-label="Relationships">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Type</th>
            <th scope="col">Target</th>
            <th scope="col">Date</th>
            <th scope="col">Summary</th>
          </tr>
        </thead>
        <tbody>
          {relations.map((r) => (
            <tr
              key={r.id}
              aria-current={isSelected('relation', r.id) ? 'true' : undefined}
              className={isSelected('relation', r.id) ? 'selected' : undefined}
            >
              <td>{actors.get(r.source)?.name ?? r.source}</td>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  onClick={() => select({ kind: 'relation', id: r.id })}
                >
                  {vocabulary.relationType(r.type).label}
                </button>
              </th>
              <td>{actors.get(r.target)?.name ?? r.target}</td>
              <td>
                <RelationDate date={r.date} inferred={r.dateInferred} />
              </td>
              <td>{r.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
