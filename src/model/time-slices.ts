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

/** Records stringified per slice: a slice of this many is well under SLICE_MS. */
const JSON_CHUNK = 2000;

/**
 * `JSON.stringify(value)` of an object with large record lists, as parts to concatenate (a Blob's
 * parts), stringified a chunk at a time with the page answering between chunks. `lists` names the
 * fields holding the lists; they come after the other fields (JSON's order does not matter).
 */
export async function jsonInParts(value: object, lists: readonly string[]): Promise<string[]> {
  const fields = value as Readonly<Record<string, unknown>>;
  const head: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (!lists.includes(k)) head[k] = v;
  const headJson = JSON.stringify(head);
  const parts = [headJson.slice(0, -1)];
  let first = headJson === '{}';
  for (const name of lists) {
    const list = fields[name];
    if (!Array.isArray(list)) continue;
    parts.push(`${first ? '' : ','}${JSON.stringify(name)}:[`);
    first = false;
    for (let i = 0; i < list.length; i += JSON_CHUNK) {
      const chunk = JSON.stringify(list.slice(i, i + JSON_CHUNK)).slice(1, -1);
      parts.push(i > 0 ? `,${chunk}` : chunk);
      await yieldToPage();
    }
    parts.push(']');
  }
  parts.push('}');
  return parts;
}
