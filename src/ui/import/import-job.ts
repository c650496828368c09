// One import, start to end: read the file's bytes (reporting progress), then parse and validate
// them with the codecs. Runs in the import worker, or on the main thread where there is none.
import { importAnyBytes } from '../../model/import/detect';
import type { ImportAnswers, ImportResult } from '../../model/import/validate';

/** Share of the progress bar given to reading; parsing and checking take the rest. */
const READ_SHARE = 0.6;

/** A file's bytes, through FileReader: it reports progress and exists in workers and jsdom alike. */
function readBytes(file: Blob, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** Never rejects: a file that cannot be read becomes a problem like any other. */
export async function runImport(
  file: File,
  existingIds: readonly string[],
  onProgress: (percent: number) => void,
  answers?: ImportAnswers,
): Promise<ImportResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file, (f) => onProgress(Math.round(f * READ_SHARE * 100)));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: 'file', message: `could not be read: ${message}` }] };
  }
  onProgress(Math.round(READ_SHARE * 100) + 10);
  return importAnyBytes(file.name, bytes, { existingIds, answers });
}
