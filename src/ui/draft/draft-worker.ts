// The drafting worker (docs/design.md §13): drafts a report off the main thread, reporting progress, so the
// page keeps answering input while compromise tags every sentence.
import { draftFromText } from '../../model/draft/draft-report';
import type { Draft } from '../../model/draft/draft-types';
import { serveJob } from '../../workers/worker-job';

export interface DraftRequest {
  readonly text: string;
  readonly published?: string;
}

/** The draft, or why it failed. */
export type DraftReply =
  { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly message: string };

/** Progress at most this often: each message costs the page a render. */
const PROGRESS_EVERY_MS = 150;

serveJob<DraftRequest, number, DraftReply>((request, progress) => {
  let last = 0;
  try {
    const draft = draftFromText(request.text, {
      ...(request.published && { published: request.published }),
      onProgress: (fraction) => {
        const now = performance.now();
        if (now - last < PROGRESS_EVERY_MS && fraction < 1) return;
        last = now;
        progress(fraction);
      },
    });
    return { ok: true, draft };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
});
