// The review of a draft (docs/design.md §13): the analyst's decisions on candidate actors and relations, as
// pure functions of plain data, and the one step that turns an accepted review into a dataset.
import type {
  Actor,
  BuiltInActorKind,
  BuiltInRelationType,
  Dataset,
  Evidence,
  Relation,
  Source,
} from '../../../graph-data/schema';
import { slugify, UniqueIds } from '../import/unique-ids';
import { validateDataset, type ImportResult } from '../import/validate';
import { isPartialDate } from '../partial-date';
import { safeHref } from '../safe-url';
import type { ActorCandidate, Draft, RelationCandidate } from './draft-types';

export type Decision = 'pending' | 'accepted' | 'rejected';

export interface ReviewActor extends ActorCandidate {
  readonly dropped: boolean;
  /** The actor this one was merged into. */
  readonly mergedInto?: string;
}

export interface ReviewRelation extends RelationCandidate {
  readonly decision: Decision;
}

export interface Review {
  readonly actors: readonly ReviewActor[];
  readonly relations: readonly ReviewRelation[];
}

export const startReview = (draft: Draft): Review => ({
  actors: draft.actors.map((a) => ({ ...a, dropped: false })),
  relations: draft.relations.map((r) => ({ ...r, decision: 'pending' })),
});

const mapActor = (review: Review, id: string, f: (a: ReviewActor) => ReviewActor): Review => ({
  ...review,
  actors: review.actors.map((a) => (a.id === id ? f(a) : a)),
});

const mapRelation = (
  review: Review,
  id: string,
  f: (r: ReviewRelation) => ReviewRelation,
): Review => ({ ...review, relations: review.relations.map((r) => (r.id === id ? f(r) : r)) });

export const renameActor = (review: Review, id: string, name: string): Review =>
  mapActor(review, id, (a) => ({ ...a, name }));

export const setActorKind = (review: Review, id: string, kind: BuiltInActorKind): Review =>
  mapActor(review, id, (a) => ({ ...a, kind }));

export const dropActor = (review: Review, id: string, dropped = true): Review =>
  mapActor(review, id, (a) => ({ ...a, dropped }));

/** Merges `from` into `into`: its names become aliases, its relations move over. */
export function mergeActor(review: Review, from: string, into: string): Review {
  const source = review.actors.find((a) => a.id === from);
  if (!source || from === into) return review;
  const names = [source.name, source.shortName, ...source.aliases].filter((n): n is string => !!n);
  const merged = mapActor(review, into, (a) => ({
    ...a,
    aliases: [...new Set([...a.aliases, ...names])].filter((n) => n !== a.name),
    mentions: a.mentions + source.mentions,
  }));
  return {
    actors: merged.actors.map((a) => (a.id === from ? { ...a, mergedInto: into } : a)),
    relations: merged.relations.map((r) => ({
      ...r,
      source: r.source === from ? into : r.source,
      target: r.target === from ? into : r.target,
    })),
  };
}

export const decide = (review: Review, id: string, decision: Decision): Review =>
  mapRelation(review, id, (r) => ({ ...r, decision }));

export const decideAll = (review: Review, decision: Decision): Review => ({
  ...review,
  relations: review.relations.map((r) => ({ ...r, decision })),
});

export const setRelationType = (review: Review, id: string, type: BuiltInRelationType): Review =>
  mapRelation(review, id, (r) => ({ ...r, type, directed: type !== 'allied' }));

export const swapDirection = (review: Review, id: string): Review =>
  mapRelation(review, id, (r) => ({ ...r, source: r.target, target: r.source }));

/** The actors still in the review: neither dropped nor merged into another. */
export const liveActors = (review: Review): readonly ReviewActor[] =>
  review.actors.filter((a) => !a.dropped && a.mergedInto === undefined);

/** The accepted relations whose actors are both still in the review, never self-loops. */
export function acceptedRelations(review: Review): readonly ReviewRelation[] {
  const live = new Set(liveActors(review).map((a) => a.id));
  return review.relations.filter(
    (r) =>
      r.decision === 'accepted' &&
      live.has(r.source) &&
      live.has(r.target) &&
      r.source !== r.target,
  );
}

export interface ReportDetails {
  readonly title: string;
  readonly text: string;
  readonly publisher?: string;
  readonly published?: string;
  readonly url?: string;
}

/**
 * The dataset an accepted review makes: the report as its one source (with its text), the live
 * actors that take part in an accepted relation, and one relation per source, target and type
 * with every candidate behind it as evidence. Checked by the importer's validator, so it is
 * exactly as valid as an imported file.
 */
export function reviewToDataset(
  review: Review,
  report: ReportDetails,
  existingDatasetIds: Iterable<string> = [],
): ImportResult {
  const accepted = acceptedRelations(review);
  const used = new Set(accepted.flatMap((r) => [r.source, r.target]));
  const ids = new UniqueIds(['report']);
  const actorIds = new Map<string, string>();
  const actors: Actor[] = [];
  for (const a of liveActors(review)) {
    if (!used.has(a.id)) continue;
    const id = ids.claim(slugify(a.name) || 'actor');
    actorIds.set(a.id, id);
    const aliases = a.aliases.filter((n) => n !== a.name && n !== a.shortName);
    actors.push({
      id,
      name: a.name.trim() || a.id,
      ...(a.shortName && { shortName: a.shortName }),
      ...(aliases.length > 0 && { aliases }),
      kind: a.kind,
    });
  }
  const source: Source = {
    id: 'report',
    title: report.title.trim() || 'Report',
    ...(report.publisher?.trim() && { publisher: report.publisher.trim() }),
    ...(report.published && isPartialDate(report.published) && { published: report.published }),
    ...(safeHref(report.url?.trim()) && { url: report.url!.trim() }),
    text: report.text,
  };
  const relations: Relation[] = [];
  const byKey = new Map<string, number>();
  for (const r of accepted) {
    const [s, t] =
      r.type === 'allied' && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
    const key = `${s}|${t}|${r.type}`;
    const evidence: Evidence = {
      source: 'report',
      paragraph: r.paragraph,
      excerpt: r.excerpt,
      ...(r.quote && { quote: r.quote }),
    };
    const at = byKey.get(key);
    if (at !== undefined) {
      const existing = relations[at]!;
      relations[at] = { ...existing, evidence: [...existing.evidence, evidence] };
      continue;
    }
    const sourceId = actorIds.get(s)!;
    const targetId = actorIds.get(t)!;
    byKey.set(key, relations.length);
    relations.push({
      id: ids.claim(`${sourceId}-${r.type}-${targetId}`),
      source: sourceId,
      target: targetId,
      type: r.type,
      ...(r.date && { date: r.date, ...(r.dateInferred && { dateInferred: true }) }),
      evidence: [evidence],
    });
  }
  const dataset: Dataset = {
    format: 'actor-graph',
    version: 1,
    id: new UniqueIds(existingDatasetIds).claim(slugify(report.title) || 'report'),
    title: report.title.trim() || 'Report',
    description: `Drafted from “${report.title.trim() || 'a report'}” and reviewed by hand.`,
    sources: [source],
    actors,
    relations,
  };
  return validateDataset(dataset);
}
