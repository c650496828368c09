// GEXF and GraphML export: what is shown or everything, and a re-import that gives back the same
// actors, relations, types, positions and attributes (property tests over generated datasets).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Attributes, Dataset } from '../../graph-data/schema';
import { datasetToGexf, datasetToGraphml, FIELD_NAMES } from '../../src/model/export/graph-xml';
import { importFile } from '../../src/model/import/detect';
import { datasetArb } from './fixtures/dataset-arbitraries';

const builtInDirected = (type: string) => type !== 'allied';

/** Attributes without the names the importer reads as fields (documented in FIELD_NAMES). */
function keptAttributes(attributes: Attributes | undefined, reserved: readonly string[]) {
  const kept = Object.entries(attributes ?? {}).filter(
    ([key]) => !reserved.some((r) => r.toLowerCase() === key.toLowerCase()),
  );
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** What the two formats carry: everything but evidence, sources and the vocabulary's looks. */
function carried(dataset: Dataset) {
  const directed = new Map((dataset.relationTypes ?? []).map((t) => [t.id, t.directed]));
  return {
    actors: dataset.actors
      .map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        shortName: a.shortName,
        aliases: a.aliases,
        description: a.description,
        parent: a.parent,
        position: a.position,
        attributes: keptAttributes(a.attributes, FIELD_NAMES.node),
      }))
      .sort((x, y) => (x.id < y.id ? -1 : 1)),
    relations: dataset.relations.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      directed: directed.get(r.type) ?? builtInDirected(r.type),
      date: r.date,
      dateInferred: r.date !== undefined && r.dateInferred === true ? true : undefined,
      summary: r.summary,
      attributes: keptAttributes(r.attributes, FIELD_NAMES.edge),
    })),
  };
}

/** The generated dataset as an analyst could have it: no attribute named like a field. */
const withoutFieldNames = (d: Dataset): Dataset => ({
  ...d,
  actors: d.actors.map((a) => {
    const attributes = keptAttributes(a.attributes, FIELD_NAMES.node);
    const { attributes: _drop, ...rest } = a;
    return attributes ? { ...rest, attributes } : rest;
  }),
  relations: d.relations.map((r) => {
    const attributes = keptAttributes(r.attributes, FIELD_NAMES.edge);
    const { attributes: _drop, ...rest } = r;
    return attributes ? { ...rest, attributes } : rest;
  }),
});

describe.each([
  ['GraphML', 'graph.graphml', datasetToGraphml],
  ['GEXF', 'graph.gexf', datasetToGexf],
] as const)('%s export', (_format, fileName, write) => {
  it('re-imports to the same actors, relations, types, positions and attributes', () => {
    fc.assert(
      fc.property(datasetArb().map(withoutFieldNames), (dataset) => {
        const result = importFile(fileName, write(dataset));
        if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
        expect(carried(result.dataset)).toEqual(carried(dataset));
      }),
      { numRuns: 150 },
    );
  });

  it('the built-in dataset comes back with every actor, relation, date and position', () => {
    const result = importFile(fileName, write(centcomKh2024));
    expect(result.ok && carried(result.dataset)).toEqual(carried(centcomKh2024));
    expect(result.ok && result.dataset.title).toBe(centcomKh2024.title);
  });

  it('writes only what is shown when asked', () => {
    const only = {
      actorIds: new Set(['centcom', 'kh']),
      relationIds: new Set(centcomKh2024.relations.map((r) => r.id)),
    };
    const result = importFile(fileName, write(centcomKh2024, { only }));
    expect(result.ok && result.dataset.actors.map((a) => a.id).sort()).toEqual(['centcom', 'kh']);
    expect(result.ok && result.dataset.relations.every((r) => only.actorIds.has(r.source))).toBe(
      true,
    );
  });
});

describe('what Gephi reads', () => {
  it('GEXF carries colour, size and weight in the places Gephi draws them from', () => {
    const dataset: Dataset = {
      ...centcomKh2024,
      actors: centcomKh2024.actors.map((a, i) =>
        i === 0 ? { ...a, attributes: { color: '#d8482d', size: 22.5 } } : a,
      ),
      relations: centcomKh2024.relations.map((r, i) =>
        i === 0 ? { ...r, attributes: { weight: 8 } } : r,
      ),
    };
    const gexf = datasetToGexf(dataset);
    expect(gexf).toContain('<viz:color r="216" g="72" b="45"/>');
    expect(gexf).toContain('<viz:size value="22.5"/>');
    expect(gexf).toMatch(/<edge [^>]*label="attacked"[^>]* weight="8"/);
    expect(gexf).toMatch(/<edge [^>]*label="allied" type="undirected"/);
  });

  it('GraphML declares each key with its type and marks undirected edges', () => {
    const graphml = datasetToGraphml(centcomKh2024);
    expect(graphml).toContain('<key id="x" for="node" attr.name="x" attr.type="double"/>');
    expect(graphml).toMatch(/<edge [^>]*directed="false">\n\s*<data key="type">allied<\/data>/);
    // Parents as nested graphs: CENTCOM inside the United States.
    expect(graphml).toMatch(
      /<node id="united-states">[\s\S]*?<graph id="united-states::"[\s\S]*?<node id="centcom">/,
    );
  });

  it('GraphML nests a group of 200,000 actors, in order', () => {
    // More members than a call takes arguments: steps.push(...members) threw a RangeError.
    const members = Array.from({ length: 200_000 }, (_, i) => ({
      id: `m${i}`,
      name: `Member ${i}`,
      kind: 'person',
      parent: 'group',
    }));
    const dataset: Dataset = {
      ...centcomKh2024,
      actors: [{ id: 'group', name: 'Group', kind: 'coalition' }, ...members],
      relations: [],
    };
    const graphml = datasetToGraphml(dataset);
    const first = graphml.indexOf('<node id="m0">');
    expect(graphml.indexOf('<graph id="group::"')).toBeLessThan(first);
    expect(first).toBeLessThan(graphml.indexOf('<node id="m1">'));
    expect(graphml.indexOf('<node id="m199998">')).toBeLessThan(
      graphml.indexOf('<node id="m199999">'),
    );
  });
});
