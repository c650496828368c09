// Messages not tied to one panel (ignored link values, storage problems), each dismissible.
import { useAppStore } from '../../store/app-store';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p key={n.id} className={`notice-line ${n.kind}`}>
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
