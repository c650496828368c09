// Actor Graph JSON validation: every problem listed with its place, the dataset built only when there are none.
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import {
  formatPath,
  isPartialDate,
  LIMITS,
  MAX_LISTED_PROBLEMS,
  validateDataset,
  type ImportResult,
} from '../../src/model/import/validate';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const minimal = () => ({
  format: 'actor-graph',
  version: 1,
  id: 'test',
  title: 'Test',
  sources: [{ id: 'rep', title: 'Report' }],
  actors: [
    { id: 'a', name: 'Alpha', kind: 'state' },
    { id: 'b', name: 'Beta', kind: 'militia' },
  ],
  relations: [
    {
      id: 'r1',
      source: 'a',
      target: 'b',
      type: 'attacked',
      evidence: [{ source: 'rep', paragraph: 2 }],
    },
  ],
});

const problemsOf = (result: ImportResult) => {
  if (result.ok) throw new Error('expected the input to be refused');
  return result.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('validateDataset', () => {
  it('accepts the built-in dataset unchanged', () => {
    const result = validateDataset(clone(centcomKh2024));
    expect(result).toEqual({ ok: true, dataset: centcomKh2024 });
  });

  it('accepts a minimal dataset', () => {
    expect(validateDataset(minimal()).ok).toBe(true);
  });

  it('refuses input that is not an object, at the file', () => {
    expect(problemsOf(validateDataset(42))).toEqual(['file: expected an object, got 42']);
  });

  it('names the missing and wrong top-level fields', () => {
    const problems = problemsOf(validateDataset({ format: 'graph', version: 2 }));
    expect(problems).toEqual([
      "format: expected 'actor-graph', got 'graph'",
      'version: unsupported version 2: this app reads version 1',
      'id: required',
      'title: required',
      'actors: required',
      'relations: required',
    ]);
  });

  it('lists every problem, type errors and references together, in file order', () => {
    const input = minimal();
    Object.assign(input.actors[0]!, { name: 7 });
    Object.assign(input.relations[0]!, { target: 'kh2', date: '2024-02-30' });
    input.relations.push({
      id: 'r1',
      source: 'a',
      target: 'b',
      type: 'bombed',
      evidence: [{ source: 'nope', paragraph: 0 }],
    });
    expect(problemsOf(validateDataset(input))).toEqual([
      'actors[0].name: expected text, got 7',
      "relations[0].date: expected a date YYYY, YYYY-MM or YYYY-MM-DD, got '2024-02-30'",
      "relations[0].target: no actor 'kh2'",
      'relations[1].evidence[0].paragraph: must be greater than 0',
      "relations[1].id: duplicate id 'r1' (also relations[0])",
      "relations[1].type: relation type 'bombed' is neither built in nor declared in relationTypes",
      "relations[1].evidence[0].source: no source 'nope'",
    ]);
  });

  it('reports duplicate ids in actors, sources and declarations', () => {
    const input = {
      ...minimal(),
      sources: [
        { id: 'rep', title: 'Report' },
        { id: 'rep', title: 'Again' },
      ],
      relationTypes: [
        { id: 'funds', label: 'funds', directed: true },
        { id: 'funds', label: 'funds', directed: true },
      ],
    };
    input.actors.push({ id: 'a', name: 'Alpha again', kind: 'state' });
    expect(problemsOf(validateDataset(input))).toEqual([
      "sources[1].id: duplicate id 'rep' (also sources[0])",
      "relationTypes[1].id: duplicate id 'funds' (also relationTypes[0])",
      "actors[2].id: duplicate id 'a' (also actors[0])",
    ]);
  });

  it('refuses empty ids and blank names', () => {
    const input = minimal();
    Object.assign(input.actors[0]!, { id: '', name: '   ' });
    expect(problemsOf(validateDataset(input))).toEqual([
      'actors[0].id: must not be empty',
      'actors[0].name: must not be blank',
      "relations[0].source: no actor 'a'",
    ]);
  });

  it('refuses an actor id that a relation also uses, since both share the graph id space', () => {
    const input = minimal();
    input.relations[0]!.id = 'a';
    expect(problemsOf(validateDataset(input))).toEqual([
      "relations[0].id: id 'a' is also the id of actors[0]; actors and relations need different ids",
    ]);
  });

  it('reports dangling parents and each parent cycle once', () => {
    const input = minimal();
    input.actors.push(
      { id: 'c', name: 'C', kind: 'other', parent: 'd' } as never,
      { id: 'd', name: 'D', kind: 'other', parent: 'c' } as never,
      { id: 'e', name: 'E', kind: 'other', parent: 'e' } as never,
      { id: 'f', name: 'F', kind: 'other', parent: 'ghost' } as never,
    );
    expect(problemsOf(validateDataset(input))).toEqual([
      "actors[2].parent: parent cycle: 'c' → 'd' → 'c'",
      "actors[4].parent: parent cycle: 'e' → 'e'",
      "actors[5].parent: no actor 'ghost'",
    ]);
  });

  it('refuses undeclared actor kinds but accepts declared ones', () => {
    const input = minimal();
    input.actors[0]!.kind = 'ministry';
    expect(problemsOf(validateDataset(input))).toEqual([
      "actors[0].kind: actor kind 'ministry' is neither built in nor declared in actorKinds",
    ]);
    const declared = { ...input, actorKinds: [{ id: 'ministry', label: 'ministry' }] };
    expect(validateDataset(declared).ok).toBe(true);
  });

  it('refuses strings over the documented limits', () => {
    const input = minimal();
    input.actors[0]!.name = 'x'.repeat(LIMITS.name + 1);
    Object.assign(input.relations[0]!, { summary: 's'.repeat(LIMITS.text + 1) });
    Object.assign(input.relations[0]!.evidence[0]!, { quote: 'q'.repeat(LIMITS.quote + 1) });
    expect(problemsOf(validateDataset(input))).toEqual([
      'actors[0].name: longer than 500 characters (501)',
      'relations[0].summary: longer than 20000 characters (20001)',
      'relations[0].evidence[0].quote: longer than 2000 characters (2001)',
    ]);
  });

  it('refuses positions that are not finite numbers', () => {
    const input = minimal();
    Object.assign(input.actors[0]!, { position: { x: Infinity, y: '3' } });
    expect(problemsOf(validateDataset(input))).toEqual([
      'actors[0].position.x: expected a number, got Infinity',
      "actors[0].position.y: expected a number, got '3'",
    ]);
  });

  it('refuses bad colours and shapes, and stores #rgb as #rrggbb', () => {
    const bad = {
      ...minimal(),
      relationTypes: [{ id: 'funds', label: 'funds', directed: true, color: 'red' }],
      actorKinds: [{ id: 'ministry', label: 'ministry', shape: 'blob' }],
    };
    expect(problemsOf(validateDataset(bad))).toEqual([
      "relationTypes[0].color: expected a colour like #1f77b4, got 'red'",
      "actorKinds[0].shape: expected a node shape such as 'ellipse' or 'diamond', got 'blob'",
    ]);
    const good = { ...minimal(), relationTypes: [{ id: 'funds', label: 'funds', color: '#AbC' }] };
    const result = validateDataset(good);
    expect(result.ok && result.dataset.relationTypes).toEqual([
      { id: 'funds', label: 'funds', directed: true, color: '#AAbbCC' },
    ]);
  });

  it('gives relations without evidence the file itself as their source', () => {
    const input = minimal();
    const relation = input.relations[0] as { evidence?: unknown };
    delete relation.evidence;
    const result = validateDataset(input, { fileName: 'notes.json' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.sources).toEqual([
      { id: 'rep', title: 'Report' },
      { id: 'file', title: 'notes.json' },
    ]);
    expect(result.dataset.relations[0]!.evidence).toEqual([{ source: 'file' }]);
  });

  it('keeps attributes flat: lists of scalars as they are, deeper values as JSON text, null dropped', () => {
    const input = minimal();
    Object.assign(input.actors[0]!, {
      attributes: { n: 3, ok: true, tags: ['a', 1], nested: { a: [1, { b: 2 }] }, gone: null },
    });
    const result = validateDataset(input);
    expect(result.ok && { ...result.dataset.actors[0]!.attributes }).toEqual({
      n: 3,
      ok: true,
      tags: ['a', 1],
      nested: '{"a":[1,{"b":2}]}',
    });
  });

  it('reads a negative zero as 0, so the dataset saved again is the same dataset', () => {
    // `-1e-400` underflows to -0 when read; JSON writes -0 as 0.
    const input = JSON.parse('{"x": -1e-400, "list": [-0, 2]}') as { x: number; list: number[] };
    const dataset = minimal();
    Object.assign(dataset.actors[0]!, {
      attributes: input,
      position: { x: input.x, y: -0 },
    });
    const result = validateDataset(dataset);
    if (!result.ok) throw new Error('refused');
    const actor = result.dataset.actors[0]!;
    expect(Object.is(actor.attributes!.x, 0)).toBe(true);
    expect(Object.is((actor.attributes!.list as number[])[0], 0)).toBe(true);
    expect(Object.is(actor.position!.x, 0) && Object.is(actor.position!.y, 0)).toBe(true);
    expect(validateDataset(clone(result.dataset))).toEqual(result);
  });

  it('refuses __proto__, constructor and prototype keys in attributes', () => {
    const input = minimal();
    Object.assign(input.actors[0]!, {
      attributes: JSON.parse('{"__proto__": {"x": 1}, "constructor": 1, "prototype": 2, "ok": 3}'),
    });
    expect(problemsOf(validateDataset(input))).toEqual([
      "actors[0].attributes.__proto__: the key '__proto__' is not allowed: it names a built-in property of every object",
      "actors[0].attributes.constructor: the key 'constructor' is not allowed: it names a built-in property of every object",
      "actors[0].attributes.prototype: the key 'prototype' is not allowed: it names a built-in property of every object",
    ]);
  });

  it('caps the list of problems so a huge broken file still gives a readable alert', () => {
    const input = minimal();
    input.relations = Array.from({ length: MAX_LISTED_PROBLEMS + 50 }, (_, i) => ({
      id: `r${i}`,
      source: 'a',
      target: 'nobody',
      type: 'attacked',
      evidence: [{ source: 'rep', paragraph: 1 }],
    }));
    const result = validateDataset(input);
    if (result.ok) throw new Error('expected refusal');
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(result.problems.at(-1)).toEqual({ path: 'file', message: 'and 50 more problems' });
  });

  it('fills kind, type label and direction when a file leaves them out', () => {
    const input = {
      ...minimal(),
      relationTypes: [{ id: 'funds' }],
      actors: [
        { id: 'a', name: 'Alpha' },
        { id: 'b', name: 'Beta' },
      ],
    };
    const result = validateDataset(input);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.actors.map((a) => a.kind)).toEqual(['other', 'other']);
    expect(result.dataset.relationTypes).toEqual([{ id: 'funds', label: 'funds', directed: true }]);
  });
});

describe('isPartialDate', () => {
  it.each(['2024', '2024-01', '2024-01-31', '2024-02-29', '2000-02-29'])('accepts %s', (date) => {
    expect(isPartialDate(date)).toBe(true);
  });
  it.each([
    '24',
    '2024-1',
    '2024-13',
    '2024-00',
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-01-01T00:00',
  ])('refuses %s', (date) => {
    expect(isPartialDate(date)).toBe(false);
  });
});

describe('formatPath', () => {
  it('writes indices in brackets and odd keys quoted', () => {
    expect(formatPath(['relations', 3, 'target'])).toBe('relations[3].target');
    expect(formatPath(['actors', 0, 'attributes', 'first seen'])).toBe(
      'actors[0].attributes["first seen"]',
    );
    expect(formatPath([])).toBe('file');
  });
});

describe('large inputs', () => {
  it('reports a parent cycle through 100 000 actors once, without overflowing the stack', () => {
    const n = 100_000;
    const actors = Array.from({ length: n }, (_, i) => ({
      id: `a${i}`,
      name: `A ${i}`,
      parent: `a${(i + 1) % n}`,
    }));
    const result = validateDataset({ ...minimal(), actors, relations: [] });
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "actors[0].parent: parent cycle: 'a0' → 'a1' → 'a2' → … → 'a0' (100000 actors)",
    ]);
  });
});

describe('source texts and evidence excerpts (docs/design.md §4)', () => {
  it('keeps a source text and an evidence excerpt', () => {
    const input = minimal();
    Object.assign(input.sources[0]!, { text: 'Alpha met Beta.\n\nAlpha attacked Beta.' });
    Object.assign(input.relations[0]!.evidence[0]!, { excerpt: 'Alpha attacked Beta.' });
    const result = validateDataset(input);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.sources[0]!.text).toBe('Alpha met Beta.\n\nAlpha attacked Beta.');
    expect(result.dataset.relations[0]!.evidence[0]!.excerpt).toBe('Alpha attacked Beta.');
  });

  it('refuses a source text over 2 MB, an over-long excerpt and a text that is not text', () => {
    const input = minimal();
    Object.assign(input.sources[0]!, { text: 'é'.repeat(LIMITS.sourceTextBytes / 2 + 1) });
    Object.assign(input.relations[0]!.evidence[0]!, { excerpt: 'x'.repeat(LIMITS.excerpt + 1) });
    const problems = problemsOf(validateDataset(input));
    expect(problems).toContain('sources[0].text: text larger than 2 MB (2.0 MB)');
    expect(problems).toContain(
      `relations[0].evidence[0].excerpt: longer than ${LIMITS.excerpt} characters (${LIMITS.excerpt + 1})`,
    );
    const wrong = minimal();
    Object.assign(wrong.sources[0]!, { text: 42 });
    expect(problemsOf(validateDataset(wrong))[0]).toMatch(/^sources\[0\]\.text: /);
  });

  it('accepts a 2 MB text of one-byte characters', () => {
    const input = minimal();
    Object.assign(input.sources[0]!, {
      text: 'a'.repeat(LIMITS.sourceTextBytes - 8) + '\n\nb\n\nc',
    });
    expect(validateDataset(input).ok).toBe(true);
  });

  it('refuses evidence pointing past the last paragraph of a source that keeps its text', () => {
    const input = minimal();
    Object.assign(input.sources[0]!, { text: 'Only one paragraph.' });
    expect(problemsOf(validateDataset(input))).toEqual([
      "relations[0].evidence[0].paragraph: source 'rep' has 1 paragraphs, not 2",
    ]);
  });
});
