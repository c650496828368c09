// paragraphsOf (docs/design.md §4): blank-line blocks numbered from 1, or each non-empty line when there is no blank line.
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/model/paragraphs';

describe('paragraphsOf', () => {
  it('numbers blank-line-separated blocks from 1, keeping line breaks inside a block', () => {
    const text = 'First block,\nstill first.\n\nSecond block.\n  \n\n\nThird.';
    expect(paragraphsOf(text).map((p) => [p.number, p.text])).toEqual([
      [1, 'First block,\nstill first.'],
      [2, 'Second block.'],
      [3, 'Third.'],
    ]);
  });

  it('takes each non-empty line as a paragraph when the text has no blank line', () => {
    const text = 'One line.\nAnother line.\r\nA third.\n';
    expect(paragraphsOf(text).map((p) => p.text)).toEqual([
      'One line.',
      'Another line.',
      'A third.',
    ]);
  });

  it('gives the offset where each paragraph starts in the whole text', () => {
    const text = '\n\n  Alpha beta.\n\nGamma.';
    for (const p of paragraphsOf(text))
      expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    expect(paragraphsOf(text)).toHaveLength(2);
  });

  it('reads CRLF blank lines as paragraph breaks', () => {
    expect(paragraphsOf('A.\r\n\r\nB.').map((p) => p.text)).toEqual(['A.', 'B.']);
  });

  it('has no paragraphs in an empty or blank text', () => {
    expect(paragraphsOf('')).toEqual([]);
    expect(paragraphsOf(' \n \n')).toEqual([]);
  });
});
