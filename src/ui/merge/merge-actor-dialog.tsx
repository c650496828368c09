// "Merge into…" on an actor (docs/design.md §14): the actor becomes another one. Its names become
// aliases, its relations move over and duplicates become one; one undo step.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { actorNamed } from '../../model/edits';
import { ActorIndex } from '../../model/merge/actor-match';
import { mergeActorInto } from '../../model/merge/merge-actor';
import { useAppStore } from '../../store/app-store';
import { Modal } from '../common/modal';
import './merge.css';

/** Suggestions offered as buttons: actors that matching finds for this one. */
const SUGGESTIONS = 5;

export function MergeActorDialog({ actorId, onClose }: { actorId: string; onClose: () => void }) {
  const dataset = useAppStore((s) => s.dataset);
  const from = dataset.actors.find((a) => a.id === actorId);
  const id = useId();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const suggestions = useMemo(() => {
    if (!from) return [];
    const others = dataset.actors.filter((a) => a.id !== from.id);
    return new ActorIndex(others).candidates(from).slice(0, SUGGESTIONS);
  }, [dataset, from]);
  if (!from) return null;

  const merge = (e?: FormEvent) => {
    e?.preventDefault();
    const { dataset: current, commit, select, addNotice } = useAppStore.getState();
    const into = actorNamed(current, typed);
    if (!into) return setProblem(`No actor is named “${typed.trim() || '…'}”.`);
    if (into.id === from.id) return setProblem('Choose another actor than this one.');
    const outcome = mergeActorInto(current, from.id, into.id);
    if (!outcome) return setProblem('These actors cannot be merged.');
    commit(current.id, outcome.diff, 'edit', `merge ${from.name} into ${into.name}`);
    select({ kind: 'actor', id: into.id });
    const parts = [`“${from.name}” is now an alias of “${into.name}”`];
    if (outcome.joined > 0)
      parts.push(
        `${outcome.joined} duplicate ${outcome.joined === 1 ? 'relationship' : 'relationships'} joined`,
      );
    if (outcome.dropped > 0)
      parts.push(`${outcome.dropped} between the two left out (it would join the actor to itself)`);
    addNotice('info', `${parts.join('; ')}.`);
    onClose();
  };

  return (
    <Modal title={`Merge “${from.name}” into…`} onClose={onClose}>
      <form className="merge-dialog edit-form" onSubmit={merge} noValidate>
        <div className="form-field">
          <label htmlFor={`${id}-into`}>Into</label>
          <input
            id={`${id}-into`}
            type="text"
            list={`${id}-actors`}
            value={typed}
            onChange={(e) => {
              setTyped(e.currentTarget.value);
              setProblem(null);
            }}
          />
          <datalist id={`${id}-actors`}>
            {dataset.actors
              .filter((a) => a.id !== from.id)
              .map((a) => (
                <option key={a.id} value={a.name} />
              ))}
          </datalist>
        </div>
        {suggestions.length > 0 && (
          <div className="group-actions" aria-label="Likely the same">
            {suggestions.map((s) => (
              <button
                key={s.actor.id}
                type="button"
                title={s.match.reason}
                onClick={() => setTyped(s.actor.name)}
              >
                {s.actor.name}
              </button>
            ))}
          </div>
        )}
        <p className="muted small">
          Its names become aliases of the other, its relationships move over, and relationships that
          then say the same thing become one. You can undo this.
        </p>
        {problem && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Merge
          </button>
        </div>
      </form>
    </Modal>
  );
}
