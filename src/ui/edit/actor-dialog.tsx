// The "Actor" dialog: edit an actor's name, short name, aliases, kind, description and parent.
// Save commits one checked diff; a problem names its field and changes nothing.
import { useId, useMemo, useState, type FormEvent } from 'react';
import {
  actorFields,
  addActor,
  declareVocabulary,
  editActor,
  withDeclaration,
  NEW_ACTOR_FIELDS,
  type ActorFields,
  type FieldProblem,
} from '../../model/edits';
import { useAppStore } from '../../store/app-store';
import { useVocabulary } from '../../store/derived';
import { Modal } from '../common/modal';
import { FormFooter } from './form-footer';

/** Edit the actor `actorId`, or add a new one when there is none. */
/** The "Kind" choice that declares a new kind. */
const NEW_KIND = '(new kind)';

export function ActorDialog({ actorId, onClose }: { actorId?: string; onClose: () => void }) {
  const dataset = useAppStore((s) => s.dataset);
  const commit = useAppStore((s) => s.commit);
  const vocabulary = useVocabulary();
  const actor = actorId === undefined ? undefined : dataset.actors.find((a) => a.id === actorId);
  const [fields, setFields] = useState<ActorFields | null>(() =>
    actorId === undefined ? NEW_ACTOR_FIELDS : actor ? actorFields(actor) : null,
  );
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  /** A kind declared here: chosen as "New kind…" in "Kind". */
  const [newKind, setNewKind] = useState({ label: '', color: '#8c6d31' });
  const id = useId();
  const others = useMemo(
    () =>
      dataset.actors
        .filter((a) => a.id !== actorId)
        .map((a) => ({ id: a.id, name: a.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [dataset.actors, actorId],
  );
  if ((actorId !== undefined && !actor) || !fields) return null;

  const set = (key: keyof ActorFields) => (value: string) =>
    setFields((f) => (f ? { ...f, [key]: value } : f));
  const problemOf = (field: string) => problems.find((p) => p.field === field);
  const save = (e: FormEvent) => {
    e.preventDefault();
    const { dataset: current, select } = useAppStore.getState();
    let base = current;
    let typed = fields;
    let declaration;
    if (fields.kind === NEW_KIND) {
      const declared = declareVocabulary(current, 'kind', newKind);
      if (!declared) {
        return setProblems([{ field: 'New kind', message: 'name the new kind' }]);
      }
      base = declared.dataset;
      typed = { ...fields, kind: declared.id };
      declaration = declared.diff;
    }
    if (actor) {
      const result = editActor(base, actor.id, typed);
      if (!result.ok) return setProblems(result.problems);
      commit(current.id, withDeclaration(declaration, result.diff), 'edit', `edit ${actor.name}`);
    } else {
      const result = addActor(base, typed);
      if (!result.ok) return setProblems(result.problems);
      const label = `add ${fields.name.trim()}`;
      commit(current.id, withDeclaration(declaration, result.diff), 'edit', label);
      select({ kind: 'actor', id: result.id! });
    }
    onClose();
  };
  const field = (label: string, key: keyof ActorFields, input: 'text' | 'textarea' = 'text') => {
    const problem = problemOf(label);
    const props = {
      id: `${id}-${key}`,
      value: fields[key],
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? `${id}-${key}-problem` : undefined,
    } as const;
    return (
      <div className="form-field">
        <label htmlFor={props.id}>{label}</label>
        {input === 'textarea' ? (
          <textarea {...props} rows={3} onChange={(e) => set(key)(e.currentTarget.value)} />
        ) : (
          <input {...props} type="text" onChange={(e) => set(key)(e.currentTarget.value)} />
        )}
        {problem && (
          <span id={`${id}-${key}-problem`} className="field-problem">
            {problem.message}
          </span>
        )}
      </div>
    );
  };

  return (
    <Modal title="Actor" onClose={onClose}>
      <form className="edit-form" onSubmit={save} noValidate>
        {field('Name', 'name')}
        {field('Short name', 'shortName')}
        {field('Aliases', 'aliases')}
        <div className="form-field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={fields.kind}
            onChange={(e) => set('kind')(e.currentTarget.value)}
          >
            {vocabulary.actorKinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
            <option value={NEW_KIND}>New kind…</option>
          </select>
        </div>
        {fields.kind === NEW_KIND && (
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={`${id}-new-kind`}>New kind</label>
              <input
                id={`${id}-new-kind`}
                type="text"
                value={newKind.label}
                aria-invalid={problemOf('New kind') ? true : undefined}
                onChange={(e) => setNewKind({ ...newKind, label: e.currentTarget.value })}
              />
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-new-kind-color`}>Colour</label>
              <input
                id={`${id}-new-kind-color`}
                type="color"
                value={newKind.color}
                onChange={(e) => setNewKind({ ...newKind, color: e.currentTarget.value })}
              />
            </div>
          </div>
        )}
        {field('Description', 'description', 'textarea')}
        <div className="form-field">
          <label htmlFor={`${id}-parent`}>Parent</label>
          <select
            id={`${id}-parent`}
            value={fields.parent}
            aria-invalid={problemOf('Parent') ? true : undefined}
            aria-describedby={problemOf('Parent') ? `${id}-parent-problem` : undefined}
            onChange={(e) => set('parent')(e.currentTarget.value)}
          >
            <option value="">(none)</option>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          {problemOf('Parent') && (
            <span id={`${id}-parent-problem`} className="field-problem">
              {problemOf('Parent')!.message}
            </span>
          )}
        </div>
        <FormFooter problems={problems} onCancel={onClose} />
      </form>
    </Modal>
  );
}
