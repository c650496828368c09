// Focus on an actor's neighbourhood (1 or 2 hops), expand it ring by ring, and leave it again.
import { expandedHops, MAX_FOCUS_HOPS } from '../../model/analysis/focus';
import { useAppStore } from '../../store/app-store';
import { useActorIndex } from '../../store/derived';

/** Buttons in the details of an actor. */
export function FocusButtons({ actorId }: { actorId: string }) {
  const focus = useAppStore((s) => s.focus);
  const setFocus = useAppStore((s) => s.setFocus);
  const focusedHere = focus?.actorId === actorId;
  return (
    <div className="group-actions" role="group" aria-label="Focus">
      <button
        type="button"
        onClick={() => setFocus({ actorId, hops: 1 })}
        aria-pressed={focusedHere && focus.hops === 1}
      >
        Focus 1 hop
      </button>
      <button
        type="button"
        onClick={() => setFocus({ actorId, hops: 2 })}
        aria-pressed={focusedHere && focus.hops === 2}
      >
        Focus 2 hops
      </button>
    </div>
  );
}

/** The banner over the graph while a focus is on: what it is, "Expand", "Leave focus". */
export function FocusBanner() {
  const focus = useAppStore((s) => s.focus);
  const setFocus = useAppStore((s) => s.setFocus);
  const actors = useActorIndex();
  if (!focus) return null;
  const name = actors.get(focus.actorId)?.name ?? focus.actorId;
  return (
    <div className="focus-banner" role="status">
      <span>
        Focus: <strong>{name}</strong> and everything within {focus.hops} hop
        {focus.hops > 1 ? 's' : ''}
      </span>
      <button
        type="button"
        disabled={focus.hops >= MAX_FOCUS_HOPS}
        onClick={() => setFocus({ ...focus, hops: expandedHops(focus.hops) })}
      >
        Expand
      </button>
      <button type="button" onClick={() => setFocus(null)}>
        Leave focus
      </button>
    </div>
  );
}
