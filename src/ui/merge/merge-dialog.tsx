// "Merge datasets…" and "Add to current dataset" (docs/design.md §14): another dataset merged into the open
// one. A preview lists what merges, what is new and what needs a decision; "Merge" commits it as
// one undo step. Matching and the merge run in a worker (merge-job.ts).
import { useEffect, useState } from 'react';
import type { Dataset } from '../../../graph-data/schema';
import type { MergeDecisions, MergePlan } from '../../model/merge/merge-datasets';
import { useAppStore } from '../../store/app-store';
import { Modal } from '../common/modal';
import { yieldToPage } from '../../model/time-slices';
import { runMerge } from './merge-job';
import './merge.css';

/** Rows of a list shown at once; the rest are counted. */
const SHOWN = 50;
/** Questions shown at once; "Same for all" / "Different for all" answer every one. */
const SHOWN_QUESTIONS = 200;

export function MergeDialog({
  incoming: given,
  onClose,
}: {
  /** The dataset to merge in (a reviewed draft); without it the dialog asks for a saved one. */
  incoming?: Dataset;
  onClose: () => void;
}) {
  const open = useAppStore((s) => s.dataset);
  const datasets = useAppStore((s) => s.datasets);
  const others = datasets.filter((d) => d.id !== open.id);
  // The latest dataset first: most often the one just imported to be merged.
  const [chosenId, setChosenId] = useState(given ? '' : (others.at(-1)?.id ?? ''));
  const incoming = given ?? others.find((d) => d.id === chosenId);
  /** The plan (or why there is none) of the dataset it was made for. */
  const [planned, setPlanned] = useState<{
    for: Dataset;
    plan?: MergePlan;
    problem?: string;
  } | null>(null);
  const current = planned && planned.for === incoming ? planned : null;
  const plan = current?.plan ?? null;
  const planning = incoming !== undefined && current === null;
  const [decisions, setDecisions] = useState<MergeDecisions>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);

  useEffect(() => {
    if (!incoming) return;
    let live = true;
    void runMerge({ base: useAppStore.getState().dataset, incoming }).then((reply) => {
      if (!live) return;
      setPlanned(
        reply.ok
          ? { for: incoming, plan: reply.plan }
          : { for: incoming, problem: `The merge could not be planned: ${reply.message}` },
      );
    });
    return () => {
      live = false;
    };
  }, [incoming]);

  const merge = async () => {
    if (!incoming || !plan) return;
    setProblem(null);
    setMerging(true);
    const base = useAppStore.getState().dataset;
    const reply = await runMerge({ base, incoming, decisions });
    // Commit in a task of its own: reading the worker's reply took one already (docs/design.md
    // §10: no main-thread task over 200 ms while a 5k/20k merge runs).
    await yieldToPage();
    setMerging(false);
    if (!reply.ok) return setProblem(reply.message);
    const result = reply.result!;
    if (!result.ok) return setProblem(result.message);
    const store = useAppStore.getState();
    if (store.dataset.id !== base.id) {
      return setProblem('The open dataset changed while merging; nothing was merged.');
    }
    store.commit(base.id, result.diff, 'edit', `merge “${incoming.title}”`);
    store.addNotice('info', `Merged “${incoming.title}”: ${result.summary}.`);
    onClose();
  };

  const decide = (id: string, into: string | null) => setDecisions((d) => ({ ...d, [id]: into }));
  const decideAll = (same: boolean) =>
    setDecisions(
      Object.fromEntries(
        (plan?.questions ?? []).map((q) => [
          q.incoming.id,
          same ? (q.candidates[0]?.actor.id ?? null) : null,
        ]),
      ),
    );

  return (
    <Modal title={given ? 'Add to current dataset' : 'Merge datasets'} onClose={onClose}>
      <div className="merge-dialog">
        <p>
          Into the open dataset, <strong>{open.title}</strong>
          {given && (
            <>
              , add <strong>{given.title}</strong>
            </>
          )}
          .
        </p>
        {!given &&
          (others.length === 0 ? (
            <p role="alert" className="problem">
              There is no other dataset to merge. Import one or create one from a report first.
            </p>
          ) : (
            <label className="field">
              <span>Dataset to merge</span>
              <select
                value={chosenId}
                onChange={(e) => {
                  setChosenId(e.currentTarget.value);
                  setDecisions({});
                  setProblem(null);
                }}
              >
                {others.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title}
                  </option>
                ))}
              </select>
            </label>
          ))}
        {planning && (
          <p role="status">
            <progress aria-label="Matching actors" /> Matching actors…
          </p>
        )}
        {plan?.refusal && (
          <p role="alert" className="problem">
            {plan.refusal}
          </p>
        )}
        {plan && !plan.refusal && (
          <MergePreview plan={plan} decisions={decisions} decide={decide} decideAll={decideAll} />
        )}
        {(problem ?? current?.problem) && (
          <p role="alert" className="problem">
            {problem ?? current?.problem}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            disabled={!plan || !!plan.refusal || merging}
            onClick={() => void merge()}
          >
            Merge
          </button>
        </div>
      </div>
    </Modal>
  );
}

/** What the merge will do: merged, new, and the questions the analyst answers. */
export function MergePreview({
  plan,
  decisions,
  decide,
  decideAll,
}: {
  plan: MergePlan;
  decisions: MergeDecisions;
  decide: (incomingId: string, into: string | null) => void;
  decideAll: (same: boolean) => void;
}) {
  const undecided = plan.questions.filter((q) => !(q.incoming.id in decisions)).length;
  return (
    <div className="merge-preview">
      {plan.notes.length > 0 && (
        <ul aria-label="Clashes" className="merge-notes">
          {plan.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <section aria-labelledby="merge-decide">
        <h3 id="merge-decide">
          Needs a decision ({plan.questions.length}
          {undecided > 0 && undecided < plan.questions.length && `, ${undecided} open`})
        </h3>
        {plan.questions.length === 0 ? (
          <p className="muted">Nothing: every match is certain.</p>
        ) : (
          <>
            <div className="group-actions">
              <button type="button" onClick={() => decideAll(true)}>
                Same for all
              </button>
              <button type="button" onClick={() => decideAll(false)}>
                Different for all
              </button>
            </div>
            {plan.questions.slice(0, SHOWN_QUESTIONS).map((q) => (
              <fieldset key={q.incoming.id} className="merge-question">
                <legend>Is “{q.incoming.name}” already here?</legend>
                {q.candidates.map((c) => (
                  <label key={c.actor.id} className="check">
                    <input
                      type="radio"
                      name={`merge-${q.incoming.id}`}
                      checked={decisions[q.incoming.id] === c.actor.id}
                      onChange={() => decide(q.incoming.id, c.actor.id)}
                    />
                    <span>
                      Same as {c.actor.name} <span className="muted">({c.reason})</span>
                    </span>
                  </label>
                ))}
                <label className="check">
                  <input
                    type="radio"
                    name={`merge-${q.incoming.id}`}
                    checked={decisions[q.incoming.id] === null}
                    onChange={() => decide(q.incoming.id, null)}
                  />
                  <span>A different actor</span>
                </label>
              </fieldset>
            ))}
            {plan.questions.length > SHOWN_QUESTIONS && (
              <p className="muted small">
                {plan.questions.length - SHOWN_QUESTIONS} more: answered by “Same for all” or
                “Different for all”.
              </p>
            )}
          </>
        )}
      </section>
      <NameList
        title="Merged"
        rows={plan.matched.map((m) => ({
          key: m.incoming.id,
          text:
            m.incoming.name === m.into.name
              ? `${m.into.name} (${m.reason})`
              : `${m.incoming.name} → ${m.into.name} (${m.reason})`,
        }))}
      />
      <NameList title="New" rows={plan.added.map((a) => ({ key: a.id, text: a.name }))} />
    </div>
  );
}

function NameList({
  title,
  rows,
}: {
  title: string;
  rows: readonly { key: string; text: string }[];
}) {
  return (
    <section>
      <h3>
        {title} ({rows.length})
      </h3>
      <ul aria-label={title} className="merge-list">
        {rows.slice(0, SHOWN).map((r) => (
          <li key={r.key}>{r.text}</li>
        ))}
      </ul>
      {rows.length > SHOWN && <p className="muted small">and {rows.length - SHOWN} more</p>}
    </section>
  );
}
