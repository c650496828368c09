// The one channel for messages not tied to one panel (ignored link values, storage problems, a
// copy opened for editing), each dismissible; a warning is also an alert.
import { useAppStore } from '../../store/app-store';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p
          key={n.id}
          className={`notice-line ${n.kind}`}
          role={n.kind === 'warning' ? 'alert' : undefined}
        >
          <span>{n.text}</span>
          <button
            type="button"
            className="icon"
            aria-label={`Dismiss: ${n.text}`}
            onClick={() => dismiss(n.id)}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
