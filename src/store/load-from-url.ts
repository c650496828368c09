// `?data=<file>`: at start-up, fetch an Actor Graph JSON (or other importable) file from the same
// origin, check it like any import, and open it; a bad file leaves the store as it was.
import { create } from 'zustand';
import { LOAD_PARAM } from '../model/url-state';
import { MAX_IMPORT_BYTES } from '../model/import/size-limit';
import type { Problem } from '../model/import/validate';
import { BUILT_IN_DATASETS, useAppStore } from './app-store';

export type UrlLoadStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'loading'; readonly file: string }
  | { readonly state: 'failed'; readonly file: string; readonly problems: readonly Problem[] };

/** What the `?data=` load is doing, for the graph's status line and alert. */
export const useUrlLoad = create<{ status: UrlLoadStatus; dismiss: () => void }>()((set) => ({
  status: { state: 'idle' },
  dismiss: () => set({ status: { state: 'idle' } }),
}));

const fail = (file: string, message: string): UrlLoadStatus => ({
  state: 'failed',
  file,
  problems: [{ path: 'file', message }],
});

/**
 * Only a relative URL on this page's origin is fetched: a link must not make the app read from
 * (or reveal the user's address to) another site.
 */
export function sameOriginUrl(param: string, base: string): URL | null {
  if (param.trim() === '' || /^[a-z][a-z0-9+.-]*:|^\/\/|^\\/i.test(param.trim())) return null;
  try {
    const url = new URL(param, base);
    return url.origin === new URL(base).origin ? url : null;
  } catch {
    return null;
  }
}

/** The file name in a URL, readable; a malformed escape is shown as it is rather than throwing. */
function fileNameOf(url: URL): string {
  const last = url.pathname.split('/').pop() || 'data.json';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Read `?data=` once; resolves when the file is open or refused (or there was none). */
export async function loadFromUrl(
  win: Window = window,
  store = useAppStore,
  status = useUrlLoad,
): Promise<void> {
  const param = new URLSearchParams(win.location.search).get(LOAD_PARAM);
  if (param === null) return;
  const url = sameOriginUrl(param, win.location.href);
  if (!url) {
    status.setState({ status: fail(param, 'only a relative address on this site can be opened') });
    return;
  }
  const name = fileNameOf(url);
  status.setState({ status: { state: 'loading', file: name } });
  performance.mark('actor-graph:data-requested');
  let bytes: Uint8Array;
  try {
    const response = await win.fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      status.setState({ status: fail(name, `could not be fetched (HTTP ${response.status})`) });
      return;
    }
    // The same 20 MB limit as a chosen file, checked before the body is read where the server says.
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_IMPORT_BYTES) {
      status.setState({ status: fail(name, 'is larger than 20 MB, the most Actor Graph opens') });
      return;
    }
    // Bytes, not text: the importer decodes them as a chosen file's (UTF-16, Windows-1252, .xlsx).
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    status.setState({ status: fail(name, `could not be fetched: ${message}`) });
    return;
  }
  // The codecs (zod) are not needed by a plain start-up: loaded only when a file is opened.
  const { importAnyBytes } = await import('../model/import/detect');
  // Only built-in ids are off limits: reopening the same link replaces its earlier copy. A file
  // that would need a question answered (day or month first, which sheet) is refused with it.
  const result = await importAnyBytes(name, bytes, {
    existingIds: BUILT_IN_DATASETS.map((d) => d.id),
  });
  if (!result.ok) {
    status.setState({ status: { state: 'failed', file: name, problems: result.problems } });
    return;
  }
  performance.mark('actor-graph:data-checked');
  store.getState().addDataset(result.dataset);
  store.getState().selectDataset(result.dataset.id);
  status.setState({ status: { state: 'idle' } });
}
