// Actor Graph JSON export: everything or only what is shown, and an import gives back the same dataset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Dataset } from '../../graph-data/schema';
import { datasetToJson } from '../../src/model/export/dataset-json';
import { importFile } from '../../src/model/import/detect';
import { validateDataset } from '../../src/model/import/validate';
import { datasetArb } from './fixtures/dataset-arbitraries';

const reimport = (text: string): Dataset => {
  const result = importFile('export.json', text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.dataset;
};

describe('datasetToJson', () => {
  it('writes pretty Actor Graph JSON that imports as the same dataset', () => {
    const text = datasetToJson(centcomKh2024);
    expect(text.startsWith('{\n  "format": "actor-graph",\n  "version": 1,\n  "id": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(reimport(text)).toEqual(centcomKh2024);
  });

  it('writes only what is shown, and what it writes is still a valid dataset', () => {
    const actorIds = new Set(['centcom', 'kh', 'iraqi-government']);
    const relationIds = new Set(['centcom-attacked-kh', 'kh-attacked-us-forces']);
    const shown = reimport(datasetToJson(centcomKh2024, { only: { actorIds, relationIds } }));
    expect(shown.actors.map((a) => a.id)).toEqual(['centcom', 'kh', 'iraqi-government']);
    // The second relation's target is not shown, so it stays out.
    expect(shown.relations.map((r) => r.id)).toEqual(['centcom-attacked-kh']);
    // CENTCOM's parent is not shown: the link is dropped rather than left dangling.
    expect(shown.actors[0]!.parent).toBeUndefined();
    expect(shown.sources.map((s) => s.id)).toEqual(['report']);
  });

  it('keeps only the declared types and kinds still in use', () => {
    const dataset: Dataset = {
      ...centcomKh2024,
      relationTypes: [
        { id: 'funds', label: 'funds', directed: true },
        { id: 'trains', label: 'trains', directed: true },
      ],
      actorKinds: [{ id: 'ministry', label: 'ministry' }],
      relations: [
        ...centcomKh2024.relations,
        {
          id: 'iran-funds-kh',
          source: 'iran',
          target: 'kh',
          type: 'funds',
          evidence: [{ source: 'report' }],
        },
      ],
    };
    expect(validateDataset(JSON.parse(datasetToJson(dataset))).ok).toBe(true);
    const only = {
      actorIds: new Set(['iran', 'kh']),
      relationIds: new Set(['iran-funds-kh']),
    };
    const shown = reimport(datasetToJson(dataset, { only }));
    expect(shown.relationTypes).toEqual([{ id: 'funds', label: 'funds', directed: true }]);
    expect(shown.actorKinds).toBeUndefined();
  });

  it('escapes U+FFFD, which the importer reads as a sign of a mis-decoded file', () => {
    const dataset = { ...centcomKh2024, title: 'Broken \uFFFD character' };
    const text = datasetToJson(dataset);
    expect(text).not.toContain('\uFFFD');
    expect(reimport(text).title).toBe('Broken \uFFFD character');
  });

  it('round trip: any valid dataset exported and imported again is deep-equal to itself', () => {
    fc.assert(
      fc.property(datasetArb(), (dataset) => {
        expect(validateDataset(dataset)).toEqual({ ok: true, dataset });
        expect(reimport(datasetToJson(dataset))).toEqual(dataset);
      }),
      { numRuns: 150 },
    );
  });
});

describe('datasetToJson and source texts', () => {
  it('keeps a source text and evidence excerpts through export and import', () => {
    const dataset: Dataset = {
      ...centcomKh2024,
      id: 'with-text',
      sources: [{ ...centcomKh2024.sources[0]!, text: 'P1\nP2\nP3\nP4\nP5\nP6\nP7\nP8' }],
      relations: centcomKh2024.relations.map((r) => ({
        ...r,
        evidence: r.evidence.map((e) => ({ ...e, excerpt: `P${e.paragraph}` })),
      })),
    };
    expect(reimport(datasetToJson(dataset))).toEqual(dataset);
  });
});
