// CSV export of relations (docs/design.md §7): one row per relation, in the columns the CSV import reads back.
import Papa from 'papaparse';
import type { Dataset, Relation } from '../../../graph-data/schema';
import { FORMULA_START } from '../import/csv';
import type { ShownElements } from './dataset-json';

export const RELATION_CSV_COLUMNS = ['source', 'target', 'type', 'date', 'summary'] as const;

export interface RelationsCsvOptions {
  /** Export only these relations; by default all of them. */
  readonly only?: Pick<ShownElements, 'relationIds'>;
}

/**
 * How actors are written: by name, which is what a reader wants, when the names tell the exported
 * actors apart once trimmed (the import trims and makes one actor per name); else by id.
 */
export function endpointLabels(
  dataset: Dataset,
  relations: readonly Relation[],
): (id: string) => string {
  const ends = new Set(relations.flatMap((r) => [r.source, r.target]));
  const byId = new Map(dataset.actors.map((a) => [a.id, a.name.trim()]));
  const names = [...ends].map((id) => byId.get(id) ?? '');
  const distinct = new Set(names);
  const useNames = names.every((n) => n !== '') && distinct.size === names.length;
  return (id) => (useNames ? (byId.get(id) ?? id) : id);
}

/** A spreadsheet would run `=…`, `+…`, `-…`, `@…` as a formula; a leading `'` keeps it text. */
const guarded = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** Relations as CSV text with a header `source,target,type,date,summary`. */
export function relationsToCsv(dataset: Dataset, options: RelationsCsvOptions = {}): string {
  const only = options.only;
  const relations = only
    ? dataset.relations.filter((r) => only.relationIds.has(r.id))
    : dataset.relations;
  const label = endpointLabels(dataset, relations);
  const rows = relations.map((r) =>
    [label(r.source), label(r.target), r.type, r.date ?? '', r.summary ?? ''].map(guarded),
  );
  return `${Papa.unparse({ fields: [...RELATION_CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: false })}\r\n`;
}
