// The two datasets the merge benchmark merges (docs/design.md §10, §14): 5k actors and 20k relations each,
// sharing half their actors under other spellings ("Kataib Hezbollah 17" / "Kata'ib Hizballah 17"),
// the other half new; each with a source of its own.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../graph-data/schema';
import { generateDataset, SIZES } from './generate-dataset';

/** One name as two reports spell it; the matcher folds each pair (src/model/merge/name-variants.ts). */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['Kataib Hezbollah', "Kata'ib Hizballah"],
  ['Qassem Soleimani', 'Qasim Suleimani'],
  ['Abu Mahdi al-Muhandis', 'Abu Mehdi Muhandis'],
  ['Harakat al-Nujaba', 'Harakat Nujaba'],
  ['Asaib Ahl al-Haq', 'Asaeb Ahl al-Haq'],
  ['Kataib Sayyid al-Shuhada', "Kata'ib Sayed al-Shuhada"],
  ['Mohammed Hussein', 'Muhammad Husayn'],
  ['Hezbollah Brigade', 'Hizbullah Brigade'],
  ['Iraqi Government Office', 'the Iraqi government office'],
  ['Popular Mobilization Unit', 'Popular Mobilization unit'],
];

const nameOf = (i: number, spelling: 0 | 1) => `${SPELLINGS[i % SPELLINGS.length]![spelling]} ${i}`;

/** Dataset A, and B whose first half of actors are A's under their other spelling. */
export function mergeDatasets(): { a: Dataset; b: Dataset } {
  const counts = SIZES['5k']!;
  const a0 = generateDataset({ ...counts, seed: 1, id: 'merge-a' });
  const b0 = generateDataset({ ...counts, seed: 2, id: 'merge-b' });
  const half = Math.floor(counts.actors / 2);
  const a: Dataset = {
    ...a0,
    title: 'Merge benchmark A',
    actors: a0.actors.map((actor, i) => ({ ...actor, name: nameOf(i, 0) })),
  };
  const b: Dataset = {
    ...b0,
    title: 'Merge benchmark B',
    sources: [{ id: 'generator-b', title: 'Second benchmark source' }],
    // Shared actors keep A's kind (generateDataset gives actor i the same kind in both).
    actors: b0.actors.map(({ shortName, ...actor }, i) =>
      // Only a shared actor keeps its short name; a new one has none A could match.
      i < half
        ? { ...actor, name: nameOf(i, 1), ...(shortName && { shortName }) }
        : { ...actor, name: nameOf(i + counts.actors, 0) },
    ),
    relations: b0.relations.map((r) => ({
      ...r,
      evidence: r.evidence.map((e) => ({ ...e, source: 'generator-b' })),
    })),
  };
  return { a, b };
}

export function writeMergeDatasets(folder: string): { a: string; b: string } {
  const { a, b } = mergeDatasets();
  const files = { a: join(folder, 'merge-a.json'), b: join(folder, 'merge-b.json') };
  writeFileSync(files.a, JSON.stringify(a));
  writeFileSync(files.b, JSON.stringify(b));
  return files;
}
