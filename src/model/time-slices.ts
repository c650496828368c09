// Work over many items in slices of a few dozen milliseconds, handing the thread back to the page
// between them, so input and frames are answered while a 20k-actor graph is worked on
// (docs/design.md §10: no main-thread task over 200 ms after the first painted frame).

/** Longest a slice runs before it yields, in milliseconds. */
export const SLICE_MS = 30;

/** Let the page run its waiting tasks (input, frames) before the caller goes on. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Call `fn` on each of `items` in order, yielding whenever a slice has run `sliceMs`; resolves
 * once all are done. `items` may be any array-like (a Cytoscape collection is one).
 */
export async function forEachInSlices<T>(
  items: ArrayLike<T>,
  fn: (item: T, index: number) => void,
  sliceMs = SLICE_MS,
): Promise<void> {
  let start = performance.now();
  for (let i = 0; i < items.length; i++) {
    fn(items[i]!, i);
    if ((i & 127) === 127 && performance.now() - start > sliceMs) {
      await yieldToPage();
      start = performance.now();
    }
  }
}
