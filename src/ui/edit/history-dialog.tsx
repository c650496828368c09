// "History": the open dataset's steps, newest first, undone ones above what is done now; choosing
// one goes back (or forward) to just after it, "Start of history" to before the oldest kept step.
import { EMPTY_HISTORY, useAppStore } from '../../store/app-store';
import { Modal } from '../common/modal';

export function HistoryDialog({ onClose }: { onClose: () => void }) {
  const history = useAppStore((s) => s.histories[s.dataset.id] ?? EMPTY_HISTORY);
  const goToStep = useAppStore((s) => s.goToStep);
  const done = history.past.length;
  // Newest first: the undone steps (the next redo last), then the done ones, then the start.
  const rows = [
    ...history.future.map((entry, i) => ({ entry, applied: done + history.future.length - i })),
    ...[...history.past].reverse().map((entry, i) => ({ entry, applied: done - i })),
  ];
  return (
    <Modal title="History" onClose={onClose}>
      {rows.length === 0 ? (
        <p className="muted">No edits of this dataset yet.</p>
      ) : (
        <p className="muted small">
          Choose a step to go back to just after it; undone steps can be gone forward to again.
        </p>
      )}
      <ol className="history-list" aria-label="Steps, newest first">
        {rows.map(({ entry, applied }) => (
          <li key={applied} className={applied > done ? 'undone' : undefined}>
            <button
              type="button"
              aria-current={applied === done ? 'step' : undefined}
              onClick={() => goToStep(applied)}
            >
              {entry.label}
            </button>
            {applied === done && <span className="muted small"> now</span>}
            {applied > done && <span className="muted small"> undone</span>}
          </li>
        ))}
        <li className={done > 0 ? undefined : 'current'}>
          <button
            type="button"
            aria-current={done === 0 ? 'step' : undefined}
            onClick={() => goToStep(0)}
          >
            Start of history
          </button>
          {done === 0 && <span className="muted small"> now</span>}
        </li>
      </ol>
    </Modal>
  );
}
