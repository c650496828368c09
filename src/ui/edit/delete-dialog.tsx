// Asks before deleting: an actor's deletion names how many relationships go with it, a selection of
// several names what it holds. "Delete" commits one undoable step; "Cancel" (or Escape) changes
// nothing.
import { deletionOf } from '../../model/edits';
import type { Selection } from '../../model/element-classes';
import { relationName } from '../../model/relations-of';
import { useAppStore } from '../../store/app-store';
import { Modal } from '../common/modal';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function DeleteDialog({
  targets,
  onClose,
}: {
  targets: readonly Selection[];
  onClose: () => void;
}) {
  const dataset = useAppStore((s) => s.dataset);
  const nameOf = (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? id;
  const deletion = deletionOf(dataset, targets);
  const { actors, relations, withActors } = deletion;
  if (actors + relations === 0) return null;
  const actor = actors === 1 && relations === 0 ? deletion.diff.actors.removed[0]! : null;
  const relation = actors === 0 && relations === 1 ? deletion.diff.relations.removed[0]! : null;
  const going =
    withActors === 0
      ? ''
      : ` and the ${withActors === 1 ? 'relationship' : `${withActors} relationships`} ${actors === 1 ? 'it takes' : 'they take'} part in`;
  const question = actor
    ? `Delete “${actor.name}”${going}?`
    : relation
      ? `Delete the relationship “${relationName(relation, nameOf)}”?`
      : `Delete ${[
          actors > 0 && plural(actors, 'actor', 'actors'),
          relations > 0 && plural(relations, 'relationship', 'relationships'),
        ]
          .filter(Boolean)
          .join(' and ')}${going}?`;
  const label = actor
    ? `delete ${actor.name}`
    : relation
      ? `delete ${relationName(relation, nameOf)}`
      : `delete ${plural(actors + relations, 'element', 'elements')}`;
  const confirm = () => {
    const { commit, select, dataset: current } = useAppStore.getState();
    commit(current.id, deletionOf(current, targets).diff, 'edit', label);
    select(null);
    onClose();
  };
  const title = actor ? 'Delete actor' : relation ? 'Delete relationship' : 'Delete selection';
  return (
    <Modal title={title} onClose={onClose}>
      <p>{question}</p>
      <p className="muted small">You can undo this.</p>
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={confirm}>
          Delete
        </button>
      </div>
    </Modal>
  );
}
