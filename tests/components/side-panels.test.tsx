// The side panels mount once the graph has painted, at once when the table opens first, and after
// a second at the latest.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIDE_PANELS_FALLBACK_MS, useSidePanelsAfterGraph } from '../../src/ui/use-side-panels';

describe('useSidePanelsAfterGraph', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the graph to paint, then shows the panels', () => {
    const { result } = renderHook(() => useSidePanelsAfterGraph(true));
    expect(result.current.shown).toBe(false);
    act(() => result.current.show());
    expect(result.current.shown).toBe(true);
  });

  it('shows the panels at once when the table, not the graph, opens first', () => {
    const { result } = renderHook(() => useSidePanelsAfterGraph(false));
    expect(result.current.shown).toBe(true);
  });

  it('shows the panels after the fallback delay if the graph never paints', () => {
    const { result } = renderHook(() => useSidePanelsAfterGraph(true));
    act(() => vi.advanceTimersByTime(SIDE_PANELS_FALLBACK_MS - 1));
    expect(result.current.shown).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current.shown).toBe(true);
  });

  it('keeps the same show function across renders and stays shown', () => {
    const { result, rerender } = renderHook(({ graph }) => useSidePanelsAfterGraph(graph), {
      initialProps: { graph: true },
    });
    const first = result.current.show;
    act(() => result.current.show());
    rerender({ graph: false });
    expect(result.current.show).toBe(first);
    expect(result.current.shown).toBe(true);
  });
});
