// Scoring a draft against hand-coded gold (docs/design.md §13, `npm run eval:extract`): a candidate counts
// when its type, direction (either way for undirected `allied`), endpoints (by name, short name or
// alias) and paragraph all match a gold relation.
import type { BuiltInRelationType } from '../../../graph-data/schema';
import { paragraphsOf } from '../paragraphs';
import { nameKey } from './actors';
import type { ActorCandidate, Draft, RelationCandidate } from './draft-types';

export interface GoldActor {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string;
  readonly aliases?: readonly string[];
}

export interface GoldRelation {
  readonly source: string;
  readonly target: string;
  readonly type: BuiltInRelationType | (string & {});
  /** Paragraphs whose text supports the relation; a candidate must name one of them. */
  readonly paragraphs: readonly number[];
}

export interface Gold {
  readonly actors: readonly GoldActor[];
  readonly relations: readonly GoldRelation[];
}

export interface Scored {
  readonly candidate: RelationCandidate;
  /** Index of the gold relation it matches, if any. */
  readonly gold?: number;
}

export interface Score {
  readonly scored: readonly Scored[];
  /** Gold relations at least one candidate matches. */
  readonly matched: ReadonlySet<number>;
  readonly missed: readonly GoldRelation[];
  /** Candidates whose excerpt is not verbatim in the paragraph they name. */
  readonly badExcerpts: readonly RelationCandidate[];
}

/** Totals over one or many texts. */
export interface Tally {
  candidates: number;
  correct: number;
  gold: number;
  matched: number;
  badExcerpts: number;
}

const namesOf = (a: { name: string; shortName?: string; aliases?: readonly string[] }) =>
  [a.name, a.shortName, ...(a.aliases ?? [])].filter((n): n is string => !!n).map(nameKey);

/** Gold actor ids each drafted actor stands for: the names they share. */
function actorMatches(actors: readonly ActorCandidate[], gold: readonly GoldActor[]) {
  const goldByName = new Map<string, string[]>();
  for (const g of gold)
    for (const n of namesOf(g)) goldByName.set(n, [...(goldByName.get(n) ?? []), g.id]);
  const matches = new Map<string, Set<string>>();
  for (const a of actors) {
    const ids = new Set(namesOf(a).flatMap((n) => goldByName.get(n) ?? []));
    matches.set(a.id, ids);
  }
  return matches;
}

export function scoreDraft(text: string, draft: Draft, gold: Gold): Score {
  const paragraphs = paragraphsOf(text);
  const matches = actorMatches(draft.actors, gold.actors);
  const is = (draftId: string, goldId: string) => matches.get(draftId)?.has(goldId) ?? false;
  const matched = new Set<number>();
  const scored = draft.relations.map((candidate): Scored => {
    const index = gold.relations.findIndex((g) => {
      if (g.type !== candidate.type || !g.paragraphs.includes(candidate.paragraph)) return false;
      const forward = is(candidate.source, g.source) && is(candidate.target, g.target);
      const backward =
        g.type === 'allied' && is(candidate.source, g.target) && is(candidate.target, g.source);
      return forward || backward;
    });
    if (index < 0) return { candidate };
    matched.add(index);
    return { candidate, gold: index };
  });
  const badExcerpts = draft.relations.filter(
    (r) => !paragraphs[r.paragraph - 1]?.text.includes(r.excerpt) || !r.excerpt,
  );
  return {
    scored,
    matched,
    missed: gold.relations.filter((_, i) => !matched.has(i)),
    badExcerpts,
  };
}

export function tally(score: Score, gold: Gold, into: Tally = emptyTally()): Tally {
  into.candidates += score.scored.length;
  into.correct += score.scored.filter((s) => s.gold !== undefined).length;
  into.gold += gold.relations.length;
  into.matched += score.matched.size;
  into.badExcerpts += score.badExcerpts.length;
  return into;
}

export const emptyTally = (): Tally => ({
  candidates: 0,
  correct: 0,
  gold: 0,
  matched: 0,
  badExcerpts: 0,
});

export const precision = (t: Tally) => (t.candidates === 0 ? 0 : t.correct / t.candidates);
export const recall = (t: Tally) => (t.gold === 0 ? 0 : t.matched / t.gold);
