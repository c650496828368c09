// "Attach text" (docs/design.md §13): a text stored on a source, so its evidence can be read in it. A
// built-in dataset is never changed: attaching to one makes a copy "<title> (edited)" (docs/design.md §12).
import type { Dataset } from '../../graph-data/schema';
import { checkReportText } from './draft/report-input';
import { UniqueIds } from './import/unique-ids';
import { paragraphsOf } from './paragraphs';

export type AttachResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly copied: boolean }
  | { readonly ok: false; readonly message: string };

/**
 * The dataset with `text` kept on source `sourceId`, or why not: an empty text, or one with fewer
 * paragraphs than the source's evidence names (it would not be the same report).
 */
export function attachSourceText(
  dataset: Dataset,
  sourceId: string,
  text: string,
  options: { readonly builtIn: boolean; readonly existingIds: Iterable<string> },
): AttachResult {
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
  if (!options.builtIn) return { ok: true, dataset: { ...dataset, sources }, copied: false };
  const id = new UniqueIds(options.existingIds).claim(`${dataset.id}-edited`);
  return {
    ok: true,
    dataset: { ...dataset, id, title: `${dataset.title} (edited)`, sources },
    copied: true,
  };
}
