// The merging dialogs, each loaded when first opened: the matcher and the preview are not in the
// initial JavaScript (docs/design.md, "Budgets").
import { lazy } from 'react';

export const MergeDialog = lazy(() =>
  import('./merge-dialog').then((m) => ({ default: m.MergeDialog })),
);
export const MergeActorDialog = lazy(() =>
  import('./merge-actor-dialog').then((m) => ({ default: m.MergeActorDialog })),
);
export const Corroboration = lazy(() =>
  import('./merge-panels').then((m) => ({ default: m.Corroboration })),
);
export const SourcesFilter = lazy(() =>
  import('./merge-panels').then((m) => ({ default: m.SourcesFilter })),
);
