// The "Table" tab: the actors and relationships the graph shows under the current filters.
// Choosing a row selects that element, which makes this the keyboard and screen-reader way in.
// Both tables render only the rows on screen (virtual-table.tsx): a 20k/80k graph stays cheap.
import { useCallback, useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { useActorIndex, useVisibleGraph, useVocabulary } from '../../store/derived';
import { otherDatesOf } from '../../model/corroboration';
import { relationName } from '../../model/relations-of';
import { RelationDate } from '../details/evidence-list';
import { KindField, NameField, TypeField } from './edit-cells';
import { VirtualTable, type Column } from './virtual-table';

const ACTOR_COLUMNS: readonly Column[] = [
  { name: 'Name', width: '50%' },
  { name: 'Kind', width: '30%' },
  { name: 'Relationships', width: '20%' },
];

const RELATION_COLUMNS: readonly Column[] = [
  { name: 'Source', width: '20%' },
  { name: 'Type', width: '14%' },
  { name: 'Target', width: '20%' },
  { name: 'Date', width: '16%' },
  { name: 'Summary', width: '30%' },
];

export function TableView() {
  const visible = useVisibleGraph();
  const vocabulary = useVocabulary();
  const actors = useActorIndex();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const relations = visible.relations;
  /** The actor whose name is being edited in place, and what the last in-place edit was refused for. */
  const [renaming, setRenaming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const degree = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of relations) {
      counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
      counts.set(r.target, (counts.get(r.target) ?? 0) + 1);
    }
    return counts;
  }, [relations]);
  const actorKey = useCallback((i: number) => visible.actors[i]!.id, [visible.actors]);
  const relationKey = useCallback((i: number) => relations[i]!.id, [relations]);
  const selectedActor = useMemo(
    () =>
      selection?.kind === 'actor' ? visible.actors.findIndex((a) => a.id === selection.id) : -1,
    [selection, visible.actors],
  );
  const selectedRelation = useMemo(
    () => (selection?.kind === 'relation' ? relations.findIndex((r) => r.id === selection.id) : -1),
    [selection, relations],
  );

  return (
    <div className="table-view">
      {problem && (
        <p className="table-problem" role="alert">
          Not changed: {problem}
        </p>
      )}
      <h2 id="actors-heading">Actors ({visible.actors.length})</h2>
      <VirtualTable
        label="Actors"
        columns={ACTOR_COLUMNS}
        count={visible.actors.length}
        rowKey={actorKey}
        selectedIndex={selectedActor}
        renderCells={(i, tabIndex) => {
          const a = visible.actors[i]!;
          const chosen = selection?.kind === 'actor' && selection.id === a.id;
          return (
            <>
              <th
                scope="row"
                onKeyDown={(e) => {
                  if (chosen && e.key === 'F2') setRenaming(a.id);
                }}
              >
                {chosen && renaming === a.id ? (
                  <NameField actor={a} onDone={() => setRenaming(null)} onProblem={setProblem} />
                ) : (
                  <>
                    <button
                      type="button"
                      className="link"
                      tabIndex={tabIndex}
                      onClick={() => select({ kind: 'actor', id: a.id })}
                    >
                      {a.name}
                    </button>
                    {chosen && (
                      <button
                        type="button"
                        className="cell-action"
                        tabIndex={tabIndex}
                        aria-label={`Rename ${a.name}`}
                        title="Rename (F2)"
                        onClick={() => setRenaming(a.id)}
                      >
                        ✎
                      </button>
                    )}
                  </>
                )}
              </th>
              <td>
                {chosen ? (
                  <KindField actor={a} onProblem={setProblem} />
                ) : (
                  vocabulary.actorKind(a.kind).label
                )}
              </td>
              <td>{degree.get(a.id) ?? 0}</td>
            </>
          );
        }}
      />
      <h2 id="relations-heading">Relationships ({relations.length})</h2>
      <VirtualTable
        label="Relationships"
        columns={RELATION_COLUMNS}
        count={relations.length}
        rowKey={relationKey}
        selectedIndex={selectedRelation}
        renderCells={(i, tabIndex) => {
          const r = relations[i]!;
          const chosen = selection?.kind === 'relation' && selection.id === r.id;
          const nameOf = (id: string) => actors.get(id)?.name ?? id;
          const typeLabel = (t: string) => vocabulary.relationType(t).label;
          return (
            <>
              <td>{nameOf(r.source)}</td>
              <th scope="row">
                {chosen ? (
                  <TypeField
                    relation={r}
                    name={relationName(r, nameOf, typeLabel)}
                    onProblem={setProblem}
                  />
                ) : (
                  <button
                    type="button"
                    className="link"
                    tabIndex={tabIndex}
                    onClick={() => select({ kind: 'relation', id: r.id })}
                  >
                    {vocabulary.relationType(r.type).label}
                  </button>
                )}
              </th>
              <td>{actors.get(r.target)?.name ?? r.target}</td>
              <td>
                <RelationDate date={r.date} inferred={r.dateInferred} />
                {otherDatesOf(r).length > 0 && (
                  <span className="dates-disagree">
                    {' '}
                    ≠ sources also give {otherDatesOf(r).join(', ')}
                  </span>
                )}
              </td>
              <td>{r.summary}</td>
            </>
          );
        }}
      />
    </div>
  );
}
