// The caption of an exported image names every filter, hidden sources included, and lists only
// the sources whose relationships can be shown.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { describeFilters, describeSources } from '../../src/model/caption';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { vocabularyOf } from '../../src/model/vocabulary';

const dataset: Dataset = {
  format: 'actor-graph',
  version: 1,
  id: 'two',
  title: 'Two reports',
  sources: [
    { id: 'wire', title: 'Wire story', publisher: 'Agency', published: '2024-01-24' },
    { id: 'paper', title: 'Paper, late edition' },
  ],
  actors: [],
  relations: [],
};
const vocabulary = vocabularyOf(dataset);

describe('describeFilters', () => {
  it('says "Filters: none" when nothing is filtered', () => {
    expect(describeFilters(DEFAULT_FILTERS, vocabulary, dataset.sources)).toBe('Filters: none');
  });

  it('names hidden sources by title, after the other filters', () => {
    const line = describeFilters(
      { ...DEFAULT_FILTERS, hiddenRelationTypes: ['allied'], hiddenSources: ['paper'] },
      vocabulary,
      dataset.sources,
    );
    expect(line).toBe(
      'Filters: hidden relationship types: allied; hidden sources: “Paper, late edition” (relationships only they support are left out)',
    );
  });

  it('falls back on the id of a source the dataset no longer has', () => {
    const line = describeFilters({ ...DEFAULT_FILTERS, hiddenSources: ['gone'] }, vocabulary);
    expect(line).toContain('hidden sources: “gone”');
  });
});

describe('describeSources', () => {
  it('lists every source with its publisher and date', () => {
    expect(describeSources(dataset)).toBe(
      'Sources: Wire story, Agency, 2024-01-24; Paper, late edition',
    );
  });

  it('leaves hidden sources out, and says nothing when all are hidden', () => {
    expect(describeSources(dataset, ['paper'])).toBe('Source: Wire story, Agency, 2024-01-24');
    expect(describeSources(dataset, ['paper', 'wire'])).toBe('');
  });
});
