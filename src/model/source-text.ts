// "Attach text" (docs/design.md §13): a text stored on a source, so its evidence can be read in it.
// The store commits it like any edit (a built-in dataset's first edit goes into its copy, §12).
import type { Dataset } from '../../graph-data/schema';
import { checkReportText } from './draft/report-input';
import { changeHead, type DatasetDiff } from './document';
import { paragraphsOf } from './paragraphs';

export type AttachResult =
  | { readonly ok: true; readonly diff: DatasetDiff }
  | { readonly ok: false; readonly message: string };

/**
 * The diff that keeps `text` on source `sourceId`, or why not: an empty text, or one with fewer
 * paragraphs than the source's evidence names (it would not be the same report).
 */
export function attachSourceText(dataset: Dataset, sourceId: string, text: string): AttachResult {
  const refused = checkReportText(text);
  if (refused) return { ok: false, message: refused.replace('The report', 'The text') };
  const count = paragraphsOf(text).length;
  const highest = Math.max(
    0,
    ...dataset.relations.flatMap((r) =>
      r.evidence.filter((e) => e.source === sourceId).map((e) => e.paragraph ?? 0),
    ),
  );
  if (highest > count)
    return {
      ok: false,
      message: `The evidence names paragraph ${highest}, but this text has ${count} paragraph${count === 1 ? '' : 's'}: is it the same report?`,
    };
  const sources = dataset.sources.map((s) => (s.id === sourceId ? { ...s, text } : s));
  return { ok: true, diff: changeHead(dataset, { ...dataset, sources }) };
}
