// The dialog "New from report" (docs/design.md §13): the report's text and details, drafting in a worker with
// progress, then "Review" of the actors and candidate relations, and "Create dataset" or "Add to
// current dataset" (the merge preview, docs/design.md §14).
import { memo, Suspense, useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import {
  BUILT_IN_ACTOR_KINDS,
  BUILT_IN_RELATION_TYPES,
  type BuiltInActorKind,
  type BuiltInRelationType,
  type Dataset,
} from '../../../graph-data/schema';
import type { Draft, RelationCandidate } from '../../model/draft/draft-types';
import {
  checkReportText,
  REPORT_FILE_ACCEPT,
  reportFromFile,
} from '../../model/draft/report-input';
import {
  acceptedRelations,
  decide,
  decideAll,
  dropActor,
  liveActors,
  mergeActor,
  renameActor,
  reviewToDataset,
  setActorKind,
  setRelationType,
  startReview,
  swapDirection,
  type Review,
  type ReviewRelation,
} from '../../model/draft/review';
import { useAppStore } from '../../store/app-store';
import { Modal } from '../common/modal';
import { MergeDialog } from '../merge/lazy-merge';
import { runDraft } from './draft-job';
import './draft.css';

interface ReportForm {
  title: string;
  text: string;
  publisher: string;
  published: string;
  url: string;
}

const EMPTY_FORM: ReportForm = { title: '', text: '', publisher: '', published: '', url: '' };

function readFile(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

export function NewFromReportDialog({ onClose }: { onClose: () => void }) {
  const [form, setForm] = useState<ReportForm>(EMPTY_FORM);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const update = useCallback(
    (f: (review: Review) => Review) => setReview((r) => (r ? f(r) : r)),
    [],
  );
  const [draft, setDraft] = useState<Draft | null>(null);
  /** The reviewed draft as a dataset, being added to the open one (docs/design.md §14). */
  const [adding, setAdding] = useState<Dataset | null>(null);

  const field = (key: keyof ReportForm) => ({
    value: form[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [key]: value }));
    },
  });

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setNotice(null);
    if (file.size > 2 * 1024 * 1024) {
      setProblem(
        `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; a report may be at most 2 MB.`,
      );
      return;
    }
    try {
      const result = reportFromFile(file.name, await readFile(file));
      if (!result.ok) return setProblem(result.message);
      if (result.notice) setNotice(result.notice);
      setForm((f) => ({
        ...f,
        text: result.text,
        title: f.title || file.name.replace(/\.[^.]+$/, ''),
      }));
    } catch (error) {
      setProblem(`“${file.name}” could not be read: ${(error as Error).message}`);
    }
  };

  const find = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const refused = checkReportText(form.text);
    if (refused) return setProblem(refused);
    setProgress(0);
    try {
      const result = await runDraft(
        { text: form.text, ...(form.published && { published: form.published }) },
        setProgress,
      );
      if (result.relations.length === 0) {
        setProblem(
          result.actors.length === 0
            ? 'No actors or relations were found in this text. Is it a news report about a conflict?'
            : 'Actors were found, but no relation between them (attacked, condemned, founded, allied).',
        );
        return;
      }
      setDraft(result);
      setReview(startReview(result));
    } catch (error) {
      setProblem(`Drafting failed: ${(error as Error).message}`);
    } finally {
      setProgress(null);
    }
  };

  if (adding) {
    return (
      <Suspense fallback={null}>
        <MergeDialog incoming={adding} onClose={onClose} />
      </Suspense>
    );
  }

  if (review && draft) {
    /** The reviewed draft as a dataset, or the problems that stop it. */
    const reviewed = () => {
      const store = useAppStore.getState();
      return reviewToDataset(
        review,
        { ...form, title: form.title.trim() || 'Report' },
        store.datasets.map((d) => d.id),
      );
    };
    return (
      <Modal title="Review" onClose={onClose}>
        <ReviewStep
          review={review}
          draft={draft}
          onChange={setReview}
          update={update}
          onBack={() => setReview(null)}
          onCreate={(addToCurrent) => {
            const result = reviewed();
            if (!result.ok) {
              return result.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
            }
            if (addToCurrent) {
              setAdding(result.dataset);
              return null;
            }
            const store = useAppStore.getState();
            store.addDataset(result.dataset);
            store.selectDataset(result.dataset.id);
            onClose();
            return null;
          }}
        />
      </Modal>
    );
  }

  return (
    <Modal title="New from report" onClose={onClose}>
      <form className="draft-dialog report-form" onSubmit={(e) => void find(e)}>
        <label className="field">
          <span>Title</span>
          <input {...field('title')} placeholder="e.g. Wire report, 24 January" />
        </label>
        <label className="field">
          <span>Report text</span>
          <textarea {...field('text')} rows={10} placeholder="Paste the report's text here" />
        </label>
        <label className="field">
          <span>Open file</span>
          <input
            type="file"
            accept={REPORT_FILE_ACCEPT}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              void openFile(file);
            }}
          />
        </label>
        <div className="report-details">
          <label className="field">
            <span>Publisher</span>
            <input {...field('publisher')} />
          </label>
          <label className="field">
            <span>Published</span>
            <input type="date" {...field('published')} />
          </label>
          <label className="field">
            <span>URL</span>
            <input type="url" {...field('url')} placeholder="https://…" />
          </label>
        </div>
        {notice && <p className="notice">{notice}</p>}
        {problem && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
        {progress !== null && (
          <p>
            <progress aria-label="Drafting" max={1} value={progress} /> Reading the report…
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={progress !== null}>
            Find actors and relations
          </button>
        </div>
      </form>
    </Modal>
  );
}

function ReviewStep({
  review,
  draft,
  onChange,
  update,
  onBack,
  onCreate,
}: {
  review: Review;
  draft: Draft;
  onChange: (review: Review) => void;
  /** A stable function applying a change to the latest review. */
  update: (f: (review: Review) => Review) => void;
  onBack: () => void;
  /** Creates the dataset, or adds it to the open one; returns a problem to show, or null. */
  onCreate: (addToCurrent: boolean) => string | null;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const originalName = useMemo(
    () => new Map(draft.actors.map((a) => [a.id, a.name])),
    [draft.actors],
  );
  const actorName = (id: string) => review.actors.find((a) => a.id === id)?.name ?? id;
  const live = liveActors(review);
  const accepted = acceptedRelations(review).length;
  const shownActors = useProgressiveCount(review.actors.length);
  const shown = useProgressiveCount(
    shownActors < review.actors.length ? 0 : review.relations.length,
  );
  return (
    <div className="draft-dialog review">
      <section aria-labelledby="review-actors">
        <h3 id="review-actors">Actors found ({live.length})</h3>
        <ul className="review-actors" aria-label="Actors found">
          {review.actors.slice(0, shownActors).map((a) => {
            const label = originalName.get(a.id) ?? a.name;
            if (a.mergedInto)
              return (
                <li key={a.id} className="muted">
                  {label} — merged into {actorName(a.mergedInto)}
                </li>
              );
            return (
              <li key={a.id} className={a.dropped ? 'dropped' : undefined}>
                <input
                  aria-label={`Name of ${label}`}
                  value={a.name}
                  disabled={a.dropped}
                  onChange={(e) => onChange(renameActor(review, a.id, e.currentTarget.value))}
                />
                <select
                  aria-label={`Kind of ${label}`}
                  value={a.kind}
                  disabled={a.dropped}
                  onChange={(e) =>
                    onChange(setActorKind(review, a.id, e.currentTarget.value as BuiltInActorKind))
                  }
                >
                  {BUILT_IN_ACTOR_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </select>
                <button type="button" onClick={() => onChange(dropActor(review, a.id, !a.dropped))}>
                  {a.dropped ? `Restore ${label}` : `Drop ${label}`}
                </button>
                {a.shortName && <span className="muted"> ({a.shortName})</span>}
              </li>
            );
          })}
        </ul>
        <MergeActors review={review} onChange={onChange} />
      </section>
      <section aria-labelledby="review-relations">
        <h3 id="review-relations">
          Candidate relations ({accepted} of {review.relations.length} accepted)
        </h3>
        <div className="review-bulk">
          <button type="button" onClick={() => onChange(decideAll(review, 'accepted'))}>
            Accept all
          </button>
          <button type="button" onClick={() => onChange(decideAll(review, 'rejected'))}>
            Reject all
          </button>
        </div>
        <ul className="review-relations" aria-label="Candidate relations">
          {review.relations.slice(0, shown).map((r) => (
            <CandidateItem
              key={r.id}
              relation={r}
              sourceName={actorName(r.source)}
              targetName={actorName(r.target)}
              update={update}
            />
          ))}
        </ul>
      </section>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onBack}>
          Back
        </button>
        <button
          type="button"
          onClick={() =>
            setProblem(
              accepted === 0
                ? 'Accept at least one relation to add it to the current dataset.'
                : onCreate(true),
            )
          }
        >
          Add to current dataset
        </button>
        <button
          type="button"
          className="primary"
          onClick={() =>
            setProblem(
              accepted === 0
                ? 'Accept at least one relation to create a dataset.'
                : onCreate(false),
            )
          }
        >
          Create dataset
        </button>
      </div>
    </div>
  );
}

/** Items to render: a first batch at once, then more each task, so no one task renders hundreds. */
const BATCH = 12;
function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(BATCH);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount((c) => c + BATCH), 0);
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(count, total);
}

/** "Merge [actor] into [actor]": one control for the list, not one menu of every actor per actor. */
function MergeActors({ review, onChange }: { review: Review; onChange: (r: Review) => void }) {
  const live = liveActors(review);
  const [from, setFrom] = useState('');
  const [into, setInto] = useState('');
  if (live.length < 2) return null;
  return (
    <div className="review-merge">
      <label>
        Merge{' '}
        <select aria-label="Merge" value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
          <option value="">actor…</option>
          {live.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        into{' '}
        <select aria-label="Into" value={into} onChange={(e) => setInto(e.currentTarget.value)}>
          <option value="">actor…</option>
          {live.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="button"
        disabled={!from || !into || from === into}
        onClick={() => {
          onChange(mergeActor(review, from, into));
          setFrom('');
        }}
      >
        Merge actors
      </button>
    </div>
  );
}

/** The excerpt with its cue and actors marked. */
function MarkedExcerpt({ relation }: { relation: RelationCandidate }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [k, m] of relation.marks.entries()) {
    if (m.start < at) continue;
    parts.push(relation.excerpt.slice(at, m.start));
    parts.push(
      <mark key={k} className={`mark-${m.role}`} title={m.role}>
        {relation.excerpt.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  parts.push(relation.excerpt.slice(at));
  return <blockquote className="review-excerpt">{parts}</blockquote>;
}

/** One candidate; memoised, so a decision on one re-renders that one, not hundreds. */
const CandidateItem = memo(function CandidateItem({
  relation: r,
  sourceName,
  targetName,
  update: onChange,
}: {
  relation: ReviewRelation;
  sourceName: string;
  targetName: string;
  update: (f: (review: Review) => Review) => void;
}) {
  const name = (id: string) => (id === r.source ? sourceName : targetName);
  const arrow = r.directed ? '→' : '—';
  return (
    <li
      className={`candidate ${r.decision}`}
      aria-label={`${name(r.source)} ${r.type} ${name(r.target)}`}
    >
      <div className="candidate-head">
        <strong>
          {name(r.source)} {arrow} {r.type} {arrow} {name(r.target)}
        </strong>{' '}
        <span className="muted small">
          paragraph {r.paragraph} · cue “{r.cue}”{r.date && ` · ${r.date}`}
          {r.dateInferred && ' (inferred)'}
        </span>
      </div>
      <MarkedExcerpt relation={r} />
      {r.quote && (
        <p className="small">
          Quote: <q>{r.quote}</q>
        </p>
      )}
      <div className="candidate-actions">
        <button
          type="button"
          aria-pressed={r.decision === 'accepted'}
          onClick={() => onChange((rv) => decide(rv, r.id, 'accepted'))}
        >
          Accept
        </button>
        <button
          type="button"
          aria-pressed={r.decision === 'rejected'}
          onClick={() => onChange((rv) => decide(rv, r.id, 'rejected'))}
        >
          Reject
        </button>
        <select
          aria-label="Type"
          value={r.type}
          onChange={(e) => {
            // Read the choice now: the update runs later, when the event is gone.
            const type = e.currentTarget.value as BuiltInRelationType;
            onChange((rv) => setRelationType(rv, r.id, type));
          }}
        >
          {BUILT_IN_RELATION_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => onChange((rv) => swapDirection(rv, r.id))}>
          Swap direction
        </button>
        <span className="muted small">{r.decision}</span>
      </div>
    </li>
  );
});
