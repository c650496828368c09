// "Edit" and "Delete" on an element's details: "Edit" opens the "Actor" dialog (its code loads when
// first asked for); "Delete" asks first, through the app's action (as the Delete key does).
import { lazy, Suspense, useState } from 'react';
import { useActionContext } from '../shortcuts/actions';

const RelationDialog = lazy(() =>
  import('./relation-dialog').then((m) => ({ default: m.RelationDialog })),
);
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

/** "Delete" for the selected element: the app asks first (naming what goes with it). */
export function DeleteButton() {
  const context = useActionContext();
  return (
    <button type="button" onClick={() => context.deleteSelection()}>
      Delete
    </button>
  );
}

/** "Edit" on a relationship's details: the "Relationship" dialog, loaded when first asked for. */
export function EditRelationButton({ relationId }: { relationId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Edit
      </button>
      {open && (
        <Suspense fallback={null}>
          <RelationDialog relationId={relationId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
