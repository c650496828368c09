// The import size limit (docs/design.md §8), apart from the codecs so the UI can refuse a file without
// loading them.
import type { Problem } from './validate';

/** docs/design.md §8: files over 20 MB are refused. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A problem when a file of `bytes` bytes is over the limit; call it before reading the file. */
export function checkSize(bytes: number): Problem | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return {
    path: 'file',
    message: `too large: ${megabytes(bytes)}, the limit is ${megabytes(MAX_IMPORT_BYTES)}`,
  };
}
