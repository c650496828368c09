// The storage write queue (docs/design.md §12): one write at a time, nothing lost while a write
// runs, nothing written before the saved data has loaded or after a newer format took over,
// a flush at once when the page closes, and a failed write kept and tried again.
import { describe, expect, it } from 'vitest';
import { createWriteQueue, type SaveState } from '../../src/store/write-queue';

/** A queue of string lists whose writes the test finishes (or fails) by hand. */
function harness(options: { retryAfter?: number } = {}) {
  const writes: { changes: string[]; finish: () => void; fail: (e: unknown) => void }[] = [];
  const states: SaveState[] = [];
  const frames: (() => void)[] = [];
  const queue = createWriteQueue<string[]>({
    merge: (a, b) => [...a, ...b],
    failed: (changes) => changes.map((c) => `again ${c}`),
    onState: (s) => states.push(s),
    schedule: (flush) => frames.push(flush),
    retryAfter: options.retryAfter ?? 5,
    write: (changes) => new Promise<void>((finish, fail) => writes.push({ changes, finish, fail })),
  });
  /** The next frame is shown: scheduled flushes run. */
  const frame = () => frames.splice(0).forEach((f) => f());
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return { queue, writes, states, frame, tick };
}

describe('write queue', () => {
  it('writes nothing before start (the saved data has not loaded), then what was marked', async () => {
    const { queue, writes, frame } = harness();
    queue.mark(['early edit']);
    frame();
    queue.flushNow(); // the page is closed before it has loaded: still nothing
    expect(writes).toHaveLength(0);
    queue.start();
    frame();
    expect(writes.map((w) => w.changes)).toEqual([['early edit']]);
  });

  it('writes after the next frame, and edits within one frame go in one write', () => {
    const { queue, writes, frame } = harness();
    queue.start();
    queue.mark(['a']);
    queue.mark(['b']);
    expect(writes).toHaveLength(0);
    frame();
    expect(writes.map((w) => w.changes)).toEqual([['a', 'b']]);
  });

  it('keeps edits made while a save runs and writes them next, one write at a time', async () => {
    const { queue, writes, frame, tick, states } = harness();
    queue.start();
    queue.mark(['first']);
    frame();
    queue.mark(['during 1']);
    frame();
    queue.mark(['during 2']);
    frame();
    expect(writes).toHaveLength(1); // never two in flight
    writes[0]!.finish();
    await tick();
    expect(writes.map((w) => w.changes)).toEqual([['first'], ['during 1', 'during 2']]);
    writes[1]!.finish();
    await tick();
    expect(states).toEqual(['saving', 'saved']);
    await queue.idle();
  });

  it('flushNow (the page is hidden or closed) writes what is queued without waiting for a frame', () => {
    const { queue, writes } = harness();
    queue.start();
    queue.mark(['typed just before closing']);
    expect(writes).toHaveLength(0);
    queue.flushNow();
    expect(writes.map((w) => w.changes)).toEqual([['typed just before closing']]);
  });

  it('a write in flight at close is followed at once by what was queued during it', async () => {
    const { queue, writes, frame, tick } = harness();
    queue.start();
    queue.mark(['a']);
    frame();
    queue.mark(['b']);
    queue.flushNow();
    expect(writes).toHaveLength(1);
    writes[0]!.finish();
    await tick();
    expect(writes.map((w) => w.changes)).toEqual([['a'], ['b']]); // no frame needed
  });

  it('after stop (a newer format owns the storage) nothing more is written', async () => {
    const { queue, writes, frame, states } = harness();
    queue.start();
    queue.stop();
    queue.mark(['after']);
    frame();
    queue.flushNow();
    expect(writes).toHaveLength(0);
    expect(states.at(-1)).toBe('stopped');
    await queue.idle();
  });

  it('a failed write says so, keeps its changes with later ones, and is tried again', async () => {
    const { queue, writes, frame, tick, states } = harness({ retryAfter: 5 });
    queue.start();
    queue.mark(['lost?']);
    frame();
    writes[0]!.fail(new DOMException('full', 'QuotaExceededError'));
    await tick();
    expect(states).toEqual(['saving', 'failed']);
    queue.mark(['later']);
    frame(); // while failing, edits wait for the retry instead of each trying again
    expect(writes).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(writes[1]!.changes).toEqual(['again lost?', 'later']);
    writes[1]!.finish();
    await tick();
    expect(states.at(-1)).toBe('saved');
  });
});
