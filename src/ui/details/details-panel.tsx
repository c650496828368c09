// The right panel, landmark "Details": the selected actor or relation and the evidence behind it.
import { Suspense, useMemo } from 'react';
import type { Actor, Dataset, Relation } from '../../../graph-data/schema';
import { OTHER_DATES } from '../../model/corroboration';
import { relationsOfActor } from '../../model/relations-of';
import type { Vocabulary } from '../../model/vocabulary';
import { useAppStore } from '../../store/app-store';
import {
  useActorIndex,
  useDatasetContent,
  useVisibleGraph,
  useVocabulary,
} from '../../store/derived';
import { KindSymbol, TypeSymbol } from '../common/symbols';
import { ActorFigures } from '../analysis/actor-figures';
import { FocusButtons } from '../analysis/focus-controls';
import { DeleteButton, EditActorButton, EditRelationButton } from '../edit/edit-actor-button';
import { EvidenceList, RelationDate } from './evidence-list';
import { SelectionDetails } from '../lazy-views';
import { SourceView } from './source-view';
import { Corroboration } from '../merge/lazy-merge';
import { MergeDatasetsButton, MergeIntoButton } from '../merge/merge-into-button';

function ActorLink({ actor, id }: { actor: Actor | undefined; id: string }) {
  const select = useAppStore((s) => s.select);
  return (
    <button type="button" className="link" onClick={() => select({ kind: 'actor', id })}>
      {actor?.name ?? id}
    </button>
  );
}

function AttributesList({ attributes }: { attributes: Actor['attributes'] }) {
  // Dates other sources give are said by the relation's corroboration line, not listed again.
  const entries = Object.entries(attributes ?? {}).filter(([k]) => k !== OTHER_DATES);
  if (entries.length === 0) return null;
  return (
    <dl className="attributes">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{Array.isArray(v) ? v.join(', ') : String(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

function ActorDetails({
  actor,
  dataset,
  vocabulary,
}: {
  actor: Actor;
  dataset: Dataset;
  vocabulary: Vocabulary;
}) {
  const visible = useVisibleGraph();
  const actors = useActorIndex();
  const groups = useMemo(
    () => relationsOfActor(dataset, actor.id, visible.relationIds),
    [dataset, actor.id, visible.relationIds],
  );
  const hiddenCount = useMemo(
    () =>
      [...relationsOfActor(dataset, actor.id).values()].flat().length -
      [...groups.values()].flat().length,
    [dataset, actor.id, groups],
  );
  const kind = vocabulary.actorKind(actor.kind);
  const parent = actor.parent ? actors.get(actor.parent) : undefined;
  const select = useAppStore((s) => s.select);
  return (
    <article>
      <h2>{actor.name}</h2>
      <p className="kind-line">
        <KindSymbol kind={kind} /> {kind.label}
        {actor.shortName && <span className="muted"> · {actor.shortName}</span>}
      </p>
      {parent && (
        <p>
          Part of <ActorLink actor={parent} id={parent.id} />
        </p>
      )}
      {actor.aliases && actor.aliases.length > 0 && (
        <p>
          <span className="muted">Also known as: </span>
          {actor.aliases.join('; ')}
        </p>
      )}
      {actor.description && <p>{actor.description}</p>}
      <AttributesList attributes={actor.attributes} />
      <ActorFigures actorId={actor.id} />
      <FocusButtons actorId={actor.id} />
      <p className="actions">
        <EditActorButton actorId={actor.id} /> <MergeIntoButton actorId={actor.id} />{' '}
        <DeleteButton />
      </p>
      <h3>Relationships</h3>
      {groups.size === 0 && (
        <p className="muted">No relationships shown under the current filters.</p>
      )}
      {[...groups.entries()].map(([typeId, list]) => {
        const type = vocabulary.relationType(typeId);
        return (
          <section key={typeId} className="relation-group" aria-label={type.label}>
            <h4>
              <TypeSymbol type={type} /> {type.label} ({list.length})
            </h4>
            <ul>
              {list.map(({ relation, other, outgoing }) => (
                <li key={relation.id}>
                  <button
                    type="button"
                    className="link relation-line"
                    onClick={() => select({ kind: 'relation', id: relation.id })}
                  >
                    {type.directed
                      ? outgoing
                        ? `${type.label} ${other?.name ?? '?'}`
                        : `${type.label} by ${other?.name ?? '?'}`
                      : `${type.label} with ${other?.name ?? '?'}`}
                  </button>
                  <div className="muted small">
                    <RelationDate date={relation.date} inferred={relation.dateInferred} />
                  </div>
                  {relation.summary && <p className="summary">{relation.summary}</p>}
                  <EvidenceList
                    dataset={dataset}
                    evidence={relation.evidence}
                    relationId={relation.id}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {hiddenCount > 0 && <p className="muted small">{hiddenCount} more hidden by the filters.</p>}
    </article>
  );
}

function RelationDetails({
  relation,
  dataset,
  vocabulary,
}: {
  relation: Relation;
  dataset: Dataset;
  vocabulary: Vocabulary;
}) {
  const actors = useActorIndex();
  const type = vocabulary.relationType(relation.type);
  return (
    <article>
      <h2>
        {actors.get(relation.source)?.name ?? relation.source}{' '}
        {type.directed ? type.label : `${type.label} with`}{' '}
        {actors.get(relation.target)?.name ?? relation.target}
      </h2>
      <p className="kind-line">
        <TypeSymbol type={type} /> {type.label}
        {!type.directed && <span className="muted"> (undirected)</span>}
      </p>
      <p>
        <ActorLink actor={actors.get(relation.source)} id={relation.source} />
        {type.directed ? ' → ' : ' — '}
        <ActorLink actor={actors.get(relation.target)} id={relation.target} />
      </p>
      <p>
        <span className="muted">Date: </span>
        <RelationDate date={relation.date} inferred={relation.dateInferred} />
      </p>
      <Suspense fallback={null}>
        <Corroboration relation={relation} />
      </Suspense>
      {relation.summary && <p>{relation.summary}</p>}
      <p className="actions">
        <EditRelationButton relationId={relation.id} /> <DeleteButton />
      </p>
      <h3>Evidence</h3>
      <EvidenceList dataset={dataset} evidence={relation.evidence} relationId={relation.id} />
      <AttributesList attributes={relation.attributes} />
    </article>
  );
}

/**
 * The details column. While `deferred` (until the graph's first painted frame, see
 * `use-side-panels.ts`) it holds its place in the layout and its landmark, with nothing in it yet.
 */
export function DetailsPanel({ deferred = false }: { deferred?: boolean }) {
  return (
    <aside className="details" aria-label="Details">
      {!deferred && <DetailsContent />}
      {!deferred && <SourceView />}
    </aside>
  );
}

function DetailsContent() {
  const dataset = useDatasetContent();
  const selection = useAppStore((s) => s.selection);
  const multiSelection = useAppStore((s) => s.multiSelection);
  const vocabulary = useVocabulary();
  const actors = useActorIndex();
  let body;
  if (multiSelection.length > 0) {
    body = (
      <Suspense fallback={<h2>{multiSelection.length} selected</h2>}>
        <SelectionDetails selected={multiSelection} />
      </Suspense>
    );
  } else if (selection?.kind === 'actor' && actors.has(selection.id)) {
    body = (
      <ActorDetails actor={actors.get(selection.id)!} dataset={dataset} vocabulary={vocabulary} />
    );
  } else if (selection?.kind === 'relation') {
    const relation = dataset.relations.find((r) => r.id === selection.id);
    if (relation)
      body = <RelationDetails relation={relation} dataset={dataset} vocabulary={vocabulary} />;
  }
  return (
    body ?? (
      <div className="placeholder">
        <h2>{dataset.title}</h2>
        {dataset.description && <p>{dataset.description}</p>}
        <p className="muted">
          {dataset.actors.length} actors, {dataset.relations.length} relationships. Select an actor
          or a relationship in the graph or the table to read the evidence behind it.
        </p>
        <p className="actions">
          <MergeDatasetsButton />
        </p>
      </div>
    )
  );
}
