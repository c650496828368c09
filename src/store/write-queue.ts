// The storage write queue (docs/design.md §12), after tldraw's local sync client: changes are
// marked as they happen and written after the next frame, one write at a time; changes made while
// a write runs wait for it and go in the next; nothing is written before `start` (the saved data
// has loaded) or after `stop` (a newer format owns the storage); `flushNow` writes what is queued
// at once (the page is being hidden or closed). A failed write keeps its changes queued, says so,
// and is tried again after a while.

export type SaveState = 'saved' | 'saving' | 'failed' | 'stopped';

export interface WriteQueueOptions<C> {
  /** Write these changes (one transaction). */
  readonly write: (changes: C) => Promise<void>;
  /** Changes marked later (`b`) on top of earlier ones (`a`). */
  readonly merge: (a: C, b: C) => C;
  /** What is left to write after `changes` failed (e.g. a whole write of what they touched). */
  readonly failed?: (changes: C) => C;
  readonly onState: (state: SaveState, error?: unknown) => void;
  /** Runs `flush` soon: after the next frame is shown, by default. */
  readonly schedule?: (flush: () => void) => void;
  /** How long after a failed write the next is tried (ms). */
  readonly retryAfter?: number;
}

export interface WriteQueue<C> {
  mark(changes: C): void;
  /** The saved data has loaded: writing may begin. */
  start(): void;
  /** Write what is queued now, not after the next frame. */
  flushNow(): void;
  /** Never write again (what is in memory stays there). */
  stop(): void;
  /** Resolves when nothing is queued or being written (or the queue stopped or failed). */
  idle(): Promise<void>;
  readonly state: SaveState;
}

/** After the next frame is shown; a hidden page gets no frames, so a timer stands in. */
export function afterNextFrame(run: () => void): void {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    run();
  };
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(once, 0));
    setTimeout(once, 100);
  } else {
    setTimeout(once, 0);
  }
}

export function createWriteQueue<C>(options: WriteQueueOptions<C>): WriteQueue<C> {
  const { write, merge, onState, schedule = afterNextFrame, retryAfter = 10_000 } = options;
  let pending: C | undefined;
  let started = false;
  let stopped = false;
  let writing = false;
  let scheduled = false;
  let failing = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let state: SaveState = 'saved';
  let waiters: (() => void)[] = [];

  const setState = (next: SaveState, error?: unknown) => {
    if (next === state && next !== 'failed') return;
    state = next;
    onState(next, error);
  };
  const settle = () => {
    if (writing || (pending !== undefined && !failing && !stopped && started)) return;
    const list = waiters;
    waiters = [];
    list.forEach((w) => w());
  };

  const flush = () => {
    scheduled = false;
    if (!started || stopped || writing || pending === undefined) return settle();
    const changes = pending;
    pending = undefined;
    writing = true;
    setState('saving');
    let written: Promise<void>;
    try {
      written = write(changes);
    } catch (error) {
      written = Promise.reject(error);
    }
    written.then(
      () => {
        writing = false;
        failing = false;
        if (pending !== undefined && !stopped) {
          // Changes made during the write: written next, at once.
          flush();
        } else {
          if (!stopped) setState('saved');
          settle();
        }
      },
      (error: unknown) => {
        writing = false;
        failing = true;
        const left = options.failed ? options.failed(changes) : changes;
        pending = pending === undefined ? left : merge(left, pending);
        if (!stopped) {
          setState('failed', error);
          clearTimeout(retry);
          retry = setTimeout(() => {
            retry = undefined;
            flush();
          }, retryAfter);
        }
        settle();
      },
    );
  };

  const request = () => {
    if (!started || stopped || writing || failing || scheduled) return;
    scheduled = true;
    schedule(flush);
  };

  return {
    mark(changes) {
      pending = pending === undefined ? changes : merge(pending, changes);
      request();
    },
    start() {
      started = true;
      request();
    },
    flushNow() {
      // A write in flight is followed at once by what was marked during it, anyway.
      if (!writing) flush();
    },
    stop() {
      stopped = true;
      clearTimeout(retry);
      setState('stopped');
      settle();
    },
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
    get state() {
      return state;
    },
  };
}
