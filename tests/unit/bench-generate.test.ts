// The benchmark's generated datasets are valid Actor Graph JSON, the same for the same seed, and
// use every relation type, actor kind and date form; the ?data= loader only reads this origin.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACTOR_KINDS, BUILT_IN_RELATION_TYPES } from '../../graph-data/schema';
import { generateDataset } from '../../bench/generate-dataset';
import { validateDataset } from '../../src/model/import/validate';
import { sameOriginUrl } from '../../src/store/load-from-url';

describe('generateDataset', () => {
  const dataset = generateDataset({ actors: 1000, relations: 4000, seed: 7 });

  it('makes a valid dataset of the asked size', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.ok).toBe(true);
    expect(dataset.actors).toHaveLength(1000);
    expect(dataset.relations).toHaveLength(4000);
  });

  it('gives the same dataset for the same seed and another for another seed', () => {
    expect(generateDataset({ actors: 1000, relations: 4000, seed: 7 })).toEqual(dataset);
    expect(generateDataset({ actors: 1000, relations: 4000, seed: 8 })).not.toEqual(dataset);
  });

  it('uses every built-in kind and type, and every date form', () => {
    expect(new Set(dataset.actors.map((a) => a.kind))).toEqual(new Set(BUILT_IN_ACTOR_KINDS));
    expect(new Set(dataset.relations.map((r) => r.type))).toEqual(new Set(BUILT_IN_RELATION_TYPES));
    const forms = new Set(dataset.relations.map((r) => (r.date ? r.date.length : 0)));
    expect(forms).toEqual(new Set([0, 4, 7, 10]));
    expect(dataset.relations.some((r) => r.dateInferred)).toBe(true);
  });
});

describe('sameOriginUrl', () => {
  const base = 'https://app.example/actor-graph/?data=x';
  it('resolves relative addresses against the page', () => {
    expect(sameOriginUrl('data/big.json', base)?.href).toBe(
      'https://app.example/actor-graph/data/big.json',
    );
  });
  it('refuses absolute, protocol-relative and other-scheme addresses', () => {
    for (const bad of [
      'https://evil.example/x.json',
      '//evil.example/x',
      'javascript:alert(1)',
      ' ',
      'data:,{}',
    ]) {
      expect(sameOriginUrl(bad, base)).toBeNull();
    }
  });
});
