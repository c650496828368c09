// The drawing progress over the canvas (graph-view.tsx): React renders it when a sliced run starts
// and ends, and the counts in between are written into the bar directly, so no React render
// happens at each slice (one would start over the panels' deferred render, store/derived.ts).
import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useCanvasProgress } from '../../src/graph/canvas-work';
import { DrawingProgress } from '../../src/graph/graph-view';

afterEach(() => useCanvasProgress.setState({ progress: null }));

describe('DrawingProgress', () => {
  it('shows each slice’s count without rendering again, and goes when the run ends', () => {
    let renders = 0;
    render(
      <Profiler id="progress" onRender={() => renders++}>
        <DrawingProgress />
      </Profiler>,
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    const progress = (done: number) => ({ label: 'Drawing “Big”', done, total: 120_000, run: 7 });
    act(() => useCanvasProgress.setState({ progress: progress(0) }));
    const bar = screen.getByRole('progressbar', { name: 'Drawing progress' });
    const rendersWhenShown = renders;
    for (const done of [400, 12_000, 98_828]) {
      act(() => useCanvasProgress.setState({ progress: progress(done) }));
    }
    expect(renders).toBe(rendersWhenShown);
    expect((bar as HTMLProgressElement).value).toBe(98_828);
    expect(bar).toHaveAttribute('max', '120000');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Drawing “Big”: 98,828 of 120,000 actors and relationships…',
    );
    act(() => useCanvasProgress.setState({ progress: null }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
