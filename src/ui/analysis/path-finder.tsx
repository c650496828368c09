// "Paths": the shortest connections between two actors, optionally only through chosen relation
// types, highlighted in the graph and listed step by step with each step's evidence.
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Actor } from '../../../graph-data/schema';
import { pathHighlight, shortestPaths, type Path } from '../../model/analysis/paths';
import { normaliseForSearch, searchActors } from '../../model/search';
import { relationTypesInUse } from '../../model/vocabulary';
import { useAppStore } from '../../store/app-store';
import {
  useActorIndex,
  useDatasetContent,
  useVisibleGraph,
  useVocabulary,
} from '../../store/derived';
import { EvidenceList } from '../details/evidence-list';

/** The actor a typed name means: an exact (normalised) name, short name or alias, else the best match. */
function resolveActor(actors: readonly Actor[], text: string): Actor | undefined {
  const q = normaliseForSearch(text);
  if (!q) return undefined;
  return (
    actors.find((a) =>
      [a.name, a.shortName, ...(a.aliases ?? [])].some((n) => n && normaliseForSearch(n) === q),
    ) ?? searchActors(actors, text, 1)[0]
  );
}

/** Up to this many actors are all offered as suggestions; larger datasets offer the best matches. */
const ALL_SUGGESTIONS = 300;
const MATCH_SUGGESTIONS = 50;

/**
 * The names offered while typing an actor. A 5k-actor dataset would otherwise put 5k options in
 * the page, rebuilt whenever the path finder renders; memo keeps this out of filter changes.
 */
const ActorSuggestions = memo(function ActorSuggestions(props: {
  id: string;
  actors: readonly Actor[];
  text: string;
}) {
  const { actors, text } = props;
  const many = actors.length > ALL_SUGGESTIONS;
  const query = many ? text : '';
  const offered = useMemo(
    () => (many ? searchActors(actors, query, MATCH_SUGGESTIONS) : actors),
    [many, actors, query],
  );
  return (
    <datalist id={props.id}>
      {offered.map((a) => (
        <option key={a.id} value={a.name} />
      ))}
    </datalist>
  );
});

/** What was asked; the answer is derived from it and what is shown, so filters keep it true. */
type Query =
  | { kind: 'path'; from: Actor; to: Actor; types: readonly string[] }
  | { kind: 'error'; message: string };

type Result =
  | { kind: 'paths'; paths: Path[]; index: number }
  | { kind: 'none'; from: Actor; to: Actor; types: readonly string[] }
  | { kind: 'error'; message: string };

export function PathFinder() {
  const dataset = useDatasetContent();
  const setHighlight = useAppStore((s) => s.setHighlight);
  const visible = useVisibleGraph();
  const vocabulary = useVocabulary();
  const actors = useActorIndex();
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const [onlyTypes, setOnlyTypes] = useState<readonly string[]>([]);
  const [query, setQuery] = useState<Query | null>(null);
  const [index, setIndex] = useState(0);
  const listId = useId();
  const usedTypes = useMemo(() => relationTypesInUse(vocabulary, dataset), [vocabulary, dataset]);

  // A new dataset makes an old question meaningless.
  const [queryDataset, setQueryDataset] = useState(dataset);
  if (queryDataset !== dataset) {
    setQueryDataset(dataset);
    setQuery(null);
    setOnlyTypes([]);
  }

  const result = useMemo((): Result | null => {
    if (!query || query.kind === 'error') return query;
    const paths = shortestPaths(dataset, visible, query.from.id, query.to.id, {
      ...(query.types.length > 0 ? { relationTypes: query.types } : {}),
    });
    return paths.length > 0
      ? { kind: 'paths', paths, index: Math.min(index, paths.length - 1) }
      : { kind: 'none', from: query.from, to: query.to, types: query.types };
  }, [query, dataset, visible, index]);

  // The highlight in the graph follows the path on show (the store is what the graph reads).
  const shownPath = result?.kind === 'paths' ? result.paths[result.index] : undefined;
  useEffect(() => {
    setHighlight(shownPath ? pathHighlight([shownPath]) : null);
  }, [shownPath, setHighlight]);
  useEffect(() => () => setHighlight(null), [setHighlight]);

  // The answer sits at the foot of a scrolling panel: bring it into view when a question is asked.
  const answerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (query) answerRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [query]);

  const find = () => {
    const from = resolveActor(dataset.actors, fromText);
    const to = resolveActor(dataset.actors, toText);
    setIndex(0);
    if (!from || !to) {
      setQuery({ kind: 'error', message: `No actor called “${!from ? fromText : toText}”.` });
      return;
    }
    setFromText(from.name);
    setToText(to.name);
    setQuery({ kind: 'path', from, to, types: onlyTypes });
  };

  const path = shownPath ?? null;

  return (
    <section className="path-finder" aria-labelledby={`${listId}-h`}>
      <h2 id={`${listId}-h`}>Paths</h2>
      <form
        className="path-form"
        onSubmit={(e) => {
          e.preventDefault();
          find();
        }}
      >
        <ActorSuggestions id={`${listId}-from`} actors={dataset.actors} text={fromText} />
        <ActorSuggestions id={`${listId}-to`} actors={dataset.actors} text={toText} />
        <label>
          <span>Path from</span>
          <input
            list={`${listId}-from`}
            value={fromText}
            onChange={(e) => setFromText(e.currentTarget.value)}
          />
        </label>
        <label>
          <span>Path to</span>
          <input
            list={`${listId}-to`}
            value={toText}
            onChange={(e) => setToText(e.currentTarget.value)}
          />
        </label>
        <details>
          <summary>Only through…</summary>
          {usedTypes.map((t) => (
            <label key={t.id} className="check">
              <input
                type="checkbox"
                checked={onlyTypes.includes(t.id)}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setOnlyTypes((list) =>
                    checked ? [...list, t.id] : list.filter((x) => x !== t.id),
                  );
                }}
              />
              <span>{t.label}</span>
            </label>
          ))}
          <p className="muted small">None ticked: every shown type.</p>
        </details>
        <div className="group-actions">
          <button type="submit" disabled={!fromText.trim() || !toText.trim()}>
            Find path
          </button>
          {result && (
            <button type="button" onClick={() => setQuery(null)}>
              Clear path
            </button>
          )}
        </div>
      </form>
      <div aria-live="polite" ref={answerRef}>
        {result?.kind === 'error' && <p className="error">{result.message}</p>}
        {result?.kind === 'none' && (
          <p>
            No connection between {result.from.name} and {result.to.name}
            {result.types.length > 0 ? ' through the chosen relationship types' : ''} in what is
            shown.
          </p>
        )}
        {result?.kind === 'paths' && path && (
          <>
            <p className="small">
              {path.length === 0
                ? 'That is the same actor.'
                : `${path.length} step${path.length > 1 ? 's' : ''}`}
              {result.paths.length > 1 &&
                ` — shortest path ${result.index + 1} of ${result.paths.length}`}
            </p>
            {result.paths.length > 1 && (
              <div className="group-actions">
                <button
                  type="button"
                  onClick={() =>
                    setIndex((result.index + result.paths.length - 1) % result.paths.length)
                  }
                >
                  Previous
                </button>
                <button
                  type="button"
                  onClick={() => setIndex((result.index + 1) % result.paths.length)}
                >
                  Next
                </button>
              </div>
            )}
            <ol aria-label="Path" className="path-steps">
              {path.map((step) => {
                const type = vocabulary.relationType(step.relation.type);
                const forward = step.relation.source === step.from;
                const source = actors.get(step.relation.source)?.name ?? step.relation.source;
                const target = actors.get(step.relation.target)?.name ?? step.relation.target;
                return (
                  <li key={step.relation.id}>
                    <strong>{actors.get(step.from)?.name ?? step.from}</strong>
                    {' → '}
                    <strong>{actors.get(step.to)?.name ?? step.to}</strong>
                    <div className="small">
                      {source} {type.directed ? type.label : `${type.label} with`} {target}
                      {!forward && type.directed && (
                        <span className="muted"> (walked backwards)</span>
                      )}
                    </div>
                    {step.relation.summary && (
                      <p className="summary small">{step.relation.summary}</p>
                    )}
                    <EvidenceList dataset={dataset} evidence={step.relation.evidence} />
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
