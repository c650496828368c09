import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Relation } from '../../graph-data/schema';
import {
  actorKindCounts,
  dateExtent,
  dateSpan,
  DEFAULT_FILTERS,
  inDateRange,
  relationTypeCounts,
  visibleGraph,
  type Filters,
} from '../../src/model/filters';

const filters = (overrides: Partial<Filters> = {}): Filters => ({
  ...DEFAULT_FILTERS,
  ...overrides,
});
const shown = (overrides: Partial<Filters> = {}) => visibleGraph(centcomKh2024, filters(overrides));
const UNCONNECTED = ['biden-administration', 'iraqi-armed-forces', 'lloyd-austin'];

describe('visibleGraph', () => {
  it('shows every actor and relation under the default filters', () => {
    const visible = shown();
    expect(visible.actors).toHaveLength(15);
    expect(visible.relations).toHaveLength(13);
    expect(visible.actorIds.size).toBe(15);
    expect(visible.relationIds.size).toBe(13);
  });

  it('hides the relations of a type switched off, but not their actors', () => {
    const visible = shown({ hiddenRelationTypes: ['attacked'] });
    expect(visible.relations).toHaveLength(7);
    expect(visible.relations.some((r) => r.type === 'attacked')).toBe(false);
    expect(visible.actors).toHaveLength(15);
  });

  it('hides actors of a kind switched off, and every relation they take part in', () => {
    const visible = shown({ hiddenActorKinds: ['person'] });
    expect(visible.actors.some((a) => a.kind === 'person')).toBe(false);
    expect(visible.actors).toHaveLength(10);
    expect(visible.relations).toHaveLength(7);
    expect(visible.relationIds.has('kh-allied-soleimani')).toBe(false);
    expect(visible.relationIds.has('centcom-attacked-kh')).toBe(true);
  });

  it('with "hide unconnected" hides the actors with no shown relation', () => {
    const visible = shown({ hideUnconnected: true });
    expect(visible.actors).toHaveLength(12);
    for (const id of UNCONNECTED) expect(visible.actorIds.has(id)).toBe(false);
  });

  it('counts connections after the other filters when hiding unconnected actors', () => {
    const visible = shown({ hideUnconnected: true, hiddenRelationTypes: ['condemned'] });
    expect(visible.actorIds.has('yehia-rasool')).toBe(false);
    expect(visible.actorIds.has('qassem-al-araji')).toBe(false);
    expect(visible.actorIds.has('iraqi-government')).toBe(false);
    expect(visible.actorIds.has('united-states')).toBe(true);
  });

  it('keeps relations whose date overlaps the range, and undated ones unless excluded', () => {
    const from = shown({ dateFrom: '2024-01-21' });
    // 2024-01-24 and three month-only "2024-01" dates overlap; six relations are undated.
    expect(from.relations).toHaveLength(10);
    const datedOnly = shown({ dateFrom: '2024-01-21', includeUndated: false });
    expect(datedOnly.relations.map((r) => r.id).sort()).toEqual(
      [
        'centcom-attacked-kh',
        'iraqi-government-condemned-us',
        'rasool-condemned-us',
        'al-araji-condemned-us',
      ].sort(),
    );
  });

  it('with only an end date keeps what starts by then', () => {
    const visible = shown({ dateTo: '2020', includeUndated: false });
    expect(visible.relations.map((r) => r.id)).toEqual([
      'us-attacked-soleimani',
      'us-attacked-al-muhandis',
    ]);
  });

  it('shows nothing dated when the range holds no relation', () => {
    const visible = shown({ dateFrom: '2021', dateTo: '2023', includeUndated: false });
    expect(visible.relations).toEqual([]);
    expect(visible.actors).toHaveLength(15);
    expect(
      shown({ dateFrom: '2021', dateTo: '2023', includeUndated: false, hideUnconnected: true })
        .actors,
    ).toEqual([]);
  });

  it('drops a relation whose endpoint is not in the dataset', () => {
    const broken = {
      ...centcomKh2024,
      relations: [
        ...centcomKh2024.relations,
        { id: 'ghost', source: 'kh', target: 'nobody', type: 'attacked', evidence: [] },
      ],
    };
    expect(visibleGraph(broken, DEFAULT_FILTERS).relationIds.has('ghost')).toBe(false);
  });
});

describe('relationTypeCounts', () => {
  it('counts the built-in dataset by type', () => {
    expect(Object.fromEntries(relationTypeCounts(centcomKh2024, DEFAULT_FILTERS))).toEqual({
      attacked: 6,
      condemned: 3,
      founded: 1,
      allied: 3,
    });
  });

  it('still counts a type that is switched off, so its checkbox says what it would show', () => {
    const counts = relationTypeCounts(
      centcomKh2024,
      filters({ hiddenRelationTypes: ['attacked'] }),
    );
    expect(counts.get('attacked')).toBe(6);
  });

  it('counts under the kind and date filters', () => {
    expect(
      relationTypeCounts(centcomKh2024, filters({ hiddenActorKinds: ['person'] })).get('attacked'),
    ).toBe(4);
    const in2024 = relationTypeCounts(
      centcomKh2024,
      filters({ dateFrom: '2024', includeUndated: false }),
    );
    expect(Object.fromEntries(in2024)).toEqual({ attacked: 2, condemned: 3 });
  });
});

describe('actorKindCounts', () => {
  it('counts the built-in actors by kind', () => {
    expect(Object.fromEntries(actorKindCounts(centcomKh2024))).toEqual({
      state: 2,
      military: 3,
      facility: 1,
      person: 5,
      government: 2,
      militia: 1,
      coalition: 1,
    });
  });
});

describe('dateSpan', () => {
  it('spans a whole year, a month, or a single day', () => {
    expect(dateSpan('2024')).toEqual(['2024-01-01', '2024-12-31']);
    expect(dateSpan('2024-01')).toEqual(['2024-01-01', '2024-01-31']);
    expect(dateSpan('2024-01-24')).toEqual(['2024-01-24', '2024-01-24']);
  });

  it('ends a short month after all its days and before the next month', () => {
    const [start, end] = dateSpan('2023-02');
    expect(start).toBe('2023-02-01');
    expect('2023-02-28' <= end).toBe(true);
    expect(end < '2023-03-01').toBe(true);
  });
});

describe('inDateRange', () => {
  const on = (date: string | undefined): Relation => ({
    id: 'r',
    source: 'a',
    target: 'b',
    type: 'attacked',
    ...(date ? { date } : {}),
    evidence: [],
  });

  it('keeps a month-only date that overlaps the range at either end', () => {
    expect(inDateRange(on('2020-01'), filters({ dateFrom: '2020-01-31' }))).toBe(true);
    expect(inDateRange(on('2020-01'), filters({ dateFrom: '2020-02' }))).toBe(false);
    expect(inDateRange(on('2020-01'), filters({ dateTo: '2020-01-01' }))).toBe(true);
    expect(inDateRange(on('2020-01'), filters({ dateTo: '2019-12-31' }))).toBe(false);
  });

  it('keeps a year-only date that contains a one-day range', () => {
    expect(inDateRange(on('2024'), filters({ dateFrom: '2024-06-15', dateTo: '2024-06-15' }))).toBe(
      true,
    );
  });

  it('treats both bounds as inclusive, each at its own precision', () => {
    expect(inDateRange(on('2020-12-31'), filters({ dateTo: '2020' }))).toBe(true);
    expect(inDateRange(on('2021-01-01'), filters({ dateTo: '2020' }))).toBe(false);
    expect(inDateRange(on('2024-01-01'), filters({ dateFrom: '2024' }))).toBe(true);
    expect(inDateRange(on('2023-12-31'), filters({ dateFrom: '2024' }))).toBe(false);
    expect(inDateRange(on('2024-02-29'), filters({ dateFrom: '2024-02', dateTo: '2024-02' }))).toBe(
      true,
    );
  });

  it('keeps every dated relation when the range is open', () => {
    expect(inDateRange(on('1900'), DEFAULT_FILTERS)).toBe(true);
  });

  it('decides undated relations by "Include undated" alone', () => {
    expect(inDateRange(on(undefined), filters({ dateFrom: '2024', includeUndated: true }))).toBe(
      true,
    );
    expect(inDateRange(on(undefined), filters({ includeUndated: false }))).toBe(false);
  });
});

describe('dateExtent', () => {
  it('spans from the first to the last day any relation can mean', () => {
    expect(dateExtent(centcomKh2024)).toEqual(['2020-01-01', '2024-01-31']);
  });

  it('is undefined when nothing is dated', () => {
    const undated = { ...centcomKh2024, relations: centcomKh2024.relations.filter((r) => !r.date) };
    expect(dateExtent(undated)).toBeUndefined();
  });
});
