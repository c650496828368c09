// What an import is doing and what became of it: progress and success as status messages, every
// located problem of a refused file in an alert.
import { lazy, Suspense, useEffect } from 'react';
import { useImportStatus, type ImportOutcome } from './import-files';

// Most imports ask nothing: the question dialogs load when one is asked, not with the page.
const ImportQuestionDialog = lazy(() =>
  import('./import-question').then((m) => ({ default: m.ImportQuestionDialog })),
);
import { visibleProblems } from './problem-list';
import './import.css';

const SUCCESS_SHOWN_MS = 8000;

function Refused({ outcome }: { outcome: Extract<ImportOutcome, { ok: false }> }) {
  const { lines, more } = visibleProblems(outcome.problems);
  const count = lines.length + more;
  return (
    <div role="alert" className="import-refused">
      <p>
        <strong>Could not import {outcome.fileName}</strong>: nothing was changed.{' '}
        {count === 1 ? 'One problem:' : `${count} problems:`}
      </p>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {more > 0 && <p>and {more} more</p>}
    </div>
  );
}

export function ImportNotices() {
  const busy = useImportStatus((s) => s.busy);
  const outcomes = useImportStatus((s) => s.outcomes);
  const dismiss = useImportStatus((s) => s.dismiss);
  const imported = outcomes.filter((o) => o.ok === true);
  const refused = outcomes.filter((o) => o.ok === false);
  const cancelled = outcomes.filter((o) => o.ok === 'cancelled');
  const question = useImportStatus((s) => s.question);
  // Success needs no action: it goes after a while. Problems stay until dismissed.
  const onlySuccess = !busy && outcomes.length > 0 && refused.length === 0;
  useEffect(() => {
    if (!onlySuccess) return;
    const timer = setTimeout(dismiss, SUCCESS_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [onlySuccess, outcomes, dismiss]);
  if (question) {
    return (
      <Suspense fallback={null}>
        <ImportQuestionDialog />
      </Suspense>
    );
  }
  if (!busy && outcomes.length === 0) return null;
  return (
    <section className="import-notices" aria-label="Import">
      {busy && (
        <div role="status" className="import-progress">
          Importing… {busy.percent}%
          <progress max={100} value={busy.percent} aria-label={`Importing ${busy.fileName}`} />
        </div>
      )}
      {imported.length > 0 && (
        <p role="status">
          {imported
            .map(
              (o) =>
                `Imported “${o.title}” from ${o.fileName}${o.notices ? ` (${o.notices.join('; ')})` : ''}.`,
            )
            .join(' ')}
        </p>
      )}
      {cancelled.length > 0 && (
        <p role="status">
          {cancelled
            .map((o) => `Import of ${o.fileName} cancelled: nothing was changed.`)
            .join(' ')}
        </p>
      )}
      {refused.map((o, i) => (
        <Refused key={i} outcome={o} />
      ))}
      {!busy && (
        <button type="button" className="link" onClick={dismiss}>
          Dismiss
        </button>
      )}
    </section>
  );
}
