// The drafter (docs/design.md §13): a report's text → candidate actors and relations, each relation with its
// paragraph, verbatim sentence, quote and cue. Pure: no DOM, no React; compromise tags words.
import nlp from 'compromise';
import type { BuiltInActorKind, BuiltInRelationType } from '../../../graph-data/schema';
import { paragraphsOf } from '../paragraphs';
import { ActorRegistry, countryOfDemonym, nameKey, type ActorRecord } from './actors';
import {
  AID_NOUNS,
  ALLIANCE_NOUNS,
  ALLIANCE_VERBS,
  ATTACK_NOUNS,
  ATTACK_VERBS,
  BACKING_COMPOUNDS,
  BACKING_VERBS,
  COERCION_FAMILIES,
  CONDEMN_NOUNS,
  CONDEMN_VERBS,
  DAMNING_WORDS,
  FIRE_OBJECTS,
  FOUND_VERBS,
  FOUNDER_NOUNS,
  LABEL_VERBS,
  CLAIM_VERBS,
  RECEIVE_VERBS,
  REPORTING_VERBS,
  SUPPORT_VERBS,
  UNREAL_WORDS,
  WITH_VERBS,
} from './cues';
import { datesIn, type DateMention } from './dates';
import type { Draft, DraftOptions, Mark, RelationCandidate } from './draft-types';
import {
  BE_FORMS,
  DEMONYMS,
  FORCE_NOUNS,
  INSTITUTION_NOUNS,
  kindOfKeyword,
  NOT_ACTORS,
  PLACE_NOUNS,
  PREPOSITIONS,
  TITLE_PHRASES,
  TITLES,
  UNIT_NOUNS,
  UNITED_STATES_NAMES,
  ANAPHOR_NOUNS,
} from './lexicon';
import { sentencesOf, tokensOf, type Sentence, type Token } from './tokens';

type MentionKind = 'name' | 'anaphor' | 'pronoun' | 'compound';

interface Mention {
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
  readonly actor: ActorRecord;
  readonly kind: MentionKind;
}

/** An act of force the text tells of, remembered so a later "condemned the strikes" finds who struck. */
interface EventMemory {
  readonly family: string;
  readonly agent?: ActorRecord;
  readonly target?: ActorRecord;
  /** The agent is named with the event, not only guessed from the speaker. */
  readonly explicit: boolean;
}

const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'these',
  'those',
  'this',
  'that',
  'two',
  'several',
  'some',
  'new',
  'recent',
  'latest',
  'further',
  'deadly',
  'more',
  'second',
  'first',
]);

/** Words that may stand between a name and the event noun it modifies: "Norland drone strike". */
const EVENT_MODIFIERS: ReadonlySet<string> = new Set([
  'drone',
  'air',
  'rocket',
  'missile',
  'and',
  'artillery',
  'mortar',
  'deadly',
  'recent',
  'latest',
  'ground',
  'naval',
  'suicide',
  'cross-border',
]);

const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', '.', '!', '?']);
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whom']);

interface SentenceContext {
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  /** Token ranges of appositives ", a militia group …," with the mention they describe. */
  readonly appositives: readonly { start: number; end: number; head: Mention }[];
  readonly dates: readonly DateMention[];
  readonly sentence: Sentence;
  readonly paragraph: number;
  readonly paragraphText: string;
  /** Events of this sentence, in order. */
  readonly events: EventMemory[];
}

/** A relation found in a sentence, before it becomes a candidate. */
interface Found {
  readonly source: ActorRecord;
  readonly target: ActorRecord;
  readonly type: BuiltInRelationType;
  readonly cue: readonly [number, number];
  readonly sourceMention?: Mention;
  readonly targetMention?: Mention;
  readonly quote?: string;
}

const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';

/**
 * Is the first word of a sentence a name? Asks compromise, which knows "Despite", "Soldiers" and
 * "Israel"; a singular noun it has never heard of ("Temesh", "Rasool") is taken for a name too.
 */
function looksProper(word: string): boolean {
  const json = nlp(`${word} said.`).json({ terms: { tags: true } }) as {
    terms: { tags: string[] }[];
  }[];
  const tags = json[0]?.terms[0]?.tags ?? [];
  if (
    tags.some((tag) => ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'].includes(tag))
  )
    return true;
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  return tags.includes('Singular') && lexicon[word.toLowerCase()] === undefined;
}

/** Does compromise take this name for a person's? */
function looksPerson(name: string): boolean {
  return nlp(name).has('#Person');
}

const properCache = new Map<string, boolean>();
function cachedProper(word: string): boolean {
  let v = properCache.get(word);
  if (v === undefined) {
    v = looksProper(word);
    properCache.set(word, v);
  }
  return v;
}

export class Drafter {
  private readonly registry = new ActorRegistry();
  private readonly memory: EventMemory[] = [];
  /** The latest condemnation target of each speaker, for "the government's denouncement". */
  private readonly condemned = new Map<string, ActorRecord>();
  private previousSubject: ActorRecord | undefined;
  private readonly relations: RelationCandidate[] = [];
  private readonly seen = new Set<string>();
  private readonly capitalWords = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly options: DraftOptions = {},
  ) {
    for (const m of text.matchAll(/\b\p{Lu}[\p{L}'’-]+/gu)) this.capitalWords.add(m[0]);
  }

  run(): Draft {
    const paragraphs = paragraphsOf(this.text);
    paragraphs.forEach((p, index) => {
      for (const sentence of sentencesOf(p.text)) this.sentence(sentence, p.number, p.text);
      this.options.onProgress?.((index + 1) / paragraphs.length);
    });
    const used = new Set(this.relations.flatMap((r) => [r.source, r.target]));
    const actors = this.registry
      .list()
      .filter((r) => used.has(r.id))
      .map((r) => ({
        id: r.id,
        name: r.name,
        ...(r.shortName !== undefined && { shortName: r.shortName }),
        aliases: [...r.aliases],
        kind: r.kind,
        mentions: r.mentions,
      }));
    return { actors, relations: this.relations };
  }

  // ---------------------------------------------------------------- mentions

  private knownName = (name: string) =>
    this.registry.find(name) !== undefined || this.capitalWords.has(name);

  private country(word: string): string | undefined {
    return countryOfDemonym(word, this.knownName);
  }

  private sentence(sentence: Sentence, paragraph: number, paragraphText: string) {
    const tokens = tokensOf(sentence);
    const mentions = this.findMentions(tokens);
    const appositives = findAppositives(tokens, mentions);
    for (const a of appositives) this.learnKindFromAppositive(tokens, a);
    const ctx: SentenceContext = {
      tokens,
      mentions,
      appositives,
      dates: datesIn(sentence.text, sentence.start, this.options.published),
      sentence,
      paragraph,
      paragraphText,
      events: [],
    };
    const found: Found[] = [];
    for (let i = 0; i < tokens.length; i += 1) found.push(...this.cuesAt(ctx, i));
    for (const f of found) this.propose(ctx, f);
    this.memory.push(...ctx.events);
    const subject = this.subjectBefore(ctx, tokens.length, { any: true });
    this.previousSubject = subject?.actor ?? mentions.find((m) => m.kind !== 'compound')?.actor;
  }

  private findMentions(tokens: readonly Token[]): Mention[] {
    const mentions: Mention[] = [];
    const add = (start: number, end: number, actor: ActorRecord, kind: MentionKind) =>
      mentions.push({ start, end, actor, kind });
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (t.kind !== 'word') {
        i += 1;
        continue;
      }
      // "Iran-backed": the backer is an actor, mentioned inside a compound.
      const compound = /^(.+)-(\p{L}+)$/u.exec(t.text);
      if (
        compound &&
        BACKING_COMPOUNDS.has(compound[2]!.toLowerCase()) &&
        /^\p{Lu}/u.test(t.text)
      ) {
        const name = this.country(compound[1]!) ?? compound[1]!;
        add(i, i + 1, this.registry.meet(name, 'state', false), 'compound');
        i += 1;
        continue;
      }
      const pronoun = this.pronoun(tokens, i, mentions);
      if (pronoun) {
        add(i, i + 1, pronoun, 'pronoun');
        i += 1;
        continue;
      }
      const anaphor = this.anaphorAt(tokens, i);
      if (anaphor) {
        add(anaphor.start, anaphor.end, anaphor.actor, 'anaphor');
        i = anaphor.end;
        continue;
      }
      // "the government of Pellia"
      if (t.lower === 'government' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.cap) {
        const run = this.nameRun(tokens, i + 2);
        if (run) {
          const name = spanText(tokens, i, run.end);
          add(i, run.end, this.registry.meet(name, 'government', true), 'name');
          i = run.end;
          continue;
        }
      }
      if (t.cap) {
        const found = this.nameAt(tokens, i);
        if (found) {
          if (found.actor) add(found.start, found.end, found.actor, 'name');
          i = Math.max(found.end, i + 1);
          continue;
        }
      }
      i += 1;
    }
    return mentions;
  }

  /** "he", "she", "him" → the latest person; "it" → the subject before it; "its" likewise. */
  private pronoun(
    tokens: readonly Token[],
    i: number,
    mentions: readonly Mention[],
  ): ActorRecord | undefined {
    const w = tokens[i]!.lower;
    if (w === 'he' || w === 'she' || w === 'him') return this.registry.lastPerson();
    if (w === 'it' || w === 'its') {
      const before = [...mentions]
        .reverse()
        .find((m) => m.kind !== 'compound' && !isObjectPosition(tokens, m.start));
      if (before) return before.actor;
      return this.previousSubject;
    }
    return undefined;
  }

  /** "the militia", "the Shiite militia", "militia positions". */
  private anaphorAt(
    tokens: readonly Token[],
    i: number,
  ): { start: number; end: number; actor: ActorRecord } | undefined {
    const t = tokens[i]!;
    if (t.lower === 'the') {
      for (let k = i + 1; k <= i + 3 && k < tokens.length; k += 1) {
        const w = tokens[k]!;
        if (w.kind !== 'word') return undefined;
        if (ANAPHOR_NOUNS[w.lower] && !w.cap) {
          if (tokens[k + 1]?.lower === 'of') return undefined;
          const actor = this.registry.anaphor(w.lower);
          if (!actor) return undefined;
          this.registry.touch(actor);
          return { start: i, end: k + 1, actor };
        }
        // Only adjectives between: "the Shiite militia", "the targeted group" is not an anaphor.
        if (w.cap && !NOT_ACTORS.has(w.lower)) return undefined;
        if (!w.cap && !/(?:ful|ive|al|an|ite|ic)$/.test(w.lower)) return undefined;
      }
      return undefined;
    }
    if (t.lower === 'militia' && tokens[i - 1]?.cap !== true && isWord(tokens[i + 1])) {
      const actor = this.registry.anaphor('militia');
      if (!actor) return undefined;
      this.registry.touch(actor);
      return { start: i, end: i + 1, actor };
    }
    return undefined;
  }

  /** The run of capitalised words starting at `i`, joined by "of", "for", "in", "of the". */
  private nameRun(tokens: readonly Token[], i: number): { start: number; end: number } | undefined {
    const first = tokens[i];
    if (!first?.cap) return undefined;
    let end = i + 1;
    for (;;) {
      const next = tokens[end];
      if (next?.cap && !isNonName(next)) {
        end += 1;
        continue;
      }
      const joiner = next?.lower;
      if (joiner === 'of' || joiner === 'for' || joiner === 'in' || joiner === 'de') {
        const skipThe = joiner !== 'in' && tokens[end + 1]?.lower === 'the' ? 1 : 0;
        const after = tokens[end + 1 + skipThe];
        if (after?.cap && !isNonName(after) && !DEMONYMS[after.lower]) {
          end += 1 + skipThe;
          continue;
        }
      }
      break;
    }
    return { start: i, end };
  }

  /** A name at `i`, with titles and demonyms stripped and its acronym read; or a non-actor run. */
  private nameAt(
    tokens: readonly Token[],
    i: number,
  ): { start: number; end: number; actor?: ActorRecord } | undefined {
    const t = tokens[i]!;
    // A capitalised first word of a sentence is a name only if it is one ("Despite", "Soldiers").
    // Only a lone word is asked: "Blue Dawn Network" begins a run of names, "Soldiers of" does not.
    const first =
      (i === 0 || (i === 1 && tokens[0]!.kind === 'punct' && /["“‘(]/.test(tokens[0]!.text))) &&
      !(tokens[i + 1]?.cap && !isNonName(tokens[i + 1]!)) &&
      this.registry.find(t.text) === undefined;
    if (isNonName(t) && !TITLES.has(t.lower) && kindOfKeyword(t.lower) === undefined)
      return { start: i, end: i + 1 };
    if (
      first &&
      !TITLES.has(t.lower) &&
      kindOfKeyword(t.lower) === undefined &&
      !UNITED_STATES_NAMES.has(t.lower) &&
      !DEMONYMS[t.lower] &&
      !cachedProper(t.text)
    )
      return { start: i, end: i + 1 };
    const run = this.nameRun(tokens, i);
    if (!run) return undefined;
    let { start, end } = run;
    let words = tokens.slice(start, end).map((w) => w.text);
    const hasKeyword = words.some((w) => kindOfKeyword(w) !== undefined);

    // A demonym or a state before a force noun: "American forces", "U.S. forces in Iraq".
    if (end - start === 1) {
      const single = t.text;
      const country = UNITED_STATES_NAMES.has(t.lower)
        ? 'United States'
        : (this.country(single) ??
          (this.registry.find(single)?.kind === 'state' ? single : undefined));
      const next = tokens[end];
      const nextNext = tokens[end + 1];
      if (
        next &&
        !next.cap &&
        (FORCE_NOUNS.has(next.lower) || (next.lower === 'armed' && nextNext?.lower === 'forces'))
      ) {
        const nounEnd = next.lower === 'armed' ? end + 2 : end + 1;
        // "U.S. forces in Iraq": a force of its own, named as the text names it.
        if (tokens[nounEnd]?.lower === 'in' && tokens[nounEnd + 1]?.cap) {
          const place = this.nameRun(tokens, nounEnd + 1)!;
          const name = spanText(tokens, start, place.end);
          return { start, end: place.end, actor: this.registry.meet(name, 'military', true) };
        }
        if (country) {
          const actor = this.registry.meet(country, 'state', true);
          const phrase = spanText(tokens, start, nounEnd);
          if (!DEMONYMS[t.lower] && !/(?:an|i)$/.test(t.text)) {
            // "Norland forces": the name itself is the mention.
          } else this.registry.addAlias(actor, phrase);
          return { start, end: nounEnd, actor };
        }
      }
      if (next && !next.cap && INSTITUTION_NOUNS[next.lower]) {
        const name = spanText(tokens, start, end + 1);
        return {
          start,
          end: end + 1,
          actor: this.registry.meet(name, INSTITUTION_NOUNS[next.lower]!, true),
        };
      }
      if (UNITED_STATES_NAMES.has(t.lower)) {
        return { start, end, actor: this.registry.meet('United States', 'state', true) };
      }
      // A lone demonym ("Iraqi sovereignty") names no actor.
      if (country && this.country(single) !== undefined) return { start, end };
    }

    // Titles before a name: "Maj. Gen. Yehia Rasool", "Iranian General Qassem Soleimani".
    let titled = false;
    if (!hasKeyword) {
      let s = start;
      for (;;) {
        const rest = tokens
          .slice(s, end)
          .map((w) => w.lower)
          .join(' ');
        const phrase = TITLE_PHRASES.find((p) => rest.startsWith(`${p} `));
        if (phrase) {
          s += phrase.split(' ').length;
          titled = true;
          continue;
        }
        const w = tokens[s];
        if (!w || s >= end - 1) break;
        // "Iranian General", "Belmar President": a demonym or a country's name before a title.
        const demonymBeforeTitle = s === start && TITLES.has(tokens[s + 1]?.lower ?? '');
        if (TITLES.has(w.lower) || demonymBeforeTitle) {
          s += 1;
          titled = titled || TITLES.has(w.lower);
          continue;
        }
        break;
      }
      start = s;
    }
    // Titles after a name: "United Nations Secretary-General".
    while (
      end - start > 1 &&
      ['secretary-general', 'president', 'spokesman', 'chief', 'commander'].includes(
        tokens[end - 1]!.lower,
      )
    )
      end -= 1;
    words = tokens.slice(start, end).map((w) => w.text);
    if (words.length === 0) return { start: run.start, end: run.end };
    const name = spanText(tokens, start, end);

    // Its acronym: "Kataib Hezbollah (KH)", "“Islamic Resistance in Iraq” (IRI)".
    let after = run.end;
    if (tokens[after]?.kind === 'punct' && /["”’]/.test(tokens[after]!.text)) after += 1;
    let short: string | undefined;
    if (
      tokens[after]?.text === '(' &&
      /^\p{Lu}[\p{Lu}\d.-]{1,7}$/u.test(tokens[after + 1]?.text ?? '') &&
      tokens[after + 2]?.text === ')'
    ) {
      short = tokens[after + 1]!.text;
      after += 3;
    } else after = end;

    const kind = this.guessKind(tokens, start, words, titled);
    const actor = this.registry.meet(name, kind.kind, kind.sure);
    if (short) this.registry.setShortName(actor, short);
    return { start: run.start, end: Math.max(after, end), actor };
  }

  private guessKind(
    tokens: readonly Token[],
    start: number,
    words: readonly string[],
    titled: boolean,
  ): { kind: BuiltInActorKind; sure: boolean } {
    if (titled) return { kind: 'person', sure: true };
    for (let k = words.length - 1; k >= 0; k -= 1) {
      const kind = kindOfKeyword(words[k]!);
      if (kind) return { kind, sure: true };
    }
    const name = words.join(' ');
    const known = this.registry.find(name);
    if (known?.kindSure) return { kind: known.kind, sure: true };
    if (words.length === 1) {
      const before = tokens[start - 1]?.lower === 'of' ? tokens[start - 2]?.lower : undefined;
      if (before && PLACE_NOUNS.has(before)) return { kind: 'other', sure: true };
      if (/^\p{Lu}+$/u.test(name)) return { kind: 'organization', sure: false };
      return { kind: 'state', sure: false };
    }
    if (
      words.length <= 4 &&
      (looksPerson(name) ||
        words.every((w) => /^(?:\p{Lu}[\p{Ll}'’-]+|al-\p{Lu}\p{Ll}+)$/u.test(w)))
    )
      return { kind: 'person', sure: looksPerson(name) };
    return { kind: 'other', sure: false };
  }

  private learnKindFromAppositive(
    tokens: readonly Token[],
    a: { start: number; end: number; head: Mention },
  ) {
    for (let k = a.start; k < a.end; k += 1) {
      const w = tokens[k]!;
      if (w.cap) continue;
      if (w.lower === 'umbrella') return this.registry.learnKind(a.head.actor, 'coalition');
      const kind = kindOfKeyword(w.lower);
      if (kind) return this.registry.learnKind(a.head.actor, kind);
    }
  }

  // ---------------------------------------------------------------- syntax helpers

  private mentionAt(ctx: SentenceContext, k: number): Mention | undefined {
    return ctx.mentions.find((m) => m.start <= k && k < m.end);
  }

  private mentionStarting(ctx: SentenceContext, k: number): Mention | undefined {
    return ctx.mentions.find((m) => m.start === k);
  }

  private mentionEnding(ctx: SentenceContext, k: number): Mention | undefined {
    return ctx.mentions.find((m) => m.end === k);
  }

  private inAppositive(ctx: SentenceContext, m: Mention): boolean {
    return ctx.appositives.some((a) => m.start >= a.start && m.end <= a.end);
  }

  /**
   * The subject of the verb at `i`: the nearest name to its left that is not an object (after a
   * preposition or another verb), a possessor, inside an appositive, or a compound — or the
   * antecedent of "who". `any` also takes names after prepositions, for a sentence's topic.
   */
  private subjectBefore(
    ctx: SentenceContext,
    i: number,
    opts: { any?: boolean; skip?: ActorRecord } = {},
  ): Mention | undefined {
    const { tokens } = ctx;
    for (let k = i - 1; k >= 0; k -= 1) {
      const t = tokens[k]!;
      if (CLAUSE_BREAKS.has(t.text)) return undefined;
      if (RELATIVES.has(t.lower) && tokens[k - 1]?.text === ',') {
        const antecedent = this.mentionEnding(ctx, k - 1);
        if (antecedent) return antecedent;
      }
      const m = this.mentionEnding(ctx, k + 1);
      if (!m || m.kind === 'compound') continue;
      k = m.start;
      if (opts.skip && m.actor === opts.skip) continue;
      if (this.inAppositive(ctx, m)) continue;
      if (tokens[m.end]?.kind === 'pos') continue;
      // "the U.S. airstrikes": a name that modifies an event is its agent, not a subject.
      let after = m.end;
      while (EVENT_MODIFIERS.has(tokens[after]?.lower ?? '')) after += 1;
      if (isEventNoun(tokens, after)) continue;
      if (!opts.any && isObjectPosition(tokens, m.start)) continue;
      return m;
    }
    return undefined;
  }

  /** The name after "by" to the right of `i` (passive agent), within the clause. */
  private byAgent(ctx: SentenceContext, i: number, window = 8): Mention | undefined {
    const { tokens } = ctx;
    for (let k = i + 1; k < Math.min(tokens.length, i + window); k += 1) {
      const t = tokens[k]!;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return undefined;
      if (t.lower === 'by') return this.firstMentionFrom(ctx, k + 1, 4);
    }
    return undefined;
  }

  /** The name after "by" to the left of `i`: "drones launched by the Hadar Front struck". */
  private byAgentBefore(ctx: SentenceContext, i: number): Mention | undefined {
    for (let k = i - 1; k >= 0; k -= 1) {
      const t = ctx.tokens[k]!;
      if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return undefined;
      if (t.lower === 'by') return this.firstMentionFrom(ctx, k + 1, 4);
    }
    return undefined;
  }

  /** The first name within `window` tokens from `k`, stopping at punctuation. */
  private firstMentionFrom(ctx: SentenceContext, k: number, window: number): Mention | undefined {
    for (let j = k; j < Math.min(ctx.tokens.length, k + window); j += 1) {
      const m = this.mentionStarting(ctx, j);
      if (m && m.kind !== 'compound') return m;
      const t = ctx.tokens[j]!;
      if (t.kind === 'punct' && !/["“”]/.test(t.text)) return undefined;
    }
    return undefined;
  }

  /**
   * The object of the verb at `i`: the first name after it within the clause (past "positions of",
   * "a convoy of", one appositive comma), or an event noun ("the airstrikes").
   */
  private objectAfter(
    ctx: SentenceContext,
    i: number,
    window = 9,
  ): { mention?: Mention; event?: number } {
    const { tokens } = ctx;
    let commas = 0;
    for (let k = i + 1; k < Math.min(tokens.length, i + window); k += 1) {
      const t = tokens[k]!;
      if (CLAUSE_BREAKS.has(t.text)) return {};
      if (t.text === ',') {
        commas += 1;
        if (commas > 1 || !['the', 'a', 'an'].includes(tokens[k + 1]?.lower ?? '')) return {};
        continue;
      }
      if (
        ['that', 'who', 'which', 'while', 'but', 'because', 'by', 'after', 'before'].includes(
          t.lower,
        )
      )
        return {};
      const m = this.mentionStarting(ctx, k);
      if (m && m.kind !== 'compound') return { mention: m };
      if (isEventNoun(tokens, k)) return { event: k };
    }
    return {};
  }

  /** The direct object of a condemnation: its noun phrase only, up to a preposition. */
  private condemnObject(ctx: SentenceContext, i: number): { mention?: Mention; event?: number } {
    const { tokens } = ctx;
    for (let k = i + 1; k < Math.min(tokens.length, i + 7); k += 1) {
      const t = tokens[k]!;
      if (t.kind === 'punct' && t.text !== '(' && !/["“”]/.test(t.text)) return {};
      const m = this.mentionStarting(ctx, k);
      if (m && m.kind !== 'compound') return { mention: m };
      if (isEventNoun(tokens, k)) return { event: k };
      if (PREPOSITIONS.has(t.lower) && t.lower !== 'by' && k > i + 1) return {};
      if (t.lower === 'as') return {};
    }
    return {};
  }

  /** Is the cue at `i` negated, threatened, planned or only possible? */
  private unreal(ctx: SentenceContext, i: number): boolean {
    const { tokens } = ctx;
    for (let k = i - 1; k >= Math.max(0, i - 4); k -= 1) {
      const t = tokens[k]!;
      if (t.text === ',' || CLAUSE_BREAKS.has(t.text) || t.lower === 'and' || t.lower === 'but')
        return false;
      if (UNREAL_WORDS.has(t.lower) || t.lower.endsWith("n't")) return true;
    }
    return false;
  }

  /** Is the verb at `i` passive ("were carried out", "was founded in 2011")? */
  private passive(ctx: SentenceContext, i: number): boolean {
    const { tokens } = ctx;
    for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
      const w = tokens[k]!.lower;
      if (BE_FORMS.has(w)) return true;
      if (!/ly$/.test(w) && w !== 'also' && w !== 'long' && w !== 'reportedly') return false;
    }
    return false;
  }

  /** The agent of the event noun at `k`: its possessor or name modifier, or "by X" after it. */
  private eventAgent(ctx: SentenceContext, k: number): Mention | undefined {
    const { tokens } = ctx;
    let j = k - 1;
    if (tokens[j]?.kind === 'pos') return this.mentionEnding(ctx, j);
    while (j >= 0 && EVENT_MODIFIERS.has(tokens[j]!.lower)) j -= 1;
    if (tokens[j]?.kind === 'pos') return this.mentionEnding(ctx, j);
    const modifier = this.mentionEnding(ctx, j + 1);
    if (modifier && modifier.kind !== 'compound') return modifier;
    const next = eventNounEnd(tokens, k);
    if (tokens[next]?.lower === 'by') return this.firstMentionFrom(ctx, next + 1, 4);
    return undefined;
  }

  /** Who carried out an event the text names without its agent: the latest such event's agent. */
  private rememberedAgent(
    family: string | undefined,
    before: readonly EventMemory[],
  ): ActorRecord | undefined {
    const all = [...this.memory, ...before].reverse();
    const explicit = all.filter((e) => e.agent && e.explicit);
    return (
      explicit.find((e) => e.family === family)?.agent ??
      (family && COERCION_FAMILIES.has(family)
        ? undefined
        : explicit.find((e) => !COERCION_FAMILIES.has(e.family))?.agent)
    );
  }

  // ---------------------------------------------------------------- cues

  private cuesAt(ctx: SentenceContext, i: number): Found[] {
    const t = ctx.tokens[i]!;
    if (t.kind !== 'word') return [];
    const inName = this.mentionAt(ctx, i);
    if (inName && inName.kind === 'compound') return this.compound(ctx, inName);
    if (inName && inName.kind !== 'anaphor') return [];
    const w = t.lower;
    if (FOUNDER_NOUNS.has(w)) return this.founder(ctx, i);
    if (isEventNoun(ctx.tokens, i)) return this.attackNoun(ctx, i);
    if (ATTACK_VERBS[w]) return this.attackVerb(ctx, i);
    if (CONDEMN_VERBS[w] || LABEL_VERBS.has(w)) return this.condemnVerb(ctx, i);
    if (CONDEMN_NOUNS.has(w)) return this.condemnNoun(ctx, i);
    if (BACKING_VERBS[w]) return this.backing(ctx, i);
    if (WITH_VERBS.has(w)) return this.withVerb(ctx, i);
    if (RECEIVE_VERBS.has(w)) return this.receive(ctx, i);
    const alliance = ALLIANCE_VERBS.has(w) ? this.alliance(ctx, i) : [];
    if (alliance.length > 0) return alliance;
    if (FOUND_VERBS.has(w)) return this.foundVerb(ctx, i);
    if (CLAIM_VERBS.has(w)) return this.claim(ctx, i);
    return [];
  }

  private attackVerb(ctx: SentenceContext, i: number): Found[] {
    const { tokens } = ctx;
    const w = tokens[i]!.lower;
    const family = ATTACK_VERBS[w]!;
    const before = tokens[i - 1];
    // "the targeted group" is an adjective; "one-way attack UAV" a noun: neither is the verb.
    if (before && ['the', 'a', 'an'].includes(before.lower)) return [];
    if (NOUN_LIKE_VERBS.has(w) && before && !verbContext(before, this.mentionEnding(ctx, i)))
      return [];
    const unreal = this.unreal(ctx, i);
    const passive = this.passive(ctx, i);
    let agent: Mention | undefined;
    let target: Mention | undefined;
    const explicit = true;
    if (passive) {
      target = this.subjectBefore(ctx, i);
      agent = this.byAgent(ctx, i);
      if (!agent) {
        // "was killed in a U.S. airstrike": the agent modifies the event noun after the verb.
        for (let k = i + 1; k < Math.min(tokens.length, i + 7); k += 1) {
          if (tokens[k]!.text === ',' || CLAUSE_BREAKS.has(tokens[k]!.text)) break;
          if (isEventNoun(tokens, k)) {
            agent = this.eventAgent(ctx, k);
            break;
          }
        }
      }
      const victims = target ? [target, ...this.alongside(ctx, i)] : [];
      if (unreal || !agent) return [];
      this.remember(ctx, { family, agent: agent.actor, target: target?.actor, explicit });
      if (COERCION_FAMILIES.has(family)) return [];
      return victims.map((v) => this.found(agent!, v, 'attacked', i));
    }
    if (family === 'fire') {
      // "fired rockets at the town": only fire aimed at someone.
      const next = tokens[i + 1]?.lower ?? '';
      if (!FIRE_OBJECTS.has(next) && next !== 'at' && next !== 'on') return [];
    }
    agent = this.subjectBefore(ctx, i) ?? this.byAgentBefore(ctx, i);
    if (agent && this.inAppositive(ctx, agent)) agent = undefined;
    const object = this.objectAfter(ctx, i);
    target = object.mention;
    if (target?.kind === 'pronoun' && target.actor === agent?.actor) {
      // "Kavarian artillery shelled its border post": "its" is the speaker's, not the shooter's.
      const other = this.subjectBefore(ctx, agent ? agent.start : i, { skip: agent?.actor });
      target = other ? { ...target, actor: other.actor } : undefined;
    }
    if (unreal) return [];
    this.remember(ctx, { family, agent: agent?.actor, target: target?.actor, explicit });
    if (!agent || !target || COERCION_FAMILIES.has(family)) return [];
    return [this.found(agent, target, 'attacked', i)];
  }

  /**
   * "The Free Highlands Army claimed responsibility", "responsibility … claimed by the IRI": the
   * claimant attacked the target of the latest attack the text told of.
   */
  private claim(ctx: SentenceContext, i: number): Found[] {
    const { tokens } = ctx;
    if (this.unreal(ctx, i)) return [];
    const passive = this.passive(ctx, i) || tokens[i + 1]?.lower === 'by';
    const near = tokens.slice(Math.max(0, i - 4), i + 3).map((t) => t.lower);
    if (
      !near.includes('responsibility') &&
      !(tokens[i + 1]?.lower === 'the' && isEventNoun(tokens, i + 2))
    )
      return [];
    const claimant = passive ? this.byAgent(ctx, i, 6) : this.subjectBefore(ctx, i);
    const event = [...this.memory, ...ctx.events]
      .reverse()
      .find((e) => e.target && !COERCION_FAMILIES.has(e.family));
    if (!claimant || !event?.target) return [];
    const target = event.target;
    this.remember(ctx, { family: event.family, agent: claimant.actor, target, explicit: true });
    return [this.found(claimant, target, 'attacked', i)];
  }

  /** Victims named after "alongside" in the same sentence: "…, alongside KH founder al-Muhandis". */
  private alongside(ctx: SentenceContext, i: number): Mention[] {
    const { tokens } = ctx;
    for (let k = i + 1; k < tokens.length; k += 1) {
      if (CLAUSE_BREAKS.has(tokens[k]!.text)) return [];
      if (
        tokens[k]!.lower === 'alongside' ||
        (tokens[k]!.lower === 'along' && tokens[k + 1]?.lower === 'with')
      ) {
        let last: Mention | undefined;
        for (let j = k + 1; j < tokens.length; j += 1) {
          if (tokens[j]!.text === ',' || CLAUSE_BREAKS.has(tokens[j]!.text)) break;
          const m = this.mentionStarting(ctx, j);
          if (m && m.kind !== 'compound') last = m;
        }
        return last ? [last] : [];
      }
    }
    return [];
  }

  private attackNoun(ctx: SentenceContext, i: number): Found[] {
    const { tokens } = ctx;
    const family = ATTACK_NOUNS[eventNounText(tokens, i)] ?? 'attack';
    const end = eventNounEnd(tokens, i);
    let agent = this.eventAgent(ctx, i);
    let explicit = agent !== undefined;
    let unreal = this.unreal(ctx, i);
    // "conducted airstrikes against", "launched an attack on": the support verb's subject.
    if (!agent) {
      for (let k = i - 1; k >= Math.max(0, i - 4); k -= 1) {
        const w = tokens[k]!.lower;
        if (SUPPORT_VERBS.has(w)) {
          unreal = unreal || this.unreal(ctx, k);
          agent = this.passive(ctx, k) ? this.byAgent(ctx, k + 1) : this.subjectBefore(ctx, k);
          explicit = agent !== undefined;
          break;
        }
        if (w === 'including' || (w === 'as' && tokens[k - 1]?.lower === 'such')) {
          const previous = ctx.events.at(-1);
          if (previous?.agent) {
            agent = ctx.mentions.find((m) => m.actor === previous.agent);
            explicit = true;
          }
          break;
        }
        if (tokens[k]!.kind !== 'word' || tokens[k]!.cap || this.mentionAt(ctx, k)) break;
      }
    }
    // "The airstrikes were carried out by American forces against the group".
    if (
      !agent &&
      BE_FORMS.has(tokens[end]?.lower ?? '') &&
      SUPPORT_VERBS.has(tokens[end + 1]?.lower ?? '')
    ) {
      const by = this.byAgent(ctx, end + 1);
      if (by) {
        agent = by;
        explicit = true;
      }
    }
    let target: Mention | undefined;
    for (let k = end; k < Math.min(tokens.length, end + 10); k += 1) {
      const w = tokens[k]!.lower;
      if (w === 'on' || w === 'against' || w === 'at' || w === 'targeting' || w === 'upon') {
        target = this.firstMentionFrom(ctx, k + 1, 8);
        break;
      }
      if (
        tokens[k]!.kind === 'punct' ||
        !['were', 'was', 'carried', 'out', 'conducted', 'by', 'the'].includes(w)
      ) {
        if (k > end && !this.mentionAt(ctx, k)) break;
        if (k === end && tokens[k]!.kind === 'punct') break;
      }
    }
    if (unreal) return [];
    if (target && agent && target.actor === agent.actor) target = undefined;
    this.remember(ctx, { family, agent: agent?.actor, target: target?.actor, explicit });
    if (!agent || !target || COERCION_FAMILIES.has(family)) return [];
    return [this.found(agent, target, 'attacked', i)];
  }

  private remember(ctx: SentenceContext, event: EventMemory) {
    ctx.events.push(event);
  }

  private condemnVerb(ctx: SentenceContext, i: number): Found[] {
    const { tokens } = ctx;
    const w = tokens[i]!.lower;
    if (LABEL_VERBS.has(w)) {
      const rest = tokens.slice(i + 1, i + 14).map((t) => t.lower);
      if (!rest.some((r) => DAMNING_WORDS.has(r))) return [];
    }
    if (this.unreal(ctx, i)) return [];
    let speaker: Mention | undefined;
    let object: { mention?: Mention; event?: number };
    if (this.passive(ctx, i)) {
      speaker = this.byAgent(ctx, i);
      const subject = this.subjectBefore(ctx, i);
      let event: number | undefined;
      for (let k = i - 1; k >= Math.max(0, i - 5); k -= 1) if (isEventNoun(tokens, k)) event = k;
      object = subject ? { mention: subject } : event !== undefined ? { event } : {};
      // "The network is accused of attacks": no one named accuses.
    } else {
      speaker = this.subjectBefore(ctx, i);
      object = this.condemnObject(ctx, i);
    }
    if (!speaker) return [];
    let target = object.mention?.actor;
    let targetMention = object.mention;
    if (object.event !== undefined) {
      const explicitAgent = this.eventAgent(ctx, object.event);
      target =
        explicitAgent?.actor ??
        this.rememberedAgent(ATTACK_NOUNS[eventNounText(tokens, object.event)], ctx.events);
      targetMention = explicitAgent;
    }
    if (!target) return [];
    this.condemned.set(speaker.actor.id, target);
    return [this.found(speaker, targetMention ?? target, 'condemned', i, quoteAfter(ctx, i))];
  }

  private condemnNoun(ctx: SentenceContext, i: number): Found[] {
    const { tokens } = ctx;
    if (this.unreal(ctx, i)) return [];
    const speaker =
      tokens[i - 1]?.kind === 'pos' ? this.mentionEnding(ctx, i - 1) : this.byAgent(ctx, i, 4);
    if (!speaker) return [];
    let target: ActorRecord | undefined;
    if (tokens[i + 1]?.lower === 'of') {
      const m = this.firstMentionFrom(ctx, i + 2, 3);
      target = m?.actor;
      if (!m && isEventNoun(tokens, i + 3)) target = this.eventAgent(ctx, i + 3)?.actor;
    }
    target ??= this.condemned.get(speaker.actor.id) ?? this.rememberedAgent(undefined, ctx.events);
    if (!target) return [];
    return [this.found(speaker, target, 'condemned', i, quoteAfter(ctx, i))];
  }

  private compound(ctx: SentenceContext, m: Mention): Found[] {
    const { tokens } = ctx;
    // The actor the compound describes: a name right after it ("Iran-backed Kataib Hezbollah") …
    for (let k = m.end; k < Math.min(tokens.length, m.end + 3); k += 1) {
      const next = this.mentionStarting(ctx, k);
      if (next && next.kind !== 'compound') return [this.found(m, next, 'allied', m.start)];
      if (tokens[k]!.kind === 'punct') break;
    }
    // … the actor an appositive describes ("KH, a prominent Iran-backed militia") …
    const appositive = ctx.appositives.find((a) => m.start >= a.start && m.end <= a.end);
    if (appositive) return [this.found(m, appositive.head, 'allied', m.start)];
    // … or the subject of "is among the most powerful Iran-backed militias".
    for (let k = m.start - 1; k >= Math.max(0, m.start - 8); k -= 1) {
      const t = tokens[k]!;
      if (t.text === ',' || CLAUSE_BREAKS.has(t.text)) break;
      if (BE_FORMS.has(t.lower)) {
        const subject = this.subjectBefore(ctx, k);
        return subject ? [this.found(m, subject, 'allied', m.start)] : [];
      }
    }
    return [];
  }

  private backing(ctx: SentenceContext, i: number): Found[] {
    const { tokens } = ctx;
    if (this.unreal(ctx, i)) return [];
    if (this.passive(ctx, i)) {
      const backer = this.byAgent(ctx, i, 5);
      const backed = this.subjectBefore(ctx, i);
      return backer && backed ? [this.found(backer, backed, 'allied', i)] : [];
    }
    const w = tokens[i]!.lower;
    if (tokens[i + 1]?.lower === 'by' && /ed$/.test(w)) {
      // "The Sons of the Valley, a militia funded by Quresh": a reduced passive.
      const backer = this.byAgent(ctx, i, 4);
      const appositive = ctx.appositives.find((a) => i >= a.start && i < a.end);
      const backed = appositive?.head ?? this.subjectBefore(ctx, i, { any: true });
      return backer && backed ? [this.found(backer, backed, 'allied', i)] : [];
    }
    if (w.endsWith('ing')) return [];
    const next = tokens[i + 1];
    const object =
      next && (DETERMINERS.has(next.lower) || this.mentionStarting(ctx, i + 1))
        ? this.objectAfter(ctx, i, 5).mention
        : undefined;
    const subject = this.subjectBefore(ctx, i);
    return subject && object ? [this.found(subject, object, 'allied', i)] : [];
  }

  private withVerb(ctx: SentenceContext, i: number): Found[] {
    const { tokens } = ctx;
    if (this.unreal(ctx, i)) return [];
    for (let k = i + 1; k < Math.min(tokens.length, i + 3); k += 1) {
      if (tokens[k]!.lower === 'with' || tokens[k]!.lower === 'alongside') {
        const partner = this.firstMentionFrom(ctx, k + 1, 3);
        const subject = this.subjectBefore(ctx, i);
        return partner && subject ? [this.found(subject, partner, 'allied', i)] : [];
      }
    }
    return [];
  }

  private receive(ctx: SentenceContext, i: number): Found[] {
    const { tokens } = ctx;
    if (this.unreal(ctx, i)) return [];
    let aid = false;
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k += 1) {
      const w = tokens[k]!.lower;
      if (AID_NOUNS.has(w)) aid = true;
      if (w === 'from' && aid) {
        const giver = this.firstMentionFrom(ctx, k + 1, 3);
        const subject = this.subjectBefore(ctx, i);
        return giver && subject ? [this.found(giver, subject, 'allied', i)] : [];
      }
    }
    return [];
  }

  private alliance(ctx: SentenceContext, i: number): Found[] {
    const { tokens } = ctx;
    let k = i + 1;
    if (['an', 'a', 'the', 'new', 'formal'].includes(tokens[k]?.lower ?? '')) k += 1;
    if (!ALLIANCE_NOUNS.has(tokens[k]?.lower ?? '')) return [];
    if (this.unreal(ctx, i)) return [];
    const subject = this.subjectBefore(ctx, i);
    if (!subject) return [];
    if (tokens[k + 1]?.lower === 'with') {
      const partner = this.firstMentionFrom(ctx, k + 2, 3);
      return partner ? [this.found(subject, partner, 'allied', i)] : [];
    }
    // "X and Y announced an alliance".
    let j = subject.start - 1;
    if (tokens[j]?.lower === 'the') j -= 1;
    if (tokens[j]?.lower !== 'and') return [];
    const first = this.mentionEnding(ctx, j);
    return first ? [this.found(first, subject, 'allied', i)] : [];
  }

  private foundVerb(ctx: SentenceContext, i: number): Found[] {
    const { tokens } = ctx;
    const w = tokens[i]!.lower;
    if (w === 'set' && tokens[i + 1]?.lower !== 'up') return [];
    if (this.unreal(ctx, i)) return [];
    if (this.passive(ctx, i)) {
      const founder = this.byAgent(ctx, i, 6);
      const founded = this.subjectBefore(ctx, i);
      return founder && founded ? [this.found(founder, founded, 'founded', i)] : [];
    }
    if (w === 'formed' || w === 'found' || w === 'set') return [];
    const founded =
      this.mentionStarting(ctx, i + 1) ??
      (tokens[i + 1]?.lower === 'the' ? this.mentionStarting(ctx, i + 2) : undefined);
    const founder = this.subjectBefore(ctx, i);
    return founder && founded ? [this.found(founder, founded, 'founded', i)] : [];
  }

  /** "KH founder Abu Mahdi al-Muhandis", "al-Muhandis, the founder of KH". */
  private founder(ctx: SentenceContext, i: number): Found[] {
    const { tokens } = ctx;
    const org = this.mentionEnding(ctx, i);
    const person = this.mentionStarting(ctx, i + 1);
    if (org && person && org.kind !== 'compound') return [this.found(person, org, 'founded', i)];
    if (tokens[i + 1]?.lower === 'of') {
      const founded = this.firstMentionFrom(ctx, i + 2, 3);
      let k = i - 1;
      if (tokens[k]?.lower === 'the') k -= 1;
      const founderMention = tokens[k]?.text === ',' ? this.mentionEnding(ctx, k) : undefined;
      if (founded && founderMention) return [this.found(founderMention, founded, 'founded', i)];
    }
    return [];
  }

  // ---------------------------------------------------------------- candidates

  private found(
    source: Mention,
    target: Mention | ActorRecord,
    type: BuiltInRelationType,
    cue: number,
    quote?: string,
  ): Found {
    const targetMention = 'actor' in target ? target : undefined;
    return {
      source: source.actor,
      target: 'actor' in target ? target.actor : target,
      type,
      cue: [cue, cue + 1],
      sourceMention: source,
      ...(targetMention && { targetMention }),
      ...(quote !== undefined && { quote }),
    };
  }

  private propose(ctx: SentenceContext, f: Found) {
    if (f.source.id === f.target.id) return;
    const directed = f.type !== 'allied';
    const [a, b] =
      directed || f.source.id < f.target.id ? [f.source, f.target] : [f.target, f.source];
    const key = `${a.id}|${b.id}|${f.type}|${ctx.paragraph}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const { tokens, sentence } = ctx;
    const cueStart = tokens[f.cue[0]]!.start;
    const cueEnd = tokens[f.cue[1] - 1]!.end;
    const date = nearestDate(ctx, cueStart);
    const offset = sentence.start;
    const marks: Mark[] = [{ start: cueStart - offset, end: cueEnd - offset, role: 'cue' }];
    const markOf = (m: Mention | undefined, role: Mark['role']) => {
      if (!m) return;
      marks.push({
        start: tokens[m.start]!.start - offset,
        end: tokens[m.end - 1]!.end - offset,
        role,
      });
    };
    markOf(f.sourceMention, 'source');
    markOf(f.targetMention, 'target');
    this.relations.push({
      id: `c${this.relations.length + 1}`,
      source: f.source.id,
      target: f.target.id,
      type: f.type,
      directed,
      ...(date && { date: date.date, ...(date.inferred && { dateInferred: true }) }),
      paragraph: ctx.paragraph,
      excerpt: sentence.text,
      ...(f.quote && { quote: f.quote }),
      cue: tokens
        .slice(f.cue[0], f.cue[1])
        .map((t) => t.text)
        .join(' '),
      marks: marks.sort((x, y) => x.start - y.start),
    });
  }
}

/** Verb forms that are also nouns: read as verbs only after a subject or an auxiliary. */
const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set([
  'attack',
  'strike',
  'fire',
  'raid',
  'bomb',
  'shell',
  'assault',
  'target',
  'hit',
  'ambush',
  'rocket',
  'storm',
]);
const AUXILIARIES: ReadonlySet<string> = new Set([
  'to',
  'did',
  'do',
  'does',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'not',
  'they',
  'we',
  'also',
  'again',
]);

function verbContext(before: Token, subject: Mention | undefined): boolean {
  return subject !== undefined || AUXILIARIES.has(before.lower) || /ly$/.test(before.lower);
}

/** Token ranges ", a/an/the … ," after a name: what they say describes that name. */
function findAppositives(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): { start: number; end: number; head: Mention }[] {
  const found: { start: number; end: number; head: Mention }[] = [];
  for (const m of mentions) {
    if (m.kind === 'compound') continue;
    const comma = m.end;
    if (tokens[comma]?.text !== ',') continue;
    const det = tokens[comma + 1]?.lower;
    if (det !== 'a' && det !== 'an' && det !== 'the') continue;
    let end = comma + 2;
    while (
      end < tokens.length &&
      tokens[end]!.text !== ',' &&
      !CLAUSE_BREAKS.has(tokens[end]!.text)
    )
      end += 1;
    found.push({ start: comma + 1, end, head: m });
  }
  return found;
}

/** Not a name even when capitalised: "The", "January", "Shiite". */
function isNonName(t: Token): boolean {
  return NOT_ACTORS.has(t.lower);
}

/**
 * A name right after a preposition, or after a verb that takes it as object ("denied shelling
 * Krasno"), is not a subject; "Fighters of the X" and "the IMG said the X" keep X as subject.
 */
function isObjectPosition(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.lower === 'the') k -= 1;
  const before = tokens[k];
  if (!before || before.kind !== 'word') return false;
  if (PREPOSITIONS.has(before.lower)) {
    if (before.lower === 'of' || before.lower === 'from') {
      const head = tokens[k - 1]?.lower ?? '';
      if (UNIT_NOUNS.has(head)) return false;
    }
    return true;
  }
  if (REPORTING_VERBS.has(before.lower)) return false;
  if (before.cap) return false;
  return (
    /(?:ed|ing)$/.test(before.lower) ||
    ATTACK_VERBS[before.lower] !== undefined ||
    CONDEMN_VERBS[before.lower] !== undefined
  );
}

/** "air strikes" spans two tokens; other event nouns one. */
function eventNounText(tokens: readonly Token[], k: number): string {
  const w = tokens[k]!.lower;
  const next = tokens[k + 1]?.lower;
  if (w === 'air' && (next === 'strike' || next === 'strikes')) return `air ${next}`;
  return w;
}

function eventNounEnd(tokens: readonly Token[], k: number): number {
  return eventNounText(tokens, k).includes(' ') ? k + 2 : k + 1;
}

/**
 * Is the word at `k` an attack event used as a noun? Nouns-only ("airstrikes", "assault") always;
 * words that are verbs too ("attacks", "strike", "fire") after a determiner, a possessive, a name
 * or a modifier ("KH attacks", "rocket fire", "the strikes").
 */
function isEventNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || t.cap) return false;
  const text = eventNounText(tokens, k);
  if (!(text in ATTACK_NOUNS)) return false;
  if (
    text.includes(' ') ||
    [
      'airstrike',
      'airstrikes',
      'assault',
      'offensive',
      'seizure',
      'assassination',
      'invasion',
      'bombardment',
    ].includes(text)
  )
    return true;
  const before = tokens[k - 1];
  if (!before) return false;
  if (before.kind === 'pos') return true;
  if (
    DETERMINERS.has(before.lower) ||
    EVENT_MODIFIERS.has(before.lower) ||
    SUPPORT_VERBS.has(before.lower)
  )
    return true;
  // "a precision strike", "conducted a strike": an article or a support verb two words before.
  const twoBefore = tokens[k - 2]?.lower ?? '';
  if (['a', 'an', 'the'].includes(twoBefore) || SUPPORT_VERBS.has(twoBefore)) return true;
  if (before.cap) return true;
  if (before.lower === 'returned' || before.lower === 'of' || before.lower === 'militia')
    return true;
  if ((text === 'shelling' || text === 'bombing' || text === 'killing') && before.kind === 'punct')
    return false;
  return false;
}

/** The first quoted words after the cue in its sentence: only what the text says someone said. */
function quoteAfter(ctx: SentenceContext, i: number): string | undefined {
  const from = ctx.tokens[i]!.end - ctx.sentence.start;
  const rest = ctx.sentence.text.slice(from);
  const m = /[“"]([^”"]{2,300})[”"]/.exec(rest);
  if (!m) return undefined;
  const quote = m[1]!.replace(/[\s.,;:]+$/, '').trim();
  return quote || undefined;
}

/** The date nearest the cue in its clause (no comma or semicolon between). */
function nearestDate(ctx: SentenceContext, cueStart: number): DateMention | undefined {
  let best: DateMention | undefined;
  let bestDistance = Infinity;
  for (const d of ctx.dates) {
    const [a, b] = d.start < cueStart ? [d.end, cueStart] : [cueStart, d.start];
    const between = ctx.paragraphText.slice(a, b);
    if (/[,;]/.test(between)) continue;
    const distance = b - a;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

function spanText(tokens: readonly Token[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((t, k) => (k > 0 && tokens[start + k - 1]!.end < t.start ? ` ${t.text}` : t.text))
    .join('');
}

/** Candidate actors and relations drafted from a report's text (docs/design.md §13). */
export function draftFromText(text: string, options: DraftOptions = {}): Draft {
  return new Drafter(text, options).run();
}

export { nameKey };
