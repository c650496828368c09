// Sentences and word tokens of a paragraph, with their offsets, for the drafter's rules.

export interface Sentence {
  readonly text: string;
  /** Offset of the sentence in its paragraph. */
  readonly start: number;
}

export type TokenKind = 'word' | 'punct' | 'pos';

export interface Token {
  readonly text: string;
  /** Lower case, curly apostrophes made straight. */
  readonly lower: string;
  /** Offsets in the paragraph. */
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** A word that starts with a capital letter (or "al-Asad", whose name part does). */
  readonly cap: boolean;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'maj.',
  'gen.',
  'lt.',
  'col.',
  'capt.',
  'sgt.',
  'adm.',
  'brig.',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'st.',
  'sen.',
  'rep.',
  'gov.',
  'no.',
  'jan.',
  'feb.',
  'aug.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
  'inc.',
  'corp.',
  'co.',
  'jr.',
  'sr.',
  'vs.',
  'e.g.',
  'i.e.',
]);

const SENTENCE_END = /[.!?]+["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\d])/gu;

/** The sentences of a paragraph: split after . ! ? before a capital, not after "Gen." or "U.S.". */
export function sentencesOf(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    const before = paragraph.slice(from, match.index + 1);
    const lastWord = (/\S+$/.exec(before)?.[0] ?? '').toLowerCase();
    // "U.S." and other dotted initials, single initials ("J."), and titles do not end a sentence.
    if (ABBREVIATIONS.has(lastWord) || /^(?:\p{L}\.)+$/u.test(lastWord)) continue;
    push(sentences, paragraph, from, end);
    from = end;
  }
  push(sentences, paragraph, from, paragraph.length);
  return sentences;
}

function push(sentences: Sentence[], paragraph: string, from: number, to: number) {
  const raw = paragraph.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) sentences.push({ text, start: from + lead });
}

const TOKEN =
  /(?:\p{Lu}\.){2,}|\b(?:Maj|Gen|Lt|Col|Capt|Sgt|Adm|Brig|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov)\.|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|\S/gu;

/** Word and punctuation tokens of a sentence; a possessive "'s" (or a bare "s'") is a token of its own. */
export function tokensOf(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.text.matchAll(TOKEN)) {
    const text = match[0];
    const start = sentence.start + match.index;
    const isWord = /[\p{L}\p{N}]/u.test(text);
    const possessive =
      isWord && /^.*\p{L}['’]s$/u.exec(text) && !/^(?:it|he|she|that|there|what)['’]s$/i.test(text);
    if (possessive) {
      const base = text.slice(0, -2);
      tokens.push(token(base, start, 'word'));
      tokens.push(token(text.slice(-2), start + base.length, 'pos'));
      continue;
    }
    const previous = tokens.at(-1);
    if (
      !isWord &&
      (text === '’' || text === "'") &&
      previous?.kind === 'word' &&
      previous.end === start &&
      previous.lower.endsWith('s') &&
      !/\S/.test(sentence.text.charAt(match.index + 1) || ' ')
    ) {
      tokens.push(token(text, start, 'pos'));
      continue;
    }
    tokens.push(token(text, start, isWord ? 'word' : 'punct'));
  }
  return tokens;
}

function token(text: string, start: number, kind: TokenKind): Token {
  return {
    text,
    lower: text.toLowerCase().replace(/’/g, "'"),
    start,
    end: start + text.length,
    kind,
    cap: kind === 'word' && (/^\p{Lu}/u.test(text) || /^(?:al|el|bin|ibn|abu)-\p{Lu}/u.test(text)),
  };
}
