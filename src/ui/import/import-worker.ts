// The import worker: parses and validates a file off the main thread so the page stays responsive.
import type { ImportAnswers, ImportResult } from '../../model/import/validate';
import { serveJob } from '../../workers/worker-job';
import { importResultInParts } from './import-parts';
import { runImport } from './import-job';

export interface ImportRequest {
  readonly file: File;
  readonly existingIds: readonly string[];
  readonly answers?: ImportAnswers;
}

serveJob<ImportRequest, number, ImportResult>(
  (request, progress) => runImport(request.file, request.existingIds, progress, request.answers),
  undefined,
  importResultInParts,
);
