// "Undo" and "Redo": each button's name says what it will undo or redo ("Undo edit Kataib
// Hezbollah"); the keys are the action registry's (Ctrl/⌘+Z, Ctrl/⌘+Shift+Z, Ctrl+Y).
import { EMPTY_HISTORY, useAppStore } from '../../store/app-store';
import { actionById } from '../shortcuts/actions';

export function HistoryButtons() {
  const history = useAppStore((s) => s.histories[s.dataset.id] ?? EMPTY_HISTORY);
  const undoStep = useAppStore((s) => s.undo);
  const redoStep = useAppStore((s) => s.redo);
  const undo = history.past.at(-1);
  const redo = history.future.at(-1);
  const keys = (id: string) => actionById(id).keys.join(', ');
  return (
    <>
      <button
        type="button"
        disabled={!undo}
        aria-label={undo ? `Undo ${undo.label}` : 'Undo'}
        title={`${undo ? `Undo ${undo.label}` : 'Nothing to undo'} (${keys('undo')})`}
        onClick={undoStep}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!redo}
        aria-label={redo ? `Redo ${redo.label}` : 'Redo'}
        title={`${redo ? `Redo ${redo.label}` : 'Nothing to redo'} (${keys('redo')})`}
        onClick={redoStep}
      >
        Redo
      </button>
    </>
  );
}
