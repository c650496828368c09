// "Attach text" on a source (docs/design.md §13): the user pastes or opens the source's text, and its
// evidence can then be read in it ("Show in source").
import { lazy, Suspense, useState } from 'react';
import { useSourceView } from './source-view';

const AttachTextDialog = lazy(() =>
  import('./attach-text-dialog').then((m) => ({ default: m.AttachTextDialog })),
);

export function AttachTextButton({
  sourceId,
  sourceTitle,
  relationId,
  index,
}: {
  sourceId: string;
  sourceTitle: string;
  relationId: string;
  index: number;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link small" onClick={() => setOpen(true)}>
        Attach text
      </button>
      {open && (
        <Suspense fallback={null}>
          <AttachTextDialog
            sourceId={sourceId}
            sourceTitle={sourceTitle}
            onClose={() => setOpen(false)}
            onAttached={() => useSourceView.getState().show(relationId, index)}
          />
        </Suspense>
      )}
    </>
  );
}
