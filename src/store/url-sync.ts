// Shareable state (docs/design.md §9): read the view from the query string at start-up, then keep the
// query string in step with the store, so a copied link reopens the same view.
import {
  filtersOfUrlState,
  LOAD_PARAM,
  parseUrlState,
  serialiseUrlState,
  urlStateOfFilters,
  type UrlState,
} from '../model/url-state';
import { useAppStore, type AppState, type LayoutName } from './app-store';

const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'];
const DEFAULT_LAYOUT: LayoutName = 'fcose';
/** How long a link may wait for its dataset to arrive (from storage or a `?data=` load). */
const DATASET_WAIT_MS = 8000;
/**
 * The address bar follows the store this long after the last change. A burst (dragging the time
 * range, clicking through filters) is one `replaceState`, not one per step (Chromium throttles
 * them), and the write, with the favicon fetch the browser makes after it, stays out of the frame
 * that shows the change.
 */
export const URL_WRITE_DELAY_MS = 200;

/** Writes a pending address now; set while `startUrlSync` runs. */
let flushPending: () => void = () => {};

/** Bring the address bar up to date at once (before reading it, e.g. to copy the link). */
export function flushUrlSync(): void {
  flushPending();
}

/** The link form of the current view; the built-in default dataset is left out. */
export function urlStateOf(state: AppState): UrlState {
  return {
    ...(state.dataset.id !== state.datasets[0]?.id ? { dataset: state.dataset.id } : {}),
    ...urlStateOfFilters(state.filters),
    ...(state.selection ? { selected: state.selection } : {}),
    ...(state.focus ? { focus: { id: state.focus.actorId, hops: state.focus.hops } } : {}),
    ...(state.layout !== DEFAULT_LAYOUT ? { layout: state.layout } : {}),
    ...(state.sizeBy !== 'none' ? { sizeBy: state.sizeBy } : {}),
    ...(state.grouped ? { grouped: true } : {}),
  };
}

/**
 * Apply a parsed link to the store: what names a missing actor, relation or layout is dropped
 * with a notice. Returns the notices.
 */
export function applyUrlState(link: UrlState, store = useAppStore): string[] {
  const notices: string[] = [];
  const state = store.getState();
  const dataset = state.dataset;
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const relationIds = new Set(dataset.relations.map((r) => r.id));
  let selection = null as AppState['selection'];
  if (link.selected) {
    const known = link.selected.kind === 'actor' ? actorIds : relationIds;
    if (known.has(link.selected.id)) selection = link.selected;
    else
      notices.push(
        `The linked ${link.selected.kind} “${link.selected.id}” is not in this dataset.`,
      );
  }
  let focus = null as AppState['focus'];
  if (link.focus) {
    if (actorIds.has(link.focus.id)) focus = { actorId: link.focus.id, hops: link.focus.hops };
    else notices.push(`Cannot focus on “${link.focus.id}”: no such actor in this dataset.`);
  }
  let layout = state.layout;
  if (link.layout) {
    if ((LAYOUTS as readonly string[]).includes(link.layout)) layout = link.layout as LayoutName;
    else notices.push(`Unknown layout “${link.layout}”; using the default.`);
  }
  store.setState({
    filters: filtersOfUrlState(link),
    selection,
    focus,
    layout,
    sizeBy: link.sizeBy ?? 'none',
    grouped: link.grouped === true,
  });
  return notices;
}

/**
 * Read the link once, then mirror the store into the address bar with `replaceState` (no history
 * entry per click), `URL_WRITE_DELAY_MS` after the last change. Returns a function that stops the
 * syncing.
 */
export function startUrlSync(store = useAppStore, win: Window = window): () => void {
  const { state: link, notices } = parseUrlState(win.location.search);
  const notify = (list: readonly string[]) => {
    for (const text of list) store.getState().addNotice('warning', text);
  };
  notify(notices);

  // Start from the address as opened, so going back to the default view still rewrites it.
  let last = win.location.search;
  // A `?data=` file link is kept: reloading the page loads that file again.
  const dataParam = new URLSearchParams(win.location.search).get(LOAD_PARAM);
  const write = (state: AppState) => {
    let search = serialiseUrlState(urlStateOf(state));
    if (dataParam) {
      search += `${search ? '&' : '?'}${LOAD_PARAM}=${encodeURIComponent(dataParam)}`;
    }
    if (search === last) return;
    last = search;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    win.history.replaceState(win.history.state, '', url);
  };
  let pending: number | undefined;
  const flush = () => {
    if (pending === undefined) return;
    win.clearTimeout(pending);
    pending = undefined;
    write(store.getState());
  };
  const writeSoon = () => {
    if (pending !== undefined) win.clearTimeout(pending);
    pending = win.setTimeout(flush, URL_WRITE_DELAY_MS);
  };
  flushPending = flush;
  let stopWaiting = () => {};
  // Nothing is written back until the linked view is applied (or given up on), so the link is
  // not overwritten while its dataset is still loading.
  let ready = false;
  const wanted = link.dataset;
  const apply = () => {
    notify(applyUrlState(link, store));
    ready = true;
    write(store.getState());
  };
  if (!wanted || store.getState().dataset.id === wanted) {
    apply();
  } else if (store.getState().datasets.some((d) => d.id === wanted)) {
    store.getState().selectDataset(wanted);
    apply();
  } else {
    // The dataset may still be on its way from storage or a `?data=` file: wait a little.
    const unsubscribe = store.subscribe((s) => {
      if (!s.datasets.some((d) => d.id === wanted)) return;
      done();
      if (s.dataset.id !== wanted) s.selectDataset(wanted);
      apply();
    });
    const timer = win.setTimeout(() => {
      done();
      ready = true;
      write(store.getState());
      notify([`The linked dataset “${wanted}” is not available here; showing the built-in one.`]);
    }, DATASET_WAIT_MS);
    const done = () => {
      unsubscribe();
      win.clearTimeout(timer);
    };
    stopWaiting = done;
  }

  const stopWriting = store.subscribe((state, previous) => {
    if (!ready) return;
    if (
      state.dataset !== previous.dataset ||
      state.filters !== previous.filters ||
      state.selection !== previous.selection ||
      state.focus !== previous.focus ||
      state.layout !== previous.layout ||
      state.sizeBy !== previous.sizeBy ||
      state.grouped !== previous.grouped
    ) {
      writeSoon();
    }
  });
  return () => {
    stopWaiting();
    stopWriting();
    if (pending !== undefined) win.clearTimeout(pending);
    pending = undefined;
    if (flushPending === flush) flushPending = () => {};
  };
}
