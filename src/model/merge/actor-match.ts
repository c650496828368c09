// Whether two actors are the same one (docs/design.md §14): names compared as matching sees them
// (case, accents, apostrophes, "al-", transliterations folded), short names against names, and a
// verdict that is either certain (merge) or uncertain (the analyst decides). Never a guess merged.
import type { Actor } from '../../../graph-data/schema';
import { normaliseForSearch } from '../search';
import { TITLES, TRANSLITERATIONS } from './name-variants';

/** How sure a match is: certain ones merge, uncertain ones are asked about. */
export type Certainty = 'certain' | 'uncertain';

export interface ActorMatch {
  readonly certainty: Certainty;
  /** Why, in the analyst's words: "same name", "“KH” is the short name of Kataib Hezbollah". */
  readonly reason: string;
}

const CANONICAL_WORD = new Map<string, string>();
for (const variants of TRANSLITERATIONS) {
  for (const v of variants) CANONICAL_WORD.set(v, variants[0]!);
}

/** Words that carry no identity: articles and the Arabic article as a word of its own. */
const ARTICLES = new Set(['the', 'al', 'el']);

/**
 * A name as matching sees it: search normalisation (case, accents, apostrophes, hyphens), then
 * "al-"/"el-" and "the" dropped, titles ("General") dropped, and each word in its one
 * transliteration ("Hizballah" → "hezbollah", "Qasem" → "qassem").
 */
export function matchKey(name: string): string {
  const words = normaliseForSearch(name)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '' && !ARTICLES.has(w));
  // Titles are dropped only before a name, never when they are the whole name ("General").
  let start = 0;
  while (start < words.length - 1 && TITLES.has(words[start]!)) start += 1;
  return words
    .slice(start)
    .map((w) => CANONICAL_WORD.get(w) ?? w)
    .join(' ');
}

/**
 * The consonants of a key, doubled letters once and q/k/c and z/s folded: "hizbullah" and
 * "hezbollah" share "hzblh". Two names that agree only here are a fuzzy match, never a certain one.
 */
export function skeleton(key: string): string {
  return (
    key
      .replace(/[aeiouy ]/g, '')
      .replace(/[qc]/g, 'k')
      .replace(/z/g, 's')
      .replace(/ph/g, 'f')
      // Doubled letters once; digits stay as they are ("Brigade 45" is not "Brigade 455").
      .replace(/([a-z])\1+/g, '$1')
  );
}

/** The initials of a name's words, articles skipped: "Kataib Hezbollah" → "kh". */
export function initials(key: string): string {
  const words = key.split(' ').filter(Boolean);
  return words.length >= 2 ? words.map((w) => w[0]).join('') : '';
}

/** An actor's names as matching reads them. */
export interface ActorKeys {
  /** Name and aliases. */
  readonly names: ReadonlySet<string>;
  /** The short name, when it says something other than the name. */
  readonly short?: string;
  /** A person's surname (the last word of a name of two words or more). */
  readonly surname?: string;
  readonly skeletons: ReadonlySet<string>;
  /** Initials of the name, when it has two words or more. */
  readonly initials?: string;
}

/** A name's key; a name with no letters or digits ("—", "?") matches only itself, as written. */
const keyOfName = (name: string) => matchKey(name) || `=${name}`;

export function actorKeys(actor: Actor): ActorKeys {
  const names = new Set([actor.name, ...(actor.aliases ?? [])].map(keyOfName));
  const shortKey = actor.shortName ? keyOfName(actor.shortName) : '';
  const nameKey = keyOfName(actor.name);
  const words = nameKey.split(' ');
  const surname = actor.kind === 'person' && words.length >= 2 ? words.at(-1)! : undefined;
  // Skeletons of one or two consonants ("Iran" → "rn") say too little to be worth a question.
  const skeletons = new Set([...names].map(skeleton).filter((s) => s.length >= 4));
  const initial = initials(nameKey);
  return {
    names,
    ...(shortKey && !names.has(shortKey) && { short: shortKey }),
    ...(surname && { surname }),
    skeletons,
    ...(initial.length >= 2 && { initials: initial }),
  };
}

const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/**
 * Whether two actors are the same, and how sure that is; null when nothing links them. Symmetric:
 * `compareActors(a, b)` and `compareActors(b, a)` give the same verdict (the reason may name them
 * in the other order).
 */
export function compareActors(
  a: Actor,
  b: Actor,
  ka: ActorKeys = actorKeys(a),
  kb: ActorKeys = actorKeys(b),
): ActorMatch | null {
  const sameKind = a.kind === b.kind;
  // A name or alias of one is a name or alias of the other.
  if (intersects(ka.names, kb.names)) {
    return sameKind
      ? { certainty: 'certain', reason: 'same name' }
      : { certainty: 'uncertain', reason: `same name, but a ${a.kind} and a ${b.kind}` };
  }
  // A short name one side declares is the other's name ("KH" ↔ "Kataib Hezbollah (KH)").
  const declared =
    (ka.short !== undefined && (kb.names.has(ka.short) || kb.short === ka.short)) ||
    (kb.short !== undefined && ka.names.has(kb.short));
  if (declared) {
    const short = ka.short ?? kb.short;
    return sameKind
      ? { certainty: 'certain', reason: `same short name “${short?.toUpperCase()}”` }
      : {
          certainty: 'uncertain',
          reason: `short name “${short?.toUpperCase()}” on a ${a.kind} and a ${b.kind}`,
        };
  }
  // An acronym nobody declared: initials of one name are the other's whole name.
  if (
    sameKind &&
    ((ka.initials !== undefined && kb.names.has(ka.initials)) ||
      (kb.initials !== undefined && ka.names.has(kb.initials)))
  ) {
    return { certainty: 'uncertain', reason: 'one name is the initials of the other' };
  }
  // One person named by a surname only, the other in full, or two people sharing a surname.
  if (a.kind === 'person' && b.kind === 'person') {
    const lastOf = (k: ActorKeys) =>
      [...k.names].filter((n) => !n.includes(' ')).concat(k.surname ? [k.surname] : []);
    const la = new Set(lastOf(ka));
    if (lastOf(kb).some((s) => la.has(s))) {
      return { certainty: 'uncertain', reason: 'a shared surname only' };
    }
  }
  if (intersects(ka.skeletons, kb.skeletons)) {
    return { certainty: 'uncertain', reason: 'names that sound alike' };
  }
  return null;
}

/**
 * Index of actors by every key a match can start from, so that finding the candidates for one
 * actor among thousands reads a few map entries instead of comparing against every actor.
 */
export class ActorIndex {
  private readonly byKey = new Map<string, number[]>();
  readonly keys: readonly ActorKeys[];

  constructor(readonly actors: readonly Actor[]) {
    this.keys = actors.map(actorKeys);
    this.keys.forEach((k, i) => {
      for (const key of lookupKeys(k, actors[i]!)) this.add(key, i);
    });
  }

  private add(key: string, i: number) {
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [i]);
    else if (list.at(-1) !== i) list.push(i);
  }

  /** The indexed actors that match `actor`, certain ones first, each with its verdict. */
  candidates(actor: Actor, keys: ActorKeys = actorKeys(actor)) {
    const seen = new Set<number>();
    for (const key of probeKeys(keys, actor)) {
      for (const i of this.byKey.get(key) ?? []) seen.add(i);
    }
    const found: { index: number; actor: Actor; match: ActorMatch }[] = [];
    for (const i of [...seen].sort((x, y) => x - y)) {
      const match = compareActors(actor, this.actors[i]!, keys, this.keys[i]!);
      if (match) found.push({ index: i, actor: this.actors[i]!, match });
    }
    found.sort((x, y) => rank(x.match) - rank(y.match));
    return found;
  }
}

const rank = (m: ActorMatch) => (m.certainty === 'certain' ? 0 : 1);

/** What an actor is filed under in the index. */
function lookupKeys(k: ActorKeys, actor: Actor): string[] {
  const keys = [...k.names].map((n) => `n:${n}`);
  if (k.short) keys.push(`n:${k.short}`, `s:${k.short}`);
  if (k.initials) keys.push(`i:${k.initials}`);
  if (actor.kind === 'person') {
    if (k.surname) keys.push(`p:${k.surname}`);
    for (const n of k.names) if (!n.includes(' ')) keys.push(`p:${n}`);
  }
  for (const s of k.skeletons) keys.push(`k:${s}`);
  return keys;
}

/** Where to look for an actor's matches: the keys `compareActors` could link it by. */
function probeKeys(k: ActorKeys, actor: Actor): string[] {
  const keys = [...k.names].flatMap((n) => [`n:${n}`, `s:${n}`, `i:${n}`]);
  if (k.short) keys.push(`n:${k.short}`, `s:${k.short}`);
  if (k.initials) keys.push(`n:${k.initials}`);
  if (actor.kind === 'person') {
    if (k.surname) keys.push(`p:${k.surname}`);
    for (const n of k.names) if (!n.includes(' ')) keys.push(`p:${n}`);
  }
  for (const s of k.skeletons) keys.push(`k:${s}`);
  return keys;
}
