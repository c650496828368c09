// Runs one merge job in the merging worker (created on first use), or on the main thread where
// module workers are missing (jsdom).
import { runWorkerJob } from '../../workers/worker-job';
import type { MergeReply, MergeRequest } from './merge-request';

export async function runMerge(request: MergeRequest): Promise<MergeReply> {
  const job = runWorkerJob<MergeRequest, never, MergeReply>({
    create: () => new Worker(new URL('./merge-worker.ts', import.meta.url), { type: 'module' }),
    request,
    fallback: async () => (await import('./merge-request')).mergeInWorker(request),
    failed: (message) => ({ ok: false, message: message || 'the merging worker failed' }),
  });
  return (await job.result) ?? { ok: false, message: 'the merge was stopped' };
}
