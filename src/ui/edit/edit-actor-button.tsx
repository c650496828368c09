// "Edit" on an actor's details: opens the "Actor" dialog, whose code loads when first asked for.
import { lazy, Suspense, useState } from 'react';

const ActorDialog = lazy(() => import('./actor-dialog').then((m) => ({ default: m.ActorDialog })));

export function EditActorButton({ actorId }: { actorId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Edit
      </button>
      {open && (
        <Suspense fallback={null}>
          <ActorDialog actorId={actorId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
