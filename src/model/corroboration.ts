// What a relation's evidence says about its support (docs/design.md §14): how many sources back it, and
// the dates other sources give when they disagree. Small and pure: the canvas and the table read it.
import type { Relation } from '../../graph-data/schema';

/** The attribute that lists the dates other sources give for the same relation. */
export const OTHER_DATES = 'otherDates';

export const listOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];

/** Dates other sources give for the same relation; empty when none disagrees. */
export const otherDatesOf = (relation: Relation): readonly string[] =>
  listOf(relation.attributes?.[OTHER_DATES]);

/** How many distinct sources support a relation. */
export function sourceCount(relation: Relation): number {
  if (relation.evidence.length <= 1) return relation.evidence.length;
  return new Set(relation.evidence.map((e) => e.source)).size;
}
