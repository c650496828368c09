// The toolbar's "New from report" button. The dialog, the drafter and compromise load on first
// click (docs/design.md §10: drafting is a rarely used part and stays out of the initial JavaScript).
import { lazy, Suspense, useState } from 'react';

const NewFromReportDialog = lazy(() =>
  import('./new-from-report-dialog').then((m) => ({ default: m.NewFromReportDialog })),
);

export function NewFromReportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        title="Draft a new dataset from a news report's text"
      >
        New from report
      </button>
      {open && (
        <Suspense fallback={null}>
          <NewFromReportDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
