import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, dateSpan, type Filters } from '../../src/model/filters';
import {
  filtersOfUrlState,
  isPartialDate,
  MAX_QUERY_LENGTH,
  MAX_VALUE_LENGTH,
  parseUrlState,
  serialiseUrlState,
  urlStateOfFilters,
  type UrlState,
} from '../../src/model/url-state';

describe('serialiseUrlState', () => {
  it('writes a compact, readable query string', () => {
    const search = serialiseUrlState({
      dataset: 'centcom-kh-2024',
      hiddenTypes: ['condemned', 'allied'],
      from: '2024-01',
      selected: { kind: 'actor', id: 'kh' },
    });
    expect(search).toBe('?dataset=centcom-kh-2024&hide=condemned,allied&from=2024-01&sel=actor:kh');
  });

  it('writes every setting a view can carry', () => {
    const search = serialiseUrlState({
      dataset: 'd',
      hiddenTypes: ['attacked'],
      hiddenKinds: ['person', 'state'],
      from: '2020',
      to: '2024-01-31',
      undated: false,
      unconnected: false,
      selected: { kind: 'relation', id: 'centcom-attacked-kh' },
      focus: { id: 'kh', hops: 2 },
      layout: 'concentric',
      sizeBy: 'betweenness',
    });
    expect(search).toBe(
      '?dataset=d&hide=attacked&hidekinds=person,state&from=2020&to=2024-01-31&undated=hide' +
        '&unconnected=hide&sel=relation:centcom-attacked-kh&focus=kh:2&layout=concentric&size=betweenness',
    );
  });

  it('leaves out defaults, so the default view has an empty query', () => {
    expect(serialiseUrlState({})).toBe('');
    expect(serialiseUrlState({ hiddenTypes: [], undated: true, unconnected: true })).toBe('');
  });

  it('encodes what would break the query, and keeps a comma inside a name', () => {
    const search = serialiseUrlState({
      dataset: 'my data & more',
      hiddenTypes: ['funded, armed', 'trained'],
      selected: { kind: 'actor', id: 'a=b' },
    });
    expect(search).toBe(
      '?dataset=my%20data%20%26%20more&hide=funded%2C%20armed,trained&sel=actor:a%3Db',
    );
    expect(parseUrlState(search).state).toEqual({
      dataset: 'my data & more',
      hiddenTypes: ['funded, armed', 'trained'],
      selected: { kind: 'actor', id: 'a=b' },
    });
  });

  it('does not throw on an id holding a lone surrogate', () => {
    expect(() => serialiseUrlState({ dataset: 'x\uD800y' })).not.toThrow();
  });
});

/** A name as an imported dataset might use: any well-formed text, including , : & = % + #. */
const name = fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' });
const partialDate = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.constantFrom(1, 2, 3),
  )
  .map(([y, m, d, parts]) => {
    const date = new Date(0);
    date.setUTCFullYear(y, m, 0);
    const day = Math.min(d, date.getUTCDate());
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const full = `${pad(y, 4)}-${pad(m, 2)}-${pad(day, 2)}`;
    return full.slice(0, parts === 1 ? 4 : parts === 2 ? 7 : 10);
  });

/** Views in their one canonical form: defaults absent, the range not reversed. */
const urlState: fc.Arbitrary<UrlState> = fc
  .record(
    {
      dataset: name,
      hiddenTypes: fc.uniqueArray(name, { minLength: 1, maxLength: 5 }),
      hiddenKinds: fc.uniqueArray(name, { minLength: 1, maxLength: 5 }),
      from: partialDate,
      to: partialDate,
      undated: fc.constant(false),
      unconnected: fc.constant(false),
      selected: fc.record({
        kind: fc.constantFrom('actor' as const, 'relation' as const),
        id: name,
      }),
      focus: fc.record({ id: name, hops: fc.integer({ min: 1, max: 5 }) }),
      layout: fc.stringMatching(/^[a-z][a-z0-9-]{0,39}$/),
      sizeBy: fc.constantFrom('degree' as const, 'betweenness' as const),
      grouped: fc.constant(true),
    },
    { requiredKeys: [] },
  )
  .map((s) => {
    if (s.from && s.to && dateSpan(s.from)[0] > dateSpan(s.to)[1]) {
      return { ...s, from: s.to, to: s.from };
    }
    return s;
  });

describe('parseUrlState', () => {
  it('reads back every view it wrote, with no notices', () => {
    fc.assert(
      fc.property(urlState, (state) => {
        const parsed = parseUrlState(serialiseUrlState(state));
        expect(parsed.state).toEqual(state);
        expect(parsed.notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, and whatever it keeps writes and reads back unchanged', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('&', '=', '%', '%2', '%E0%A4%A', ',', ':', '+', '#', '?', '%3A', '%2C'),
      fc.constantFrom(
        'dataset=',
        'hide=',
        'hidekinds=',
        'from=',
        'to=',
        'undated=',
        'unconnected=',
        'sel=',
        'sel=actor:',
        'focus=',
        'layout=',
        'size=',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const parsed = parseUrlState(pieces.join(''));
        const again = parseUrlState(serialiseUrlState(parsed.state));
        expect(again.state).toEqual(parsed.state);
        expect(again.notices).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a query with or without its "?", ignoring a fragment and "+" as a space', () => {
    expect(parseUrlState('dataset=mine').state).toEqual({ dataset: 'mine' });
    expect(parseUrlState('?dataset=my+data#top').state).toEqual({ dataset: 'my data' });
    expect(parseUrlState('').state).toEqual({});
    expect(parseUrlState('?').notices).toEqual([]);
  });

  it('accepts an explicit default and leaves it out', () => {
    const parsed = parseUrlState('?undated=show&unconnected=show&size=none');
    expect(parsed.state).toEqual({});
    expect(parsed.notices).toEqual([]);
  });

  it('accepts a range whose ends are given at different precisions', () => {
    expect(parseUrlState('?from=2024-03&to=2024').state).toEqual({ from: '2024-03', to: '2024' });
    expect(parseUrlState('?from=2024-01-31&to=2024-01').state).toEqual({
      from: '2024-01-31',
      to: '2024-01',
    });
  });

  it('keeps an id that holds a colon, in a selection and in a focus', () => {
    expect(parseUrlState('?sel=actor:a:b&focus=x:y:3').state).toEqual({
      selected: { kind: 'actor', id: 'a:b' },
      focus: { id: 'x:y', hops: 3 },
    });
  });

  it('drops empty and repeated names from a list', () => {
    expect(parseUrlState('?hide=a,,b,a').state).toEqual({ hiddenTypes: ['a', 'b'] });
  });
});

describe('parseUrlState rejects, with a notice each', () => {
  const rejects = (search: string, notice: RegExp, kept: UrlState = {}) => {
    const parsed = parseUrlState(search);
    expect(parsed.state).toEqual(kept);
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toMatch(notice);
  };

  it.each([
    '2024-13',
    '2024-02-30',
    '2023-02-29',
    '24-01',
    '2024-1',
    '2024-01-01T00:00',
    'soon',
    '2024-00',
  ])('the date "%s"', (date) => {
    rejects(`?from=${date}`, /“from”.*not a date/);
    rejects(`?to=${date}`, /“to”.*not a date/);
  });

  it('a range that ends before it starts', () => {
    rejects('?from=2024-02&to=2024-01', /ends \(2024-01\) before it starts \(2024-02\)/);
  });

  it('a selection of an unknown kind or with no id', () => {
    rejects('?sel=node:kh', /“sel”.*actor:<id>/);
    rejects('?sel=kh', /“sel”.*actor:<id>/);
    rejects('?sel=actor:', /“sel”.*no id/);
  });

  it.each(['kh:0', 'kh:6', 'kh:-1', 'kh:1.5', 'kh:two', 'kh:', 'kh:001'])(
    'the focus "%s"',
    (focus) => {
      rejects(`?focus=${focus}`, /“focus”/);
    },
  );

  it('a focus without hops or without an actor', () => {
    rejects('?focus=kh', /“focus”.*<actor id>:<hops>/);
    rejects('?focus=:2', /“focus”.*<actor id>:<hops>/);
  });

  it('a value too long to be real', () => {
    rejects(`?dataset=${'a'.repeat(MAX_VALUE_LENGTH + 1)}&layout=grid`, /“dataset”.*too long/, {
      layout: 'grid',
    });
  });

  it('a query string too long to read at all', () => {
    rejects(`?hide=${'a,'.repeat(MAX_QUERY_LENGTH)}`, /too long/);
  });

  it('a list of more names than any dataset has types', () => {
    rejects(`?hide=${Array.from({ length: 201 }, (_, i) => `t${i}`).join(',')}`, /more than 200/);
  });

  it('a repeated setting, keeping the first', () => {
    rejects('?hide=attacked&hide=allied', /repeated “hide”/, { hiddenTypes: ['attacked'] });
  });

  it('an unknown setting', () => {
    rejects('?dataset=d&utm_source=mail', /unknown setting “utm_source”/, { dataset: 'd' });
  });

  it('a value that is not correctly percent-encoded', () => {
    rejects('?dataset=%E0%A4%A', /“dataset”.*not correctly encoded/);
    rejects('?hide=a,%ZZ', /“hide”.*not correctly encoded/);
    rejects('?dataset=%ED%A0%80', /“dataset”.*not correctly encoded/);
  });

  it('a setting with no value', () => {
    rejects('?dataset=', /“dataset”.*no value/);
    rejects('?hide', /“hide”.*no value/);
  });

  it('yes/no words other than "hide" and "show"', () => {
    rejects('?undated=0', /“undated”.*“hide” or “show”/);
    rejects('?unconnected=yes', /“unconnected”.*“hide” or “show”/);
  });

  it('an unknown size measure or a layout name that is not one', () => {
    rejects('?size=pagerank', /“size”.*degree/);
    rejects('?layout=<script>', /“layout”.*not a layout name/);
  });

  it('each bad value on its own, keeping the good ones', () => {
    const parsed = parseUrlState('?dataset=d&from=2024-99&sel=edge:x&focus=kh:9&to=2024');
    expect(parsed.state).toEqual({ dataset: 'd', to: '2024' });
    expect(parsed.notices).toHaveLength(3);
  });
});

describe('isPartialDate', () => {
  it('knows leap years', () => {
    expect(isPartialDate('2024-02-29')).toBe(true);
    expect(isPartialDate('2000-02-29')).toBe(true);
    expect(isPartialDate('1900-02-29')).toBe(false);
  });
});

describe('filters in the URL', () => {
  it('carries nothing for the default filters, and reads nothing back as the defaults', () => {
    expect(urlStateOfFilters(DEFAULT_FILTERS)).toEqual({});
    expect(filtersOfUrlState({})).toEqual(DEFAULT_FILTERS);
  });

  it('carries every filter there and back', () => {
    const filters: Filters = {
      hiddenRelationTypes: ['condemned'],
      hiddenActorKinds: ['person'],
      dateFrom: '2024-01',
      dateTo: '2024-01-31',
      includeUndated: false,
      hideUnconnected: true,
    };
    const search = serialiseUrlState(urlStateOfFilters(filters));
    expect(search).toBe(
      '?hide=condemned&hidekinds=person&from=2024-01&to=2024-01-31&undated=hide&unconnected=hide',
    );
    expect(filtersOfUrlState(parseUrlState(search).state)).toEqual(filters);
  });
});
