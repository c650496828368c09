// The region "Source" (docs/design.md §13): a piece of evidence read in its source's text, the paragraph
// shown and the excerpt highlighted, with "Previous evidence" / "Next evidence" through the dataset.
import { useMemo } from 'react';
import { create } from 'zustand';
import { evidenceInSources, paragraphOf, splitAtExcerpt } from '../../model/evidence-in-source';
import { useAppStore } from '../../store/app-store';

interface SourceViewState {
  /** The evidence shown: a relation and the index of its evidence. */
  shown: { readonly relationId: string; readonly index: number } | null;
  show: (relationId: string, index: number) => void;
  close: () => void;
}

export const useSourceView = create<SourceViewState>()((set) => ({
  shown: null,
  show: (relationId, index) => set({ shown: { relationId, index } }),
  close: () => set({ shown: null }),
}));

export function ShowInSourceButton({ relationId, index }: { relationId: string; index: number }) {
  const show = useSourceView((s) => s.show);
  return (
    <button type="button" className="link small" onClick={() => show(relationId, index)}>
      Show in source
    </button>
  );
}

export function SourceView() {
  const dataset = useAppStore((s) => s.dataset);
  const shown = useSourceView((s) => s.shown);
  const { show, close } = useSourceView.getState();
  const all = useMemo(() => evidenceInSources(dataset), [dataset]);
  if (!shown) return null;
  const at = all.findIndex((e) => e.relationId === shown.relationId && e.index === shown.index);
  const item = all[at];
  const relation = dataset.relations.find((r) => r.id === shown.relationId);
  const evidence = relation?.evidence[shown.index];
  const source = dataset.sources.find((s) => s.id === item?.sourceId);
  if (!item || !relation || !evidence || !source?.text) return null;
  const paragraph = paragraphOf(source.text, item.paragraph);
  const parts = splitAtExcerpt(paragraph?.text ?? '', evidence.excerpt);
  const actors = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const go = (k: number) => {
    const next = all[k];
    if (next) show(next.relationId, next.index);
  };
  return (
    <section className="source-view" role="region" aria-label="Source">
      <h3>
        {source.title}, paragraph {item.paragraph}
      </h3>
      <p className="muted small">
        Evidence {at + 1} of {all.length}: {actors.get(relation.source) ?? relation.source}{' '}
        {relation.type} {actors.get(relation.target) ?? relation.target}
      </p>
      <p className="source-paragraph">
        {parts.before}
        {parts.match && <mark>{parts.match}</mark>}
        {parts.after}
      </p>
      <div className="source-nav">
        <button type="button" disabled={at <= 0} onClick={() => go(at - 1)}>
          Previous evidence
        </button>
        <button type="button" disabled={at >= all.length - 1} onClick={() => go(at + 1)}>
          Next evidence
        </button>
        <button type="button" onClick={close}>
          Close source
        </button>
      </div>
    </section>
  );
}
