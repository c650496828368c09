// Runs one draft: in the drafting worker (created on first use, so neither it nor compromise is
// in the initial JavaScript), or on the main thread where module workers are missing (jsdom).
import type { Draft } from '../../model/draft/draft-types';
import { runWorkerJob } from '../../workers/worker-job';
import type { DraftReply, DraftRequest } from './draft-worker';

type Progress = (fraction: number) => void;

async function draftHere(request: DraftRequest, progress: Progress): Promise<Draft> {
  const { draftFromText } = await import('../../model/draft/draft-report');
  return draftFromText(request.text, {
    ...(request.published && { published: request.published }),
    onProgress: progress,
  });
}

/** The draft of a report's text; rejects with a readable message when drafting fails. */
export async function runDraft(request: DraftRequest, progress: Progress): Promise<Draft> {
  const job = runWorkerJob<DraftRequest, number, DraftReply>({
    create: () => new Worker(new URL('./draft-worker.ts', import.meta.url), { type: 'module' }),
    request,
    onProgress: progress,
    // A worker that cannot start says nothing first: draft here instead.
    fallback: async () => ({ ok: true, draft: await draftHere(request, progress) }),
    failed: (message) => ({ ok: false, message: message || 'the drafting worker failed' }),
  });
  const reply = await job.result;
  if (!reply) throw new Error('drafting was stopped');
  if (!reply.ok) throw new Error(reply.message);
  return reply.draft;
}
