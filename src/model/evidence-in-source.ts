// Evidence read in its source's text (docs/design.md §13 "Show in source"): every piece of evidence whose
// source keeps a text, in reading order, and where its excerpt sits in the paragraph.
import type { Dataset } from '../../graph-data/schema';
import { paragraphsOf, type Paragraph } from './paragraphs';

export interface EvidenceAt {
  readonly relationId: string;
  /** Index in the relation's evidence list. */
  readonly index: number;
  readonly sourceId: string;
  readonly paragraph: number;
}

/** The evidence that can be shown in its source, by source, then paragraph, then relation order. */
export function evidenceInSources(dataset: Dataset): EvidenceAt[] {
  const withText = new Map(dataset.sources.filter((s) => s.text).map((s, i) => [s.id, i]));
  const found: EvidenceAt[] = [];
  for (const r of dataset.relations)
    r.evidence.forEach((e, index) => {
      if (withText.has(e.source) && e.paragraph !== undefined)
        found.push({ relationId: r.id, index, sourceId: e.source, paragraph: e.paragraph });
    });
  return found.sort(
    (a, b) => withText.get(a.sourceId)! - withText.get(b.sourceId)! || a.paragraph - b.paragraph,
  );
}

/** A paragraph split around its excerpt, for highlighting; the whole paragraph when not found. */
export function splitAtExcerpt(
  paragraph: string,
  excerpt: string | undefined,
): { readonly before: string; readonly match: string; readonly after: string } {
  const at = excerpt ? paragraph.indexOf(excerpt) : -1;
  if (at < 0 || !excerpt) return { before: paragraph, match: '', after: '' };
  return {
    before: paragraph.slice(0, at),
    match: excerpt,
    after: paragraph.slice(at + excerpt.length),
  };
}

/** The paragraph a piece of evidence names in a source text, if there is one. */
export function paragraphOf(text: string, number: number): Paragraph | undefined {
  return paragraphsOf(text)[number - 1];
}
