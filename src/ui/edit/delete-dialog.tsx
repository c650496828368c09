// Asks before deleting: an actor's deletion names how many relationships go with it. "Delete"
// commits one undoable step; "Cancel" (or Escape) changes nothing.
import { deleteActor, deleteRelation } from '../../model/edits';
import type { Selection } from '../../model/element-classes';
import { useAppStore } from '../../store/app-store';
import { Modal } from '../common/modal';

export function DeleteDialog({ target, onClose }: { target: Selection; onClose: () => void }) {
  const dataset = useAppStore((s) => s.dataset);
  const actor = target.kind === 'actor' ? dataset.actors.find((a) => a.id === target.id) : null;
  const relation =
    target.kind === 'relation' ? dataset.relations.find((r) => r.id === target.id) : null;
  if (!actor && !relation) return null;
  const nameOf = (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? id;
  const touching = actor
    ? dataset.relations.filter((r) => r.source === actor.id || r.target === actor.id).length
    : 0;
  const question = actor
    ? touching === 0
      ? `Delete “${actor.name}”?`
      : `Delete “${actor.name}” and the ${touching === 1 ? 'relationship' : `${touching} relationships`} it takes part in?`
    : `Delete the relationship “${nameOf(relation!.source)} ${relation!.type} ${nameOf(relation!.target)}”?`;
  const confirm = () => {
    const { commit, select, dataset: current } = useAppStore.getState();
    if (actor) commit(current.id, deleteActor(current, actor.id), 'edit', `delete ${actor.name}`);
    else {
      const label = `delete ${nameOf(relation!.source)} ${relation!.type} ${nameOf(relation!.target)}`;
      commit(current.id, deleteRelation(current, relation!.id), 'edit', label);
    }
    select(null);
    onClose();
  };
  return (
    <Modal title={actor ? 'Delete actor' : 'Delete relationship'} onClose={onClose}>
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
