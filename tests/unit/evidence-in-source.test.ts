// Evidence read in its source's text (docs/design.md §13): which evidence can be shown, in what order, and
// where its excerpt sits in the paragraph.
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Dataset } from '../../graph-data/schema';
import { evidenceInSources, splitAtExcerpt } from '../../src/model/evidence-in-source';

describe('evidenceInSources', () => {
  it('is empty when no source keeps a text (the built-in dataset)', () => {
    expect(evidenceInSources(centcomKh2024)).toEqual([]);
  });

  it('lists evidence in sources with text by paragraph, skipping evidence without one', () => {
    const dataset: Dataset = {
      ...centcomKh2024,
      sources: [{ ...centcomKh2024.sources[0]!, text: 'p1\np2\np3\np4\np5\np6\np7\np8' }],
    };
    const listed = evidenceInSources(dataset);
    const total = dataset.relations.reduce((n, r) => n + r.evidence.length, 0);
    expect(listed).toHaveLength(total);
    expect(listed.map((e) => e.paragraph)).toEqual([...listed.map((e) => e.paragraph)].sort());
    expect(listed[0]).toEqual({
      relationId: 'centcom-attacked-kh',
      index: 0,
      sourceId: 'report',
      paragraph: 1,
    });
  });
});

describe('splitAtExcerpt', () => {
  it('splits a paragraph around its excerpt', () => {
    expect(splitAtExcerpt('One. Two three. Four.', 'Two three.')).toEqual({
      before: 'One. ',
      match: 'Two three.',
      after: ' Four.',
    });
  });

  it('keeps the whole paragraph, unmarked, when the excerpt is missing or not in it', () => {
    expect(splitAtExcerpt('One.', undefined)).toEqual({ before: 'One.', match: '', after: '' });
    expect(splitAtExcerpt('One.', 'Two.')).toEqual({ before: 'One.', match: '', after: '' });
  });
});
