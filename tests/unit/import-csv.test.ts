// CSV edge-list and Gephi edge-table import: columns by name, actors from names, located header and row problems.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { csvToDataset } from '../../src/model/import/csv';
import { importFile } from '../../src/model/import/detect';
import type { ImportResult } from '../../src/model/import/validate';

const datasetOf = (result: ImportResult): Dataset => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.dataset;
};
const problemsOf = (result: ImportResult) =>
  result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);

describe('csvToDataset', () => {
  it('reads source, target, type, date and summary, matching column names ignoring case', () => {
    const dataset = datasetOf(
      csvToDataset(
        'Summary, SOURCE ,Target,type,Date\n' +
          '"Strikes on three sites, at night",CENTCOM,Kataib Hezbollah,attacked,2024-01-23\n' +
          'Called it a violation,Iraqi government,CENTCOM,condemned,2024-01\n',
        { fileName: 'edges.csv' },
      ),
    );
    expect(dataset.actors).toEqual([
      { id: 'centcom', name: 'CENTCOM', kind: 'other' },
      { id: 'kataib-hezbollah', name: 'Kataib Hezbollah', kind: 'other' },
      { id: 'iraqi-government', name: 'Iraqi government', kind: 'other' },
    ]);
    expect(dataset.relations).toEqual([
      {
        id: 'row-2',
        source: 'centcom',
        target: 'kataib-hezbollah',
        type: 'attacked',
        date: '2024-01-23',
        summary: 'Strikes on three sites, at night',
        evidence: [{ source: 'file' }],
      },
      {
        id: 'row-3',
        source: 'iraqi-government',
        target: 'centcom',
        type: 'condemned',
        date: '2024-01',
        summary: 'Called it a violation',
        evidence: [{ source: 'file' }],
      },
    ]);
    expect(dataset.sources).toEqual([{ id: 'file', title: 'edges.csv' }]);
    expect(dataset.title).toBe('edges');
  });

  it('gives distinct names distinct, stable ids even when their slugs collide', () => {
    const text =
      'source,target,type\nAl-Asad,al asad,allied\nÉtat,Etat,allied\nحزب الله,!!!,allied\n';
    const dataset = datasetOf(csvToDataset(text));
    expect(dataset.actors.map((a) => [a.name, a.id])).toEqual([
      ['Al-Asad', 'al-asad'],
      ['al asad', 'al-asad-2'],
      ['État', 'etat'],
      ['Etat', 'etat-2'],
      ['حزب الله', 'حزب-الله'],
      ['!!!', 'actor'],
    ]);
    expect(datasetOf(csvToDataset(text))).toEqual(dataset);
  });

  it('declares the types it meets; a missing type column or empty type means related', () => {
    const dataset = datasetOf(csvToDataset('source,target,type\nA,B,funds\nB,C,\nC,A,ATTACKED\n'));
    expect(dataset.relations.map((r) => r.type)).toEqual(['funds', 'related', 'attacked']);
    expect(dataset.relationTypes).toEqual([
      { id: 'funds', label: 'funds', directed: true },
      { id: 'related', label: 'related', directed: false },
    ]);
    const untyped = datasetOf(csvToDataset('source,target\nA,B\n'));
    expect(untyped.relations[0]!.type).toBe('related');
  });

  it('reads semicolon- and tab-separated files', () => {
    for (const d of [';', '\t']) {
      const dataset = datasetOf(csvToDataset(`source${d}target${d}type\nA${d}B${d}allied\n`));
      expect(dataset.relations[0]).toMatchObject({ source: 'a', target: 'b', type: 'allied' });
    }
  });

  it('skips blank rows, tolerates padding cells and a byte-order mark', () => {
    const dataset = datasetOf(csvToDataset('\uFEFFsource,target,type\r\n\r\nA,B,allied,,\r\n'));
    expect(dataset.relations).toHaveLength(1);
  });

  it('names a wrong header and each bad row, and lists them all', () => {
    expect(problemsOf(csvToDataset('from,target,type\nA,B,allied\n'))).toEqual([
      "header: missing column 'source'",
    ]);
    expect(problemsOf(csvToDataset('source,target,source\nA,B,C\n'))).toEqual([
      "header: column 'source' appears twice",
    ]);
    expect(
      problemsOf(
        csvToDataset(
          `source,target,type,date,summary\n,B,allied,,\nA,,allied,2024-02-30,\nA,B,${'t'.repeat(501)},,\nA,B,allied,,${'s'.repeat(20001)}\n`,
        ),
      ),
    ).toEqual([
      'row 2: missing source',
      'row 3: missing target',
      "row 3: date '2024-02-30' is not a real day",
      'row 4: type longer than 500 characters (501)',
      'row 5: summary longer than 20000 characters (20001)',
    ]);
  });

  it('refuses a header without rows', () => {
    expect(problemsOf(csvToDataset('source,target,type\n'))).toEqual([
      'file: no rows below the header',
    ]);
  });

  it('reports an unterminated quote with its row', () => {
    expect(problemsOf(csvToDataset('source,target,type\nA,B,allied\n"C,D,allied\n'))).toEqual([
      'row 3: Quoted field unterminated',
    ]);
  });

  it('keeps other columns as attributes, never under a polluting key', () => {
    const dataset = datasetOf(
      csvToDataset('source,target,type,note,__proto__\nA,B,allied,seen twice,x\n'),
    );
    expect(JSON.parse(JSON.stringify(dataset.relations[0]!.attributes))).toEqual({
      note: 'seen twice',
    });
  });

  it('takes off the quote that guards formula-like text', () => {
    const dataset = datasetOf(
      csvToDataset("source,target,type,summary\n'=A,'+B,allied,'-1 dead\n"),
    );
    expect(dataset.actors.map((a) => a.name)).toEqual(['=A', '+B']);
    expect(dataset.relations[0]!.summary).toBe('-1 dead');
  });
});

describe('Gephi edge tables', () => {
  const file = join(import.meta.dirname, 'fixtures', 'good', 'kh-strikes-gephi-edges.csv');
  const dataset = datasetOf(importFile('kh-strikes-gephi-edges.csv', readFileSync(file, 'utf8')));

  it('take the relation type from Label, else related', () => {
    expect(dataset.relations.map((r) => r.type)).toEqual([
      'attacked',
      'struck',
      'condemned',
      'related',
      'supports',
      'allied',
    ]);
  });

  it('take the direction of declared types from Type', () => {
    expect(dataset.relationTypes).toEqual([
      { id: 'struck', label: 'struck', directed: true },
      { id: 'related', label: 'related', directed: false },
      { id: 'supports', label: 'supports', directed: true },
    ]);
  });

  it('keep Id as the relation id and Weight as a number attribute', () => {
    expect(dataset.relations.map((r) => r.id)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect({ ...dataset.relations[4]!.attributes }).toEqual({ Weight: 2.5 });
  });

  it('create one actor per name', () => {
    expect(dataset.actors.map((a) => a.name)).toEqual([
      'U.S. Central Command',
      'Kataib Hezbollah',
      'Jurf al-Sakhar',
      'Iraqi government',
      'Islamic Resistance in Iraq',
      'Iran',
      'Harakat al-Nujaba',
    ]);
  });
});
