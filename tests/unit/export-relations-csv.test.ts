// CSV export of relations: the columns the CSV import reads, so an import gives back the same relations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Dataset } from '../../graph-data/schema';
import { endpointLabels, relationsToCsv } from '../../src/model/export/relations-csv';
import { importFile } from '../../src/model/import/detect';
import { datasetArb } from './fixtures/dataset-arbitraries';

/** What a CSV keeps of each relation: its ends as written, type, date and summary. */
function csvView(dataset: Dataset, label: (id: string) => string) {
  return dataset.relations.map((r) => [
    label(r.source),
    label(r.target),
    r.type,
    r.date,
    r.summary || undefined,
  ]);
}

function reimport(text: string): Dataset {
  const result = importFile('relations.csv', text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.dataset;
}

const nameOf = (dataset: Dataset) => {
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return (id: string) => names.get(id) ?? `?${id}`;
};

describe('relationsToCsv', () => {
  it('writes a header and one row per relation, actors by name', () => {
    const text = relationsToCsv(centcomKh2024);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('source,target,type,date,summary');
    expect(lines[1]).toBe(
      'U.S. Central Command,Kataib Hezbollah,attacked,2024-01-24,"US forces struck Kataib Hezbollah headquarters, storage and training sites tied to its rockets, missiles and one-way attack drones."',
    );
    expect(lines).toHaveLength(centcomKh2024.relations.length + 2);
  });

  it('gives back the built-in relations when imported', () => {
    const back = reimport(relationsToCsv(centcomKh2024));
    expect(csvView(back, nameOf(back))).toEqual(csvView(centcomKh2024, nameOf(centcomKh2024)));
  });

  it('exports only the shown relations when asked', () => {
    const only = { relationIds: new Set(['centcom-attacked-kh']) };
    expect(relationsToCsv(centcomKh2024, { only }).split('\r\n')).toHaveLength(3);
  });

  it('writes ids instead of names when two exported actors share a name', () => {
    const dataset: Dataset = {
      ...centcomKh2024,
      actors: centcomKh2024.actors.map((a) => (a.id === 'kh' ? { ...a, name: 'Iran' } : a)),
    };
    const label = endpointLabels(dataset, dataset.relations);
    expect(label('kh')).toBe('kh');
    expect(relationsToCsv(dataset).split('\r\n')[1]).toMatch(/^centcom,kh,attacked,/);
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    const dataset: Dataset = {
      ...centcomKh2024,
      actors: centcomKh2024.actors.map((a) =>
        a.id === 'kh' ? { ...a, name: '=HYPERLINK("x")' } : a,
      ),
    };
    const text = relationsToCsv(dataset);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(reimport(text).actors.map((a) => a.name)).toContain('=HYPERLINK("x")');
  });

  it('round trip: any dataset exported as CSV and imported gives the same relations', () => {
    fc.assert(
      fc.property(datasetArb({ csvSafe: true }), (dataset) => {
        fc.pre(dataset.relations.length > 0);
        const back = reimport(relationsToCsv(dataset));
        const label = endpointLabels(dataset, dataset.relations);
        expect(csvView(back, nameOf(back))).toEqual(csvView(dataset, label));
      }),
      { numRuns: 150 },
    );
  });
});
