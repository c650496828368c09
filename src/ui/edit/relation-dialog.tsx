// The "Relationship" dialog: source and target (by name, short name or alias), type, date, summary
// and evidence rows. Save commits one checked diff; a problem names its field and changes nothing.
import { useId, useState, type FormEvent } from 'react';
import {
  declareVocabulary,
  editRelation,
  withDeclaration,
  emptyEvidence,
  newRelationFields,
  relationFields,
  type EvidenceFields,
  type FieldProblem,
  type RelationFields,
} from '../../model/edits';
import { useAppStore } from '../../store/app-store';
import { useVocabulary } from '../../store/derived';
import { Modal } from '../common/modal';
import { FormFooter } from './form-footer';

/** The "Type" choice that declares a new type. */
const NEW_TYPE = '(new type)';

/** Edit the relation `relationId`, or add one (between `source` and `target`, when given). */
export function RelationDialog({
  relationId,
  source,
  target,
  onClose,
}: {
  relationId?: string;
  source?: string;
  target?: string;
  onClose: () => void;
}) {
  const dataset = useAppStore((s) => s.dataset);
  const vocabulary = useVocabulary();
  const relation =
    relationId === undefined ? undefined : dataset.relations.find((r) => r.id === relationId);
  const [fields, setFields] = useState<RelationFields>(() =>
    relation ? relationFields(dataset, relation) : newRelationFields(dataset, source, target),
  );
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  /** A type declared here: chosen as "New type…" in "Type". */
  const [newType, setNewType] = useState({ label: '', color: '#8c564b', directed: true });
  const id = useId();
  if (relationId !== undefined && !relation) return null;

  const set = <K extends keyof RelationFields>(key: K, value: RelationFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));
  const setEvidence = (i: number, change: Partial<EvidenceFields>) =>
    set(
      'evidence',
      fields.evidence.map((e, j) => (j === i ? { ...e, ...change } : e)),
    );
  const problemOf = (field: string) => problems.find((p) => p.field === field);
  const invalid = (field: string) => {
    const problem = problemOf(field);
    return problem ? ({ 'aria-invalid': true, 'aria-describedby': `${id}-${field}` } as const) : {};
  };
  const problemLine = (field: string) => {
    const problem = problemOf(field);
    return problem ? (
      <span id={`${id}-${field}`} className="field-problem">
        {problem.message}
      </span>
    ) : null;
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    const { dataset: current, commit, select } = useAppStore.getState();
    let base = current;
    let typed = fields;
    let declaration;
    if (fields.type === NEW_TYPE) {
      const declared = declareVocabulary(current, 'type', newType);
      if (!declared) return setProblems([{ field: 'New type', message: 'name the new type' }]);
      base = declared.dataset;
      typed = { ...fields, type: declared.id };
      declaration = declared.diff;
    }
    const result = editRelation(base, relation?.id, typed);
    if (!result.ok) return setProblems(result.problems);
    const label = `${relation ? 'edit' : 'add'} ${fields.source.trim()} ${typed.type} ${fields.target.trim()}`;
    commit(current.id, withDeclaration(declaration, result.diff), 'edit', label);
    select({ kind: 'relation', id: relation?.id ?? result.id! });
    onClose();
  };
  const text = (label: string, key: 'source' | 'target' | 'date') => (
    <div className="form-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        value={fields[key]}
        list={key === 'date' ? undefined : `${id}-actors`}
        placeholder={key === 'date' ? 'YYYY, YYYY-MM or YYYY-MM-DD' : undefined}
        onChange={(e) => set(key, e.currentTarget.value)}
        {...invalid(label)}
      />
      {problemLine(label)}
    </div>
  );

  return (
    <Modal title="Relationship" onClose={onClose}>
      <form className="edit-form" onSubmit={save} noValidate>
        <datalist id={`${id}-actors`}>
          {dataset.actors.map((a) => (
            <option key={a.id} value={a.name} />
          ))}
        </datalist>
        {text('Source', 'source')}
        {text('Target', 'target')}
        <div className="form-field">
          <label htmlFor={`${id}-type`}>Type</label>
          <select
            id={`${id}-type`}
            value={fields.type}
            onChange={(e) => set('type', e.currentTarget.value)}
            {...invalid('Type')}
          >
            {vocabulary.relationTypes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
            <option value={NEW_TYPE}>New type…</option>
          </select>
          {problemLine('Type')}
        </div>
        {fields.type === NEW_TYPE && (
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={`${id}-new-type`}>New type</label>
              <input
                id={`${id}-new-type`}
                type="text"
                value={newType.label}
                {...invalid('New type')}
                onChange={(e) => setNewType({ ...newType, label: e.currentTarget.value })}
              />
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-new-type-color`}>Colour</label>
              <input
                id={`${id}-new-type-color`}
                type="color"
                value={newType.color}
                onChange={(e) => setNewType({ ...newType, color: e.currentTarget.value })}
              />
            </div>
            <label className="check">
              <input
                type="checkbox"
                checked={newType.directed}
                onChange={(e) => setNewType({ ...newType, directed: e.currentTarget.checked })}
              />
              <span>Directed</span>
            </label>
          </div>
        )}
        {text('Date', 'date')}
        <label className="check">
          <input
            type="checkbox"
            checked={fields.dateInferred}
            onChange={(e) => set('dateInferred', e.currentTarget.checked)}
          />
          <span>Date inferred</span>
        </label>
        <div className="form-field">
          <label htmlFor={`${id}-summary`}>Summary</label>
          <textarea
            id={`${id}-summary`}
            rows={2}
            value={fields.summary}
            onChange={(e) => set('summary', e.currentTarget.value)}
          />
        </div>
        {fields.evidence.map((row, i) => {
          const at = `Evidence ${i + 1}`;
          return (
            <fieldset key={i} className="evidence-row">
              <legend>{at}</legend>
              <div className="form-field">
                <label htmlFor={`${id}-ev${i}-source`}>Evidence source</label>
                <select
                  id={`${id}-ev${i}-source`}
                  value={row.source}
                  onChange={(e) => setEvidence(i, { source: e.currentTarget.value })}
                  {...invalid(`${at} source`)}
                >
                  {row.source === '' && <option value="">(choose a source)</option>}
                  {dataset.sources.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.title}
                    </option>
                  ))}
                </select>
                {problemLine(`${at} source`)}
              </div>
              <div className="form-field">
                <label htmlFor={`${id}-ev${i}-paragraph`}>Paragraph</label>
                <input
                  id={`${id}-ev${i}-paragraph`}
                  type="text"
                  inputMode="numeric"
                  value={row.paragraph}
                  onChange={(e) => setEvidence(i, { paragraph: e.currentTarget.value })}
                  {...invalid(`${at} paragraph`)}
                />
                {problemLine(`${at} paragraph`)}
              </div>
              <div className="form-field">
                <label htmlFor={`${id}-ev${i}-excerpt`}>Excerpt</label>
                <textarea
                  id={`${id}-ev${i}-excerpt`}
                  rows={2}
                  value={row.excerpt}
                  onChange={(e) => setEvidence(i, { excerpt: e.currentTarget.value })}
                />
              </div>
              <div className="form-field">
                <label htmlFor={`${id}-ev${i}-quote`}>Quote</label>
                <input
                  id={`${id}-ev${i}-quote`}
                  type="text"
                  value={row.quote}
                  onChange={(e) => setEvidence(i, { quote: e.currentTarget.value })}
                />
              </div>
              <button
                type="button"
                onClick={() =>
                  set(
                    'evidence',
                    fields.evidence.filter((_, j) => j !== i),
                  )
                }
              >
                Remove evidence
              </button>
            </fieldset>
          );
        })}
        <p>
          <button
            type="button"
            onClick={() => set('evidence', [...fields.evidence, emptyEvidence(dataset)])}
          >
            Add evidence
          </button>
        </p>
        {problemLine('Evidence')}
        <FormFooter problems={problems} onCancel={onClose} />
      </form>
    </Modal>
  );
}
