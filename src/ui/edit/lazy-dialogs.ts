// The editing dialogs, each loaded when first opened (rarely used: not in the initial JavaScript).
import { lazy } from 'react';

export const ActorDialog = lazy(() =>
  import('./actor-dialog').then((m) => ({ default: m.ActorDialog })),
);
export const RelationDialog = lazy(() =>
  import('./relation-dialog').then((m) => ({ default: m.RelationDialog })),
);
export const DeleteDialog = lazy(() =>
  import('./delete-dialog').then((m) => ({ default: m.DeleteDialog })),
);
export const HistoryDialog = lazy(() =>
  import('./history-dialog').then((m) => ({ default: m.HistoryDialog })),
);
