// Several elements selected (Shift-click, Shift-drag a box): what they are, "Set kind" for the
// actors among them and "Delete" for all, each one undoable step.
import { useState } from 'react';
import { setActorKind } from '../../model/edits';
import type { Selection } from '../../model/element-classes';
import { relationName } from '../../model/relations-of';
import { useActorIndex, useDatasetContent, useVocabulary } from '../../store/derived';
import { commitEdit } from '../edit/commit-edit';
import { DeleteButton } from '../edit/edit-actor-button';

/** Names listed before "and N more". */
const LISTED = 12;

export function SelectionDetails({ selected }: { selected: readonly Selection[] }) {
  const dataset = useDatasetContent();
  const actors = useActorIndex();
  const vocabulary = useVocabulary();
  const actorIds = selected.filter((s) => s.kind === 'actor').map((s) => s.id);
  const relationCount = selected.length - actorIds.length;
  const [kind, setKind] = useState(() => actors.get(actorIds[0] ?? '')?.kind ?? 'person');
  const nameOf = (s: Selection) => {
    if (s.kind === 'actor') return actors.get(s.id)?.name ?? s.id;
    const r = dataset.relations.find((x) => x.id === s.id);
    if (!r) return s.id;
    return relationName(
      r,
      (id) => actors.get(id)?.name,
      (t) => vocabulary.relationType(t).label,
    );
  };
  const applyKind = () => {
    const first = selected.find((s) => s.kind === 'actor')!;
    const which = actorIds.length === 1 ? nameOf(first) : `${actorIds.length} actors`;
    // Every kind in the list is the dataset's: the edit is never refused.
    commitEdit(
      (current) => setActorKind(current, actorIds, kind),
      `set kind of ${which} to ${vocabulary.actorKind(kind).label}`,
      () => {},
    );
  };
  const counts = [
    actorIds.length > 0 && `${actorIds.length} ${actorIds.length === 1 ? 'actor' : 'actors'}`,
    relationCount > 0 &&
      `${relationCount} ${relationCount === 1 ? 'relationship' : 'relationships'}`,
  ].filter(Boolean);
  return (
    <article aria-label="Selection">
      <h2>{selected.length} selected</h2>
      <p className="muted">
        {counts.join(' and ')}. Shift-click adds or removes one; Escape clears the selection.
      </p>
      <ul className="selection-list">
        {selected.slice(0, LISTED).map((s) => (
          <li key={`${s.kind}:${s.id}`}>{nameOf(s)}</li>
        ))}
        {selected.length > LISTED && <li className="muted">and {selected.length - LISTED} more</li>}
      </ul>
      <div className="actions">
        {actorIds.length > 0 && (
          <>
            <label className="field">
              <span>Kind</span>
              <select value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
                {vocabulary.actorKinds.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={applyKind}>
              Set kind
            </button>
          </>
        )}
        <DeleteButton />
      </div>
    </article>
  );
}
