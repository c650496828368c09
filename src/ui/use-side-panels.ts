// When the filters and details panels mount: just after the graph's first painted frame.
import { useCallback, useEffect, useState } from 'react';

/** How long the side panels wait for the graph's first picture before they mount anyway. */
export const SIDE_PANELS_FALLBACK_MS = 1000;

/**
 * The graph is what a user opens the app for, so it is drawn first and the side panels mount in
 * the task after its first painted frame (docs/design.md §10: the built-in graph was painted about 20 ms
 * sooner, median of 40 interleaved loads each way). They sit in fixed-width grid columns, so the
 * graph's size does not change when they arrive. With the table open at load they mount at once;
 * if the graph never paints, after a second.
 *
 * `show` is stable: pass it as the graph's `onPainted`.
 */
export function useSidePanelsAfterGraph(graphFirst: boolean): {
  shown: boolean;
  show: () => void;
} {
  const [shown, setShown] = useState(!graphFirst);
  const show = useCallback(() => setShown(true), []);
  useEffect(() => {
    if (shown) return;
    const timer = setTimeout(show, SIDE_PANELS_FALLBACK_MS);
    return () => clearTimeout(timer);
  }, [shown, show]);
  return { shown, show };
}
