// Warns when imported datasets could not be saved or loaded; the data stays open in memory.
import { useStorageWarning } from '../../store/persistence';

export function StorageNotice() {
  const warning = useStorageWarning((s) => s.warning);
  const dismiss = useStorageWarning((s) => s.dismiss);
  if (!warning) return null;
  return (
    <div className="storage-notice">
      <p role="alert">{warning}</p>
      <button type="button" className="link" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
