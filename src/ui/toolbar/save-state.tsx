// The save state beside the history buttons (docs/design.md §12): "Saved", "Saving…", or "Not
// saved — kept in memory" when storage fails or another tab holds a newer format. A polite live
// region; "Saving…" shows only once a write has lasted a moment, so a quick one does not flicker.
import { useEffect, useState } from 'react';
import { useSaveState } from '../../store/save-status';
import type { SaveState as State } from '../../store/write-queue';

const TEXT: Record<State, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  failed: 'Not saved — kept in memory',
  stopped: 'Not saved — kept in memory',
};

/** How long a write runs before "Saving…" is shown (ms). */
const SAVING_SHOWN_AFTER = 250;

export function SaveState() {
  const { state, settled, write } = useSaveState();
  /** The write that has lasted long enough to be shown. */
  const [long, setLong] = useState(0);
  useEffect(() => {
    if (state !== 'saving') return;
    const timer = setTimeout(() => setLong(write), SAVING_SHOWN_AFTER);
    return () => clearTimeout(timer);
  }, [state, write]);
  const shown = state === 'saving' && long !== write ? settled : state;
  return (
    <span
      role="status"
      aria-live="polite"
      className={`save-state ${shown}`}
      title={
        shown === 'stopped' ? 'A newer version of Actor Graph keeps the saved data' : undefined
      }
    >
      {TEXT[shown]}
    </span>
  );
}
