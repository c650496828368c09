// The "Sources" filter: unticking a source hides what only it supports, its counts, and the link
// that carries it.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { DEFAULT_FILTERS, visibleGraph } from '../../src/model/filters';
import { sourceCounts } from '../../src/model/merge/relation-merge';
import {
  filtersOfUrlState,
  parseUrlState,
  serialiseUrlState,
  urlStateOfFilters,
} from '../../src/model/url-state';

const d: Dataset = {
  format: 'actor-graph',
  version: 1,
  id: 'd',
  title: 'D',
  sources: [
    { id: 'wire', title: 'Wire' },
    { id: 'paper', title: 'Paper' },
  ],
  actors: [
    { id: 'a', name: 'A', kind: 'state' },
    { id: 'b', name: 'B', kind: 'state' },
    { id: 'c', name: 'C', kind: 'state' },
  ],
  relations: [
    {
      id: 'both',
      source: 'a',
      target: 'b',
      type: 'attacked',
      evidence: [{ source: 'wire' }, { source: 'paper' }, { source: 'paper', paragraph: 2 }],
    },
    { id: 'wire-only', source: 'a', target: 'c', type: 'attacked', evidence: [{ source: 'wire' }] },
    {
      id: 'paper-only',
      source: 'b',
      target: 'c',
      type: 'condemned',
      evidence: [{ source: 'paper' }],
    },
  ],
};

describe('source filter', () => {
  it('counts each relation once per source it cites', () => {
    expect([...sourceCounts(d)]).toEqual([
      ['wire', 2],
      ['paper', 2],
    ]);
  });

  it('hides what only a hidden source supports, and keeps what another supports too', () => {
    const shown = visibleGraph(d, { ...DEFAULT_FILTERS, hiddenSources: ['paper'] });
    expect(shown.relations.map((r) => r.id)).toEqual(['both', 'wire-only']);
    const none = visibleGraph(d, { ...DEFAULT_FILTERS, hiddenSources: ['paper', 'wire'] });
    expect(none.relations).toEqual([]);
  });

  it('travels in the link as hidesources', () => {
    const filters = { ...DEFAULT_FILTERS, hiddenSources: ['paper', 'wire,2'] };
    const search = serialiseUrlState(urlStateOfFilters(filters));
    expect(search).toBe('?hidesources=paper,wire%2C2');
    expect(filtersOfUrlState(parseUrlState(search).state).hiddenSources).toEqual([
      'paper',
      'wire,2',
    ]);
    expect(filtersOfUrlState(parseUrlState('').state).hiddenSources).toBeUndefined();
  });
});
