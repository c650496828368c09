// Runs one draft: in the drafting worker (created on first use, so neither it nor compromise is
// in the initial JavaScript), or on the main thread where module workers are missing (jsdom).
import type { Draft } from '../../model/draft/draft-types';
import type { DraftMessage, DraftRequest } from './draft-worker';

type Progress = (fraction: number) => void;

async function draftHere(request: DraftRequest, progress: Progress): Promise<Draft> {
  const { draftFromText } = await import('../../model/draft/draft-report');
  return draftFromText(request.text, {
    ...(request.published && { published: request.published }),
    onProgress: progress,
  });
}

/** The draft of a report's text; rejects with a readable message when drafting fails. */
export function runDraft(request: DraftRequest, progress: Progress): Promise<Draft> {
  if (typeof Worker === 'undefined') return draftHere(request, progress);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./draft-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(draftHere(request, progress));
      return;
    }
    let heard = false;
    worker.onmessage = (e: MessageEvent<DraftMessage>) => {
      heard = true;
      const message = e.data;
      if (message.type === 'progress') return progress(message.fraction);
      worker.terminate();
      if (message.type === 'done') resolve(message.draft);
      else reject(new Error(message.message));
    };
    // A worker that cannot start says nothing first: draft here instead.
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      if (!heard) resolve(draftHere(request, progress));
      else reject(new Error(e.message || 'the drafting worker failed'));
    };
    worker.postMessage(request);
  });
}
