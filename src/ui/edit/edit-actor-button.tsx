// "Edit" and "Delete" on an element's details: "Edit" opens the element's dialog (its code loads
// when first asked for); "Delete" asks first, through the app's action (as the Delete key does).
import { Suspense, useState, type ReactNode } from 'react';
import { useActionContext } from '../shortcuts/actions';
import { ActorDialog, RelationDialog } from './lazy-dialogs';

/** "Edit": the dialog `render` gives, open until it closes itself. */
function EditButton({ render }: { render: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Edit
      </button>
      {open && <Suspense fallback={null}>{render(() => setOpen(false))}</Suspense>}
    </>
  );
}

export function EditActorButton({ actorId }: { actorId: string }) {
  return <EditButton render={(close) => <ActorDialog actorId={actorId} onClose={close} />} />;
}

/** "Edit" on a relationship's details: the "Relationship" dialog. */
export function EditRelationButton({ relationId }: { relationId: string }) {
  return (
    <EditButton render={(close) => <RelationDialog relationId={relationId} onClose={close} />} />
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
