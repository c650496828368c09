// "Merge into…" on an actor's details: opens its dialog, whose code loads when first asked for.
import { Suspense, useState } from 'react';
import { MergeActorDialog } from './lazy-merge';

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
