// Cytoscape.js and Cytoscape desktop JSON import: the docs/design.md §8 mapping, every shape of file, located problems.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { cytoscapeToDataset } from '../../src/model/import/cytoscape-json';
import { importFile } from '../../src/model/import/detect';
import type { ImportResult } from '../../src/model/import/validate';

const GOOD = join(import.meta.dirname, 'fixtures', 'good');

const datasetOf = (result: ImportResult): Dataset => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.dataset;
};

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const nodes = [
  { data: { id: 'kh', name: 'Kataib Hezbollah', kind: 'militia' }, position: { x: 1, y: 2 } },
  { data: { id: 'iri', label: 'Islamic Resistance in Iraq' }, position: { x: 3, y: 4 } },
];
const edges = [{ data: { id: 'e1', source: 'kh', target: 'iri', type: 'member of' } }];

describe('cytoscapeToDataset', () => {
  it('reads cy.json() output, {elements: [...]}, a bare array and {nodes, edges} alike', () => {
    const shapes = [
      { elements: { nodes, edges } },
      { elements: [...nodes, ...edges] },
      [
        ...nodes.map((n) => ({ group: 'nodes', ...n })),
        ...edges.map((e) => ({ group: 'edges', ...e })),
      ],
      { nodes, edges },
    ];
    const results = shapes.map((shape) =>
      datasetOf(cytoscapeToDataset(shape, { fileName: 'g.json' })),
    );
    for (const dataset of results) {
      expect(dataset.actors.map((a) => [a.id, a.name, a.kind])).toEqual([
        ['kh', 'Kataib Hezbollah', 'militia'],
        ['iri', 'Islamic Resistance in Iraq', 'other'],
      ]);
      expect(dataset.relations.map((r) => [r.id, r.source, r.target, r.type])).toEqual([
        ['e1', 'kh', 'iri', 'member of'],
      ]);
    }
  });

  it('takes the name from name, else label, else the id', () => {
    const dataset = datasetOf(
      cytoscapeToDataset([
        { data: { id: 'a', name: 'Named', label: 'Labelled' } },
        { data: { id: 'b', label: 'Labelled' } },
        { data: { id: 'c' } },
      ]),
    );
    expect(dataset.actors.map((a) => a.name)).toEqual(['Named', 'Labelled', 'c']);
    expect({ ...dataset.actors[0]!.attributes }).toEqual({ label: 'Labelled' });
  });

  it('takes the type from type, else interaction, else label, else related', () => {
    const dataset = datasetOf(
      cytoscapeToDataset({
        nodes: [{ data: { id: 'a' } }, { data: { id: 'b' } }],
        edges: [
          { data: { id: 'e1', source: 'a', target: 'b', type: 'funds', interaction: 'pp' } },
          { data: { id: 'e2', source: 'a', target: 'b', interaction: 'pp', label: 'x' } },
          { data: { id: 'e3', source: 'a', target: 'b', label: 'Attacked' } },
          { data: { id: 'e4', source: 'a', target: 'b' } },
        ],
      }),
    );
    expect(dataset.relations.map((r) => r.type)).toEqual(['funds', 'pp', 'attacked', 'related']);
    expect(dataset.relationTypes).toEqual([
      { id: 'funds', label: 'funds', directed: true },
      { id: 'pp', label: 'pp', directed: true },
      { id: 'related', label: 'related', directed: false },
    ]);
    expect({ ...dataset.relations[0]!.attributes }).toEqual({ interaction: 'pp' });
  });

  it('declares kinds it meets and matches built-in kinds in any case', () => {
    const dataset = datasetOf(
      cytoscapeToDataset([
        { data: { id: 'a', kind: 'ministry' } },
        { data: { id: 'b', kind: 'State' } },
        { data: { id: 'c', kind: 7 } },
      ]),
    );
    expect(dataset.actors.map((a) => a.kind)).toEqual(['ministry', 'state', 'other']);
    expect(dataset.actorKinds).toEqual([{ id: 'ministry', label: 'ministry' }]);
    expect({ ...dataset.actors[2]!.attributes }).toEqual({ kind: 7 });
  });

  it('keeps parents and positions, and generates ids for edges without one', () => {
    const dataset = datasetOf(
      cytoscapeToDataset([
        { data: { id: 'iri' }, position: { x: 10, y: -5.5 } },
        { data: { id: 'kh', parent: 'iri' }, position: { x: 0, y: 0 } },
        { data: { source: 'kh', target: 'iri' } },
        { data: { source: 'iri', target: 'kh' } },
      ]),
    );
    expect(dataset.actors[1]).toMatchObject({ parent: 'iri', position: { x: 0, y: 0 } });
    expect(dataset.actors[0]!.position).toEqual({ x: 10, y: -5.5 });
    expect(dataset.relations.map((r) => r.id)).toEqual(['edge-1', 'edge-2']);
  });

  it('turns numeric ids into text', () => {
    const dataset = datasetOf(
      cytoscapeToDataset({
        elements: [{ data: { id: 1 } }, { data: { id: 2 } }, { data: { source: 1, target: 2 } }],
      }),
    );
    expect(dataset.relations[0]).toMatchObject({ source: '1', target: '2' });
  });

  it('gives every relation the file as its source', () => {
    const dataset = datasetOf(cytoscapeToDataset({ nodes, edges }, { fileName: 'net.json' }));
    expect(dataset.sources).toEqual([{ id: 'file', title: 'net.json' }]);
    expect(dataset.relations[0]!.evidence).toEqual([{ source: 'file' }]);
  });

  it('drops data keys that would pollute objects, keeping the rest as attributes', () => {
    const input = JSON.parse(
      '[{"data": {"id": "a", "__proto__": {"x": 1}, "constructor": "c", "score": 0.5, "tags": ["x"], "meta": {"deep": [1]}}}]',
    ) as unknown;
    const dataset = datasetOf(cytoscapeToDataset(input));
    expect(plain(dataset.actors[0]!.attributes)).toEqual({
      score: 0.5,
      tags: ['x'],
      meta: '{"deep":[1]}',
    });
  });

  it('locates problems in the user file, not in the dataset', () => {
    const result = cytoscapeToDataset({
      elements: {
        nodes: [{ data: { id: 'a', name: 'x'.repeat(501) } }, { data: { id: 'a' } }],
        edges: [{ data: { id: 'e', source: 'a', target: 'zz', interaction: 'y'.repeat(600) } }],
      },
    });
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'elements.edges[0].data.interaction: longer than 500 characters (600)',
      'elements.nodes[0].data.name: longer than 500 characters (501)',
      "elements.nodes[1].data.id: duplicate id 'a' (also elements.nodes[0])",
      "elements.edges[0].data.target: no actor 'zz'",
    ]);
  });
});

describe('a Cytoscape desktop .cyjs export', () => {
  const text = readFileSync(join(GOOD, 'kh-strikes-cytoscape-3.10.cyjs'), 'utf8');
  const dataset = datasetOf(importFile('kh-strikes-cytoscape-3.10.cyjs', text));

  it('is named after the network and the file', () => {
    expect(dataset.title).toBe('KH strikes January 2024');
    expect(dataset.id).toBe('kh-strikes-cytoscape-3-10');
  });

  it('gives every actor its position, name and kind', () => {
    expect(dataset.actors).toHaveLength(6);
    expect(dataset.actors.every((a) => a.position !== undefined)).toBe(true);
    const kh = dataset.actors.find((a) => a.name === 'Kataib Hezbollah')!;
    expect(kh).toMatchObject({ id: '162', kind: 'militia', position: { x: 180.25, y: 40 } });
    expect(plain(kh.attributes)).toEqual({
      shared_name: 'Kataib Hezbollah',
      SUID: 162,
      selected: false,
      founded: 2003,
      aliases: ['KH', "Kata'ib Hizballah"],
    });
    expect(dataset.actorKinds).toEqual([{ id: 'site', label: 'site' }]);
  });

  it('takes relation types from the interaction, declaring the new ones', () => {
    expect(dataset.relations.map((r) => r.type)).toEqual([
      'attacked',
      'struck',
      'condemned',
      'member of',
      'supports',
    ]);
    expect(dataset.relationTypes?.map((t) => t.id)).toEqual(['struck', 'member of', 'supports']);
    expect(plain(dataset.relations[0]!.attributes)).toEqual({
      shared_name: 'U.S. Central Command (attacked) Kataib Hezbollah',
      shared_interaction: 'attacked',
      name: 'U.S. Central Command (attacked) Kataib Hezbollah',
      SUID: 176,
      selected: false,
    });
  });
});
