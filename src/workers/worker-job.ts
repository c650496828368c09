// One way to run a job in a Web Worker, for the layout, import and drafting workers alike: start
// it, relay its progress, settle with its result, stop it on demand, and fall back when no worker
// can start. The worker side answers through `serveJob`. Neither side knows what the job is.

/**
 * What a job's worker posts: any number of progress messages, then its result, which may come in
 * parts first: the page reads each message in a task of its own, so a large result split in parts
 * is read in pieces rather than in one long task.
 */
export type JobMessage<P, R> =
  | { readonly type: 'progress'; readonly progress: P }
  | { readonly type: 'part'; readonly part: unknown }
  | { readonly type: 'done'; readonly result: R };

/** A result taken apart to be posted: its parts, then what is left of it. */
export interface ResultParts<R> {
  readonly parts: readonly unknown[];
  readonly rest: R;
}

export interface WorkerJob<R> {
  /** The job's result; null once it is cancelled. Never rejects. */
  readonly result: Promise<R | null>;
  /** Stop the worker now; `result` settles with null. */
  cancel(): void;
}

export interface WorkerJobOptions<Q, P, R> {
  /**
   * Starts the worker. Written at the call site as `new Worker(new URL('./x.ts',
   * import.meta.url), { type: 'module' })`, which is what the bundler looks for.
   */
  readonly create: () => Worker;
  readonly request: Q;
  readonly transfer?: readonly Transferable[];
  readonly onProgress?: (progress: P) => void;
  /** Where no worker starts (none, blocked, or it failed before it said anything). */
  readonly fallback: () => Promise<R | null>;
  /** The result when the worker fails after it has started answering. */
  readonly failed: (message: string) => R | null;
  /** Puts together a result the worker posted in parts (`serveJob`'s `split`). */
  readonly join?: (rest: R, parts: readonly unknown[]) => R;
}

export function runWorkerJob<Q, P, R>(options: WorkerJobOptions<Q, P, R>): WorkerJob<R> {
  let worker: Worker | null = null;
  let settle: (value: R | null | Promise<R | null>) => void = () => {};
  const result = new Promise<R | null>((resolve) => (settle = resolve));
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  if (typeof Worker === 'undefined') {
    settle(options.fallback());
    return { result, cancel: () => settle(null) };
  }
  try {
    worker = options.create();
  } catch {
    settle(options.fallback());
    return { result, cancel: () => settle(null) };
  }
  let heard = false;
  const parts: unknown[] = [];
  worker.onmessage = (e: MessageEvent<JobMessage<P, R>>) => {
    heard = true;
    const message = e.data;
    if (message.type === 'progress') {
      options.onProgress?.(message.progress);
      return;
    }
    if (message.type === 'part') {
      parts.push(message.part);
      return;
    }
    stop();
    settle(options.join && parts.length > 0 ? options.join(message.result, parts) : message.result);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    stop();
    settle(heard ? options.failed(e.message || 'the worker failed') : options.fallback());
  };
  worker.postMessage(options.request, [...(options.transfer ?? [])]);
  return {
    result,
    cancel: () => {
      stop();
      settle(null);
    },
  };
}

/**
 * In a worker: answer each request with `handle`'s result, posting progress as it reports it.
 * `transfer` names buffers of the result to move rather than copy; `split` takes a large result
 * apart, to be posted in parts and put together by `runWorkerJob`'s `join`.
 */
export function serveJob<Q, P, R>(
  handle: (request: Q, progress: (p: P) => void) => R | Promise<R>,
  transfer: (result: R) => Transferable[] = () => [],
  split: (result: R) => ResultParts<R> = (result) => ({ parts: [], rest: result }),
): void {
  const post = (message: JobMessage<P, R>, moved: Transferable[] = []) =>
    self.postMessage(message, { transfer: moved });
  self.onmessage = async (e: MessageEvent<Q>) => {
    const result = await handle(e.data, (progress) => post({ type: 'progress', progress }));
    const { parts, rest } = split(result);
    for (const part of parts) post({ type: 'part', part });
    post({ type: 'done', result: rest }, transfer(rest));
  };
}
