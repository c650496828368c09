// Marks for the benchmark (docs/design.md §10): moments its runner reads with `performance.getEntriesByName`.

/** Mark `name` now, keeping one entry per name, so marks never pile up over a session. */
export function markMoment(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}
