// The image exporters are chunks of their own, loaded on demand (docs/design.md §10: rarely used parts are
// not in the initial JavaScript). Each is fetched once and kept: an export after the first starts in
// the click's own task, where a fresh `import()` would wait for the module loader to call back.

/**
 * A loader for one chunk: the module itself once it has arrived, else the promise of it. A failed
 * fetch (offline, a new deploy) is forgotten, so the next call tries again.
 */
function keptImport<M>(load: () => Promise<M>): () => M | Promise<M> {
  let pending: Promise<M> | undefined;
  let loaded: M | undefined;
  return () => {
    if (loaded) return loaded;
    pending ??= load().then(
      (m) => (loaded = m),
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    );
    return pending;
  };
}

/** The PNG exporter. */
export const loadImageExport = keptImport(() => import('./export-image'));

/** The SVG exporter. */
export const loadSvgExport = keptImport(() => import('./export-svg'));
