// The drafting worker (SPEC §13): drafts a report off the main thread, reporting progress, so the
// page keeps answering input while compromise tags every sentence.
import { draftFromText } from '../../model/draft/draft-report';
import type { Draft } from '../../model/draft/draft-types';

export interface DraftRequest {
  readonly text: string;
  readonly published?: string;
}

export type DraftMessage =
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'done'; readonly draft: Draft }
  | { readonly type: 'failed'; readonly message: string };

const post = (message: DraftMessage) => self.postMessage(message);

/** Progress at most this often: each message costs the page a render. */
const PROGRESS_EVERY_MS = 150;

self.onmessage = (e: MessageEvent<DraftRequest>) => {
  let last = 0;
  try {
    const draft = draftFromText(e.data.text, {
      ...(e.data.published && { published: e.data.published }),
      onProgress: (fraction) => {
        const now = performance.now();
        if (now - last < PROGRESS_EVERY_MS && fraction < 1) return;
        last = now;
        post({ type: 'progress', fraction });
      },
    });
    post({ type: 'done', draft });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
