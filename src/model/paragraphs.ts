// The paragraphs of a source's text (docs/design.md §4), which evidence names by number from 1.

/** One paragraph of a text: its number, its text, and where it starts in the whole text. */
export interface Paragraph {
  /** 1-based, as evidence names it. */
  readonly number: number;
  readonly text: string;
  /** Offset of the paragraph's first character in the whole text. */
  readonly start: number;
}

const BLANK_LINE = /\r?\n[ \t]*\r?\n/;

/**
 * A text's paragraphs: its blank-line-separated blocks, numbered from 1; a text with no blank line
 * takes each non-empty line as a paragraph (the seed report is such a text). Each paragraph is
 * trimmed of surrounding white space; empty blocks are skipped and do not take a number.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const splitter = BLANK_LINE.test(text) ? /(?:\r?\n[ \t]*){2,}/g : /\r?\n/g;
  const paragraphs: Paragraph[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      paragraphs.push({ number: paragraphs.length + 1, text: trimmed, start: from + lead });
    }
  };
  for (const match of text.matchAll(splitter)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(text.length);
  return paragraphs;
}
