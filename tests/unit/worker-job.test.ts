// The one worker helper: progress relayed, the result settled, cancel stops the worker, and a
// worker that cannot start (or fails before it answers) falls back; one that fails later reports.
import { describe, expect, it, vi } from 'vitest';
import { runWorkerJob, type JobMessage } from '../../src/workers/worker-job';

/** A stand-in for a Worker: the test plays the worker's side. */
class FakeWorker {
  onmessage: ((e: MessageEvent<JobMessage<number, string>>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  say(message: JobMessage<number, string>) {
    this.onmessage?.({ data: message } as MessageEvent<JobMessage<number, string>>);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault: () => {} } as unknown as ErrorEvent);
  }
}

function start(worker: FakeWorker | (() => never)) {
  const progress: number[] = [];
  const job = runWorkerJob<string, number, string>({
    create: () => (typeof worker === 'function' ? worker() : (worker as unknown as Worker)),
    request: 'go',
    onProgress: (p) => progress.push(p),
    fallback: () => Promise.resolve('here'),
    failed: (m) => `failed: ${m}`,
  });
  return { job, progress };
}

describe('runWorkerJob', () => {
  it('sends the request, relays progress and settles with the result, then stops the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const worker = new FakeWorker();
    const { job, progress } = start(worker);
    expect(worker.posted).toEqual(['go']);
    worker.say({ type: 'progress', progress: 40 });
    worker.say({ type: 'progress', progress: 80 });
    worker.say({ type: 'done', result: 'parsed' });
    await expect(job.result).resolves.toBe('parsed');
    expect(progress).toEqual([40, 80]);
    expect(worker.terminated).toBe(true);
    vi.unstubAllGlobals();
  });

  it('settles with null and stops the worker when cancelled', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const worker = new FakeWorker();
    const { job } = start(worker);
    job.cancel();
    worker.say({ type: 'done', result: 'too late' });
    await expect(job.result).resolves.toBeNull();
    expect(worker.terminated).toBe(true);
    vi.unstubAllGlobals();
  });

  it('falls back when no worker starts, or when it fails before answering', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    await expect(
      start(() => {
        throw new Error('blocked');
      }).job.result,
    ).resolves.toBe('here');
    const silent = new FakeWorker();
    const { job } = start(silent);
    silent.fail('could not load');
    await expect(job.result).resolves.toBe('here');
    vi.unstubAllGlobals();
  });

  it('reports a failure after the worker has started answering', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const worker = new FakeWorker();
    const { job } = start(worker);
    worker.say({ type: 'progress', progress: 10 });
    worker.fail('out of memory');
    await expect(job.result).resolves.toBe('failed: out of memory');
    vi.unstubAllGlobals();
  });

  it('puts a result posted in parts together before settling with it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const worker = new FakeWorker();
    const job = runWorkerJob<string, number, string>({
      create: () => worker as unknown as Worker,
      request: 'go',
      fallback: () => Promise.resolve('here'),
      failed: (m) => `failed: ${m}`,
      join: (rest, parts) => [rest, ...parts].join('+'),
    });
    worker.say({ type: 'part', part: 'actors 1' });
    worker.say({ type: 'progress', progress: 99 });
    worker.say({ type: 'part', part: 'actors 2' });
    worker.say({ type: 'done', result: 'head' });
    await expect(job.result).resolves.toBe('head+actors 1+actors 2');
    vi.unstubAllGlobals();
  });
});
