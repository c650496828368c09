// Views that are not on screen when the app opens, each loaded when first shown (docs/design.md
// §10: the initial JavaScript stays within its budget): the "Table" tab, the export and shortcuts
// dialogs, the details of several selected elements, and "Find path" (mounted with the side
// panels, after the graph's first painted frame).
import { lazy } from 'react';

export const TableView = lazy(() =>
  import('./table/table-view').then((m) => ({ default: m.TableView })),
);
export const ExportDialog = lazy(() =>
  import('./export/export-dialog').then((m) => ({ default: m.ExportDialog })),
);
export const ShortcutsDialog = lazy(() =>
  import('./shortcuts/shortcuts-dialog').then((m) => ({ default: m.ShortcutsDialog })),
);
export const SelectionDetails = lazy(() =>
  import('./details/selection-details').then((m) => ({ default: m.SelectionDetails })),
);
export const PathFinder = lazy(() =>
  import('./analysis/path-finder').then((m) => ({ default: m.PathFinder })),
);
