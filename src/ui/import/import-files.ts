// Imports the files a user chose or dropped: size check first, parsing in a worker, and on success
// the new dataset added and shown. Progress and outcomes go to a small store the notices read.
import { create } from 'zustand';
import { checkSize } from '../../model/import/size-limit';
import type {
  ImportAnswers,
  ImportQuestion,
  ImportResult,
  Problem,
} from '../../model/import/validate';
import { useAppStore } from '../../store/app-store';
import { runWorkerJob } from '../../workers/worker-job';
import { importResultFromParts } from './import-parts';
import { yieldToPage } from '../../model/time-slices';
import type { ImportRequest } from './import-worker';

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly fileName: string;
      readonly title: string;
      readonly notices?: readonly string[];
    }
  | { readonly ok: false; readonly fileName: string; readonly problems: readonly Problem[] }
  | { readonly ok: 'cancelled'; readonly fileName: string };

/** A question an import asks before it creates anything, and the file it is about. */
export interface PendingQuestion {
  readonly fileName: string;
  readonly question: ImportQuestion;
}

export interface ImportStatus {
  /** The file being imported now, and how far along. */
  busy: { readonly fileName: string; readonly percent: number } | null;
  /** What became of the files of the last import. */
  outcomes: readonly ImportOutcome[];
  /** What the import waits for the user to answer, if anything. */
  question: PendingQuestion | null;
  dismiss: () => void;
}

export const useImportStatus = create<ImportStatus>()((set) => ({
  busy: null,
  outcomes: [],
  question: null,
  dismiss: () => set({ outcomes: [] }),
}));

let answerPending: ((answers: ImportAnswers | null) => void) | null = null;

/** Waits for the user's answer; null when they cancel the import. */
function ask(fileName: string, question: ImportQuestion): Promise<ImportAnswers | null> {
  return new Promise((resolve) => {
    answerPending = resolve;
    useImportStatus.setState({ busy: null, question: { fileName, question } });
  });
}

/** The user's answer to the pending question (null: cancel that file's import). */
export function answerImportQuestion(answers: ImportAnswers | null): void {
  const resolve = answerPending;
  answerPending = null;
  useImportStatus.setState({ question: null });
  resolve?.(answers);
}

/** A file asks at most this many questions (the sheet, then the day order) before it is refused. */
const MAX_QUESTIONS = 3;

type Progress = (percent: number) => void;

/** On the main thread: for browsers (and jsdom) without module workers, or when one fails. */
async function importHere(
  file: File,
  ids: readonly string[],
  progress: Progress,
  answers?: ImportAnswers,
) {
  const { runImport } = await import('./import-job');
  return runImport(file, ids, progress, answers);
}

/** In a worker, so that parsing a large file leaves the page responsive. */
function importInWorker(
  file: File,
  ids: readonly string[],
  progress: Progress,
  answers?: ImportAnswers,
): Promise<ImportResult> {
  const request: ImportRequest = { file, existingIds: ids, answers };
  const job = runWorkerJob<ImportRequest, number, ImportResult>({
    create: () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }),
    request,
    onProgress: progress,
    // A worker that cannot start (blocked, unsupported) says nothing first: import here instead.
    fallback: () => importHere(file, ids, progress, answers),
    failed: (message) => ({
      ok: false,
      problems: [{ path: 'file', message: `could not be read: ${message}` }],
    }),
    join: importResultFromParts,
  });
  // Nothing cancels an import's job, so its result is never null.
  return job.result.then((result) => result!);
}

let queue: Promise<void> = Promise.resolve();

/**
 * Import each file in turn. A file that fails changes nothing; one that succeeds becomes a new
 * dataset and is shown. Calls made while an import runs wait for it.
 */
export function importFiles(files: readonly File[]): Promise<void> {
  queue = queue.then(() => importEach(files));
  return queue;
}

async function importEach(files: readonly File[]): Promise<void> {
  const status = useImportStatus;
  const outcomes: ImportOutcome[] = [];
  status.setState({ outcomes: [] });
  for (const file of files) {
    const tooLarge = checkSize(file.size);
    if (tooLarge) {
      outcomes.push({ ok: false, fileName: file.name, problems: [tooLarge] });
      continue;
    }
    const ids = useAppStore.getState().datasets.map((d) => d.id);
    let result: ImportResult;
    let answers: ImportAnswers = {};
    let cancelled = false;
    try {
      // The import runs again with each answer: nothing is created until every question is answered.
      for (let asked = 0; ; asked += 1) {
        status.setState({ busy: { fileName: file.name, percent: 0 } });
        result = await importInWorker(
          file,
          ids,
          (percent) => status.setState({ busy: { fileName: file.name, percent } }),
          answers,
        );
        if (result.ok || !result.question || asked === MAX_QUESTIONS) break;
        const answer = await ask(file.name, result.question);
        if (!answer) {
          cancelled = true;
          break;
        }
        answers = { ...answers, ...answer };
      }
    } catch (error) {
      // Only a failed chunk load lands here (the import code loads lazily, e.g. after a deploy).
      const message = error instanceof Error ? error.message : String(error);
      result = {
        ok: false,
        problems: [{ path: 'file', message: `could not be read: ${message}` }],
      };
    }
    // For the browser test and the profiler: parsing ends here, drawing the new dataset follows.
    performance.mark('import-parsed');
    if (cancelled) {
      outcomes.push({ ok: 'cancelled', fileName: file.name });
    } else if (result.ok) {
      // Open it in a task of its own: reading the worker's reply of a 20k/100k file took one
      // (docs/design.md §10: the page answers input throughout).
      await yieldToPage();
      const app = useAppStore.getState();
      app.addDataset(result.dataset);
      app.selectDataset(result.dataset.id);
      outcomes.push({
        ok: true,
        fileName: file.name,
        title: result.dataset.title,
        ...(result.notices && { notices: result.notices }),
      });
    } else {
      outcomes.push({ ok: false, fileName: file.name, problems: result.problems });
    }
  }
  status.setState({ busy: null, outcomes });
}
