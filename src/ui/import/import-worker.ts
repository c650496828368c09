// The import worker: parses and validates a file off the main thread so the page stays responsive.
import type { ImportAnswers, ImportResult } from '../../model/import/validate';
import { runImport } from './import-job';

export interface ImportRequest {
  readonly file: File;
  readonly existingIds: readonly string[];
  readonly answers?: ImportAnswers;
}

export type ImportMessage =
  | { readonly type: 'progress'; readonly percent: number }
  | { readonly type: 'done'; readonly result: ImportResult };

const post = (message: ImportMessage) => self.postMessage(message);

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const result = await runImport(
    e.data.file,
    e.data.existingIds,
    (percent) => post({ type: 'progress', percent }),
    e.data.answers,
  );
  post({ type: 'done', result });
};
