// "Merge into…" on an actor's details, and "Merge datasets…" on the open dataset's: each opens its
// dialog, whose code loads when first asked for.
import { Suspense, useState } from 'react';
import { actionById, useActionContext } from '../shortcuts/actions';
import { MergeActorDialog } from './lazy-merge';

/** "Merge datasets…": the registry's action (App opens the dialog). */
export function MergeDatasetsButton() {
  const context = useActionContext();
  const action = actionById('merge-datasets');
  return (
    <button type="button" title={action.label} onClick={() => action.run(context)}>
      Merge datasets…
    </button>
  );
}

export function MergeIntoButton({ actorId }: { actorId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Merge into…
      </button>
      {open && (
        <Suspense fallback={null}>
          <MergeActorDialog actorId={actorId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
