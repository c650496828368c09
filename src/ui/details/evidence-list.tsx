// The evidence behind a relation: source, paragraph, the supporting sentence and any quoted words.
import type { Dataset, Evidence } from '../../../graph-data/schema';
import { safeHref } from '../../model/safe-url';
import { AttachTextButton } from './attach-text';
import { ShowInSourceButton } from './source-view';

export function EvidenceList({
  dataset,
  evidence,
  relationId,
}: {
  dataset: Dataset;
  evidence: readonly Evidence[];
  /** The relation the evidence belongs to: with it, evidence in a kept text opens in that text. */
  relationId?: string;
}) {
  return (
    <ul className="evidence">
      {evidence.map((e, i) => {
        const source = dataset.sources.find((s) => s.id === e.source);
        const href = safeHref(source?.url);
        const title = source?.title ?? e.source;
        return (
          <li key={i}>
            <span className="evidence-source">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                title
              )}
              {e.paragraph !== undefined && <>, paragraph {e.paragraph}</>}
            </span>
            {e.excerpt && <blockquote className="evidence-excerpt">{e.excerpt}</blockquote>}
            {e.quote && <q className="evidence-quote">{e.quote}</q>}
            {relationId && source?.text && e.paragraph !== undefined && (
              <ShowInSourceButton relationId={relationId} index={i} />
            )}
            {relationId && source && !source.text && e.paragraph !== undefined && (
              <AttachTextButton
                sourceId={source.id}
                sourceTitle={source.title}
                relationId={relationId}
                index={i}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function RelationDate({ date, inferred }: { date?: string; inferred?: boolean }) {
  if (!date) return <span className="muted">undated</span>;
  return (
    <time dateTime={date} title={inferred ? 'Date implied by the source, not stated' : undefined}>
      {date}
      {inferred && <span className="inferred"> (inferred)</span>}
    </time>
  );
}
