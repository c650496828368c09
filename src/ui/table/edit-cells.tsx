// In-place editing in the tables (docs/design.md §12): the selected row's name can be renamed (the
// "Rename" button or F2; Enter or leaving the field saves, Escape cancels) and its kind or type
// chosen from a list. Each change is one checked, undoable edit, the same as the dialogs make; a
// refused one says why and changes nothing.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Actor, Relation } from '../../../graph-data/schema';
import { renameActor, setActorKind, setRelationType } from '../../model/edits';
import { useVocabulary } from '../../store/derived';
import { commitEdit } from '../edit/commit-edit';

/** The Name cell's text field, open while renaming. */
export function NameField({
  actor,
  onDone,
  onProblem,
}: {
  actor: Actor;
  onDone: () => void;
  onProblem: (message: string | null) => void;
}) {
  const [value, setValue] = useState(actor.name);
  const field = useRef<HTMLInputElement>(null);
  // Focused when it opens: it opens because the analyst asked to rename.
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  const save = () => {
    if (value.trim() === actor.name) {
      onProblem(null);
      onDone();
      return;
    }
    const saved = commitEdit(
      (d) => renameActor(d, actor.id, value),
      `rename ${actor.name} to ${value.trim()}`,
      onProblem,
    );
    if (saved) onDone();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // The field's keys stay the field's: not the table's row moves, not the app's Escape.
    e.stopPropagation();
    if (e.key === 'Enter') save();
    else if (e.key === 'Escape') {
      onProblem(null);
      onDone();
    }
  };
  return (
    <input
      ref={field}
      className="cell-field"
      aria-label={`Name of ${actor.name}`}
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      onKeyDown={onKeyDown}
      onBlur={save}
    />
  );
}

/** The selected actor's Kind cell: a list of the dataset's kinds. */
export function KindField({
  actor,
  onProblem,
}: {
  actor: Actor;
  onProblem: (message: string | null) => void;
}) {
  const vocabulary = useVocabulary();
  return (
    <select
      className="cell-field"
      aria-label={`Kind of ${actor.name}`}
      value={actor.kind}
      onKeyDown={(e) => e.stopPropagation()}
      onChange={(e) => {
        const kind = e.currentTarget.value;
        commitEdit(
          (d) => setActorKind(d, [actor.id], kind),
          `set kind of ${actor.name} to ${vocabulary.actorKind(kind).label}`,
          onProblem,
        );
      }}
    >
      {vocabulary.actorKinds.map((k) => (
        <option key={k.id} value={k.id}>
          {k.label}
        </option>
      ))}
    </select>
  );
}

/** The selected relationship's Type cell: a list of the dataset's types. */
export function TypeField({
  relation,
  name,
  onProblem,
}: {
  relation: Relation;
  /** The relationship as its row reads ("CENTCOM attacked Kataib Hezbollah"). */
  name: string;
  onProblem: (message: string | null) => void;
}) {
  const vocabulary = useVocabulary();
  return (
    <select
      className="cell-field"
      aria-label={`Type of ${name}`}
      value={relation.type}
      onKeyDown={(e) => e.stopPropagation()}
      onChange={(e) => {
        const type = e.currentTarget.value;
        commitEdit(
          (d) => setRelationType(d, [relation.id], type),
          `set type of ${name} to ${vocabulary.relationType(type).label}`,
          onProblem,
        );
      }}
    >
      {vocabulary.relationTypes.map((t) => (
        <option key={t.id} value={t.id}>
          {t.label}
        </option>
      ))}
    </select>
  );
}
