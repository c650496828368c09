import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Dataset, Relation } from '../../graph-data/schema';
import {
  actorKindCounts,
  dateExtent,
  dateSpan,
  drawnOnly,
  DEFAULT_FILTERS,
  inDateRange,
  relationMask,
  relationTypeCounts,
  sameRelationFilters,
  sameTypeCountFilters,
  visibleGraph,
  type Filters,
} from '../../src/model/filters';
import { filtersArb, smallDatasetArb } from './fixtures/filter-arbitraries';

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

  it('keeps a relation that touches the range on its first or last day, month ends included', () => {
    const dated = (id: string, date: string): Relation => ({
      id,
      source: 'kh',
      target: 'iran',
      type: 'attacked',
      date,
      evidence: [],
    });
    const dataset = {
      ...centcomKh2024,
      relations: [
        dated('feb', '2020-02'),
        dated('leap-day', '2020-02-29'),
        dated('march', '2020-03-01'),
        dated('2019', '2019'),
      ],
    };
    const ids = (f: Partial<Filters>) =>
      visibleGraph(dataset, filters(f)).relations.map((r) => r.id);
    expect(ids({ dateFrom: '2020-02-29' })).toEqual(['feb', 'leap-day', 'march']);
    expect(ids({ dateFrom: '2020-03' })).toEqual(['march']);
    expect(ids({ dateTo: '2020-02-29' })).toEqual(['feb', 'leap-day', '2019']);
    expect(ids({ dateTo: '2020-02-01' })).toEqual(['feb', '2019']);
    expect(ids({ dateTo: '2020-01-31' })).toEqual(['2019']);
    expect(ids({ dateFrom: '2019-12-31', dateTo: '2019-12-31' })).toEqual(['2019']);
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

/** The rules in their plainest form, one relation at a time: what the fast passes must match. */
function passesPlainly(
  dataset: Dataset,
  r: Relation,
  filters: Filters,
  parts = { types: true, kinds: true, dates: true },
): boolean {
  const kindOf = new Map(dataset.actors.map((a) => [a.id, a.kind]));
  if (parts.types && filters.hiddenRelationTypes.includes(r.type)) return false;
  if (parts.kinds) {
    const kinds = [kindOf.get(r.source), kindOf.get(r.target)];
    if (kinds.some((k) => k === undefined || filters.hiddenActorKinds.includes(k))) return false;
  }
  return !parts.dates || inDateRange(r, filters);
}

describe('the filters on any small dataset', () => {
  it('show exactly the relations and actors the plain rules pass', () => {
    fc.assert(
      fc.property(smallDatasetArb(), filtersArb, (dataset, f) => {
        const visible = visibleGraph(dataset, f);
        const relations = dataset.relations.filter((r) => passesPlainly(dataset, r, f));
        expect(visible.relations).toEqual(relations);
        expect([...visible.relationIds]).toEqual(relations.map((r) => r.id));
        const ends = new Set(relations.flatMap((r) => [r.source, r.target]));
        const actors = dataset.actors.filter(
          (a) => !f.hiddenActorKinds.includes(a.kind) && (!f.hideUnconnected || ends.has(a.id)),
        );
        expect(visible.actors).toEqual(actors);
        expect([...visible.actorIds]).toEqual(actors.map((a) => a.id));
      }),
      { numRuns: 300 },
    );
  });

  it('count each type under every filter but the type filter', () => {
    fc.assert(
      fc.property(smallDatasetArb(), filtersArb, (dataset, f) => {
        const expected = new Map<string, number>();
        for (const r of dataset.relations) {
          if (!passesPlainly(dataset, r, { ...f, hiddenRelationTypes: [] })) continue;
          expected.set(r.type, (expected.get(r.type) ?? 0) + 1);
        }
        // In the same order too: the order types are first met among the counted relations.
        expect([...relationTypeCounts(dataset, f)]).toEqual([...expected]);
      }),
      { numRuns: 300 },
    );
  });

  it('mark each relation by whether the chosen parts of the filters pass it', () => {
    const partsArb = fc.record({ types: fc.boolean(), kinds: fc.boolean(), dates: fc.boolean() });
    fc.assert(
      fc.property(smallDatasetArb(), filtersArb, partsArb, (dataset, f, parts) => {
        const plain = dataset.relations.map((r) => (passesPlainly(dataset, r, f, parts) ? 1 : 0));
        expect([...relationMask(dataset, f, parts)]).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });

  it('follow a new dataset even when it is a changed copy of one already filtered', () => {
    const first = visibleGraph(centcomKh2024, DEFAULT_FILTERS);
    const fewer = { ...centcomKh2024, relations: centcomKh2024.relations.slice(0, 5) };
    expect(first.relations).toHaveLength(13);
    expect(visibleGraph(fewer, DEFAULT_FILTERS).relations).toHaveLength(5);
    const renamed = { ...centcomKh2024, title: 'Renamed' };
    expect(visibleGraph(renamed, DEFAULT_FILTERS).relations).toEqual(first.relations);
  });
});

describe('sameRelationFilters', () => {
  const base = filters({ hiddenActorKinds: ['person'], dateFrom: '2020' });
  const all = { types: true, kinds: true, dates: true };

  it('holds for equal filters, whether or not they are the same object', () => {
    expect(sameRelationFilters(base, { ...base }, all)).toBe(true);
    expect(sameRelationFilters(base, { ...base, hiddenActorKinds: ['person'] }, all)).toBe(true);
    // "Hide unconnected" hides actors, never relations.
    expect(sameRelationFilters(base, { ...base, hideUnconnected: true }, all)).toBe(true);
  });

  it('fails when any part in use differs', () => {
    expect(sameRelationFilters(base, { ...base, hiddenRelationTypes: ['allied'] }, all)).toBe(
      false,
    );
    expect(sameRelationFilters(base, { ...base, hiddenActorKinds: [] }, all)).toBe(false);
    expect(sameRelationFilters(base, { ...base, dateFrom: '2021' }, all)).toBe(false);
    expect(sameRelationFilters(base, { ...base, dateTo: '2021' }, all)).toBe(false);
    expect(sameRelationFilters(base, { ...base, includeUndated: false }, all)).toBe(false);
  });

  it('ignores the parts not in use', () => {
    const noDates = { types: true, kinds: true, dates: false };
    expect(sameRelationFilters(base, { ...base, dateFrom: '2021' }, noDates)).toBe(true);
    expect(sameRelationFilters(base, { ...base, includeUndated: false }, noDates)).toBe(true);
  });

  it('lets the type counts stay when only the type filter changes', () => {
    expect(sameTypeCountFilters(base, { ...base, hiddenRelationTypes: ['attacked'] })).toBe(true);
    expect(sameTypeCountFilters(base, { ...base, hiddenActorKinds: [] })).toBe(false);
    expect(sameTypeCountFilters(base, { ...base, dateTo: '2024' })).toBe(false);
  });

  it('gives the same type counts for filters that differ only in the type filter', () => {
    fc.assert(
      fc.property(smallDatasetArb(), filtersArb, filtersArb, (dataset, a, other) => {
        const b = { ...a, hiddenRelationTypes: other.hiddenRelationTypes };
        expect(sameTypeCountFilters(a, b)).toBe(true);
        expect(relationTypeCounts(dataset, b)).toEqual(relationTypeCounts(dataset, a));
      }),
      { numRuns: 200 },
    );
  });
});

describe('drawn relations: one rule', () => {
  it('shows a relation only with both its ends, under any filters', () => {
    fc.assert(
      fc.property(smallDatasetArb(), filtersArb, (dataset, filters) => {
        const visible = visibleGraph(dataset, filters);
        for (const r of visible.relations) {
          expect(visible.actorIds.has(r.source) && visible.actorIds.has(r.target)).toBe(true);
        }
        expect(new Set(visible.relations.map((r) => r.id))).toEqual(visible.relationIds);
      }),
    );
  });

  it('drops a relation whose end is not shown, and leaves a whole graph as it is', () => {
    const [a, b] = centcomKh2024.actors;
    const r = centcomKh2024.relations.find((x) => x.source === a!.id || x.target === a!.id)!;
    const graph = {
      actors: [a!, b!],
      relations: [r],
      actorIds: new Set([a!.id]),
      relationIds: new Set([r.id]),
    };
    expect(drawnOnly(graph).relations).toEqual([]);
    expect(drawnOnly(graph).relationIds.size).toBe(0);
    const whole = { ...graph, actorIds: new Set([r.source, r.target]) };
    expect(drawnOnly(whole)).toBe(whole);
  });
});
