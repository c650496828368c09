// Property tests: whatever is done to a valid file, the import accepts it or lists located problems, never throws.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/model/import/detect';
import { validateDataset, type ImportResult } from '../../src/model/import/validate';
import { datasetArb } from './fixtures/dataset-arbitraries';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Paths to every value inside a JSON tree, the root included. */
function pathsOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.keys(value).flatMap((k) => pathsOf(value[k]!, [...at, k]))];
  }
  return here;
}

interface Mutation {
  readonly pick: number;
  readonly op: 'replace' | 'delete' | 'duplicate' | 'proto';
  readonly value: Json;
}

/** One change at a chosen place: a new value, a removed key or item, a copy, a `__proto__` key. */
function mutate(root: Json, { pick, op, value }: Mutation): Json {
  const paths = pathsOf(root);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) return op === 'replace' ? value : root;
  const parent = path
    .slice(0, -1)
    .reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, root);
  const key = path.at(-1)!;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (op === 'delete') parent.splice(key, 1);
    else if (op === 'duplicate') parent.splice(key, 0, structuredClone(parent[key]!));
    else parent[key] = value;
  } else if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
    if (op === 'delete') delete parent[key];
    else if (op === 'proto') {
      Object.defineProperty(parent, '__proto__', {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else parent[key] = value;
  }
  return root;
}

const mutationArb = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'duplicate', 'proto'),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
});

/** Refusals name a place and a reason for each problem; acceptance yields a dataset that validates again. */
function checkOutcome(result: ImportResult): void {
  if (result.ok) {
    expect(validateDataset(JSON.parse(JSON.stringify(result.dataset)))).toEqual(result);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.path).toMatch(/\S/);
      expect(problem.message).toMatch(/\S/);
    }
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('import under random damage', () => {
  it('mutated datasets are accepted or refused with located problems, never a throw', () => {
    fc.assert(
      fc.property(
        datasetArb({ maxActors: 5, maxRelations: 6 }),
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        (dataset, mutations) => {
          let json = JSON.parse(JSON.stringify(dataset)) as Json;
          for (const m of mutations) json = mutate(json, m);
          checkOutcome(validateDataset(json));
          checkOutcome(importFile('mutated.json', JSON.stringify(json)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('mutated Cytoscape desktop files are accepted or refused with located problems', () => {
    const file = join(import.meta.dirname, 'fixtures', 'good', 'kh-strikes-cytoscape-3.10.cyjs');
    const cyjs = readFileSync(file, 'utf8');
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        let json = JSON.parse(cyjs) as Json;
        for (const m of mutations) json = mutate(json, m);
        checkOutcome(importFile('mutated.cyjs', JSON.stringify(json)));
      }),
      { numRuns: 300 },
    );
  });

  it('damaged file text is accepted or refused with located problems, never a throw', () => {
    fc.assert(
      fc.property(
        datasetArb({ maxActors: 4, maxRelations: 4 }),
        fc.array(
          fc.record({ at: fc.nat(), cut: fc.nat({ max: 4 }), insert: fc.string({ maxLength: 3 }) }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        fc.constantFrom('data.json', 'data.cyjs', 'data.csv', 'data'),
        (dataset, edits, name) => {
          let text = JSON.stringify(dataset, null, 1);
          for (const { at, cut, insert } of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + cut);
          }
          checkOutcome(importFile(name, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('arbitrary JSON values and text never make the importers throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('x.json', 'x.cyjs'), (value, name) => {
        checkOutcome(importFile(name, JSON.stringify(value) ?? 'null'));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkOutcome(importFile('x.csv', `source,target,type\n${text}`));
        checkOutcome(importFile('x', text));
      }),
      { numRuns: 300 },
    );
  });
});
