// Layout options for each layout the menu offers; all deterministic (same data, same picture).
// fcose loads on demand; on large graphs it runs in a worker while the page stays usable.
import cytoscape, { type Core, type LayoutOptions, type NodeSingular } from 'cytoscape';
import { create } from 'zustand';
import type { LayoutName } from '../store/app-store';
import { markMoment } from './bench-marks';
import { forEachInSlices } from '../model/time-slices';
import { runWorkerJob } from '../workers/worker-job';
import { fitShown, fitToNodeCentres } from './camera';
import { fcoseOptions } from './fcose-options';
import type * as TidyPositions from './tidy-positions';
import { isLargeGraph } from './lod';
import type { LayoutRequest, LayoutReply } from './layout-worker';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric by degree',
  breadthfirst: 'Breadth-first from selection',
  circle: 'Circle',
  grid: 'Grid',
};

/** Layouts place; framing what they placed is camera.ts's job (`fitShown` after each run). */
const COMMON = { animate: false, fit: false, padding: 40 } as const;

/** Options for a layout over the shown elements. */
export function layoutOptions(name: LayoutName, cy: Core, rootId?: string): LayoutOptions {
  switch (name) {
    case 'fcose':
      return fcoseOptions();
    case 'concentric':
      return {
        name: 'concentric',
        ...COMMON,
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 1,
        minNodeSpacing: 40,
        avoidOverlap: true,
      } as LayoutOptions;
    case 'breadthfirst': {
      const chosen = rootId ? cy.getElementById(rootId) : undefined;
      const root =
        chosen && chosen.nonempty() && chosen.visible()
          ? chosen
          : cy.nodes(':visible').max((n) => n.degree(false)).ele;
      return {
        name: 'breadthfirst',
        ...COMMON,
        directed: false,
        spacingFactor: 1.2,
        avoidOverlap: true,
        ...(root ? { roots: root } : {}),
      } as LayoutOptions;
    }
    case 'circle':
      return { name: 'circle', ...COMMON, avoidOverlap: true, spacingFactor: 1.1 } as LayoutOptions;
    case 'grid':
      return {
        name: 'grid',
        ...COMMON,
        avoidOverlap: true,
        avoidOverlapPadding: 30,
      } as LayoutOptions;
  }
}

let fcoseLoaded: Promise<void> | null = null;
let fcoseReady = false;
/** The tidy pass that follows fcose, fetched with it (the first picture needs neither). */
let tidy: typeof TidyPositions | null = null;

/** fcose and its two helper libraries are a fifth of the code: fetched once, when first needed. */
export function loadFcose(): Promise<void> {
  fcoseLoaded ??= Promise.all([import('cytoscape-fcose'), import('./tidy-positions')]).then(
    ([m, t]) => {
      cytoscape.use(m.default);
      tidy = t;
      fcoseReady = true;
    },
  );
  return fcoseLoaded;
}

export interface LayoutRun {
  /** The layout running in the worker now: when it started and over how many actors. */
  running: { readonly started: number; readonly actors: number } | null;
  stop: () => void;
}

/** A long layout in progress, for the progress line and its "Stop" button. */
export const useLayoutRun = create<LayoutRun>()(() => ({ running: null, stop: () => {} }));

/** For the benchmark: the time the last fcose layout's positions were applied. */
const markLayoutDone = () => markMoment('actor-graph:layout-done');

let current: { cy: Core; cancel: () => void } | null = null;

/** Stop a layout still running for `cy` (a new layout, a new dataset, or the user's "Stop"). */
export function cancelLayout(cy?: Core): void {
  if (current && (!cy || current.cy === cy)) current.cancel();
}

/** First node of each dataset already drawn at least once: large graphs get a cheap first picture. */
const painted = new WeakSet<NodeSingular>();

/**
 * fcose over the shown elements in a worker (headless Cytoscape), then their positions applied in
 * one batch. Nothing on this thread waits for it; Stop keeps the picture as it is.
 */
function fcoseInWorker(cy: Core, done: () => void): void {
  let cancelled = false;
  const stop = () => {
    cancelled = true;
    if (current?.cy === cy) current = null;
    useLayoutRun.setState({ running: null, stop: () => {} });
  };
  current = { cy, cancel: stop };
  // The progress line and its Stop button show at once, while the graph is read for the worker.
  const started = performance.now();
  useLayoutRun.setState({ running: { started, actors: cy.nodes().length }, stop });
  void shownGraph(cy).then((shown) => {
    if (cancelled || cy.destroyed()) return;
    startFcoseJob(cy, shown, started, done);
  });
}

/**
 * The shown nodes and the layout request for them, read a slice at a time with the page
 * answering between slices: on 20k actors and 100k relations, reading them in one go (a
 * `:visible` selector) held the thread for some 200 ms (docs/design.md §10).
 */
async function shownGraph(cy: Core): Promise<{ nodes: NodeSingular[]; request: LayoutRequest }> {
  const nodes: NodeSingular[] = [];
  const index = new Map<string, number>();
  const sizes: number[] = [];
  const labels: string[] = [];
  await forEachInSlices(cy.nodes(), (n) => {
    if (!n.visible()) return;
    index.set(n.id(), nodes.length);
    nodes.push(n);
    sizes.push(n.outerWidth(), n.outerHeight());
    labels.push(String(n.data('label') ?? ''));
  });
  const ends: number[] = [];
  await forEachInSlices(cy.edges(), (e) => {
    if (!e.visible()) return;
    const source = index.get(e.data('source') as string);
    const target = index.get(e.data('target') as string);
    if (source !== undefined && target !== undefined) ends.push(source, target);
  });
  const request: LayoutRequest = {
    ids: nodes.map((n) => n.id()),
    sizes: Float64Array.from(sizes),
    edges: Int32Array.from(ends),
    labels,
  };
  return { nodes, request };
}

function startFcoseJob(
  cy: Core,
  { nodes, request }: { nodes: NodeSingular[]; request: LayoutRequest },
  started: number,
  done: () => void,
): void {
  const job = runWorkerJob<LayoutRequest, never, LayoutReply>({
    create: () => new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' }),
    request,
    transfer: [request.sizes.buffer, request.edges.buffer],
    // No workers: the cheap layout stays, and the page never freezes.
    fallback: () => Promise.resolve({ ok: false, message: 'no worker could start' }),
    failed: (message) => ({ ok: false, message }),
  });
  const finish = () => {
    job.cancel();
    if (current?.cy === cy) current = null;
    useLayoutRun.setState({ running: null, stop: () => {} });
  };
  current = { cy, cancel: finish };
  useLayoutRun.setState({
    running: { started, actors: request.ids.length },
    stop: finish,
  });
  void job.result.then((reply) => {
    if (reply === null) return; // stopped, or replaced by a newer layout: that one owns the state
    finish();
    if (!reply.ok || cy.destroyed()) return;
    const { positions } = reply;
    cy.batch(() => {
      nodes.forEach((n, i) => {
        if (!n.removed()) n.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! });
      });
    });
    fitShown(cy);
    done();
    markLayoutDone();
  });
}

/**
 * fcose over the shown elements, from a circle placed in data order (its deterministic start),
 * then the tidy pass over measured labels (docs/design.md §15).
 */
function fcoseFromCircle(cy: Core, options: LayoutOptions = fcoseOptions()): void {
  tidy!.defaultLayout(cy, 'measure', options);
}

/**
 * Run a layout over the shown elements; a circle first gives fcose its deterministic start.
 * `done` is called once the positions are drawn (not when a layout is stopped or cancelled): the
 * caller stores them.
 */
export function runLayout(
  cy: Core,
  name: LayoutName,
  rootId?: string,
  done: () => void = () => {},
): void {
  cancelLayout(cy);
  // Nothing shown, nothing to lay out. `:visible` over 120,000 elements takes some 300 ms, and
  // the check stops at the first shown node; the shown elements are gathered only when used.
  const nodes = cy.nodes();
  let anyShown = false;
  for (let i = 0; i < nodes.length && !anyShown; i++) anyShown = nodes[i]!.visible();
  if (!anyShown) return;
  const shown = () => cy.elements(':visible');
  const first = cy.nodes()[0];
  const isFirst = first !== undefined && !painted.has(first);
  if (first) painted.add(first);
  if (isLargeGraph(cy.elements().length)) {
    if (name !== 'fcose') {
      shown()
        .layout(layoutOptions(name, cy, rootId))
        .run();
      fitShown(cy);
      done();
      return;
    }
    if (!isFirst) {
      fcoseInWorker(cy, done);
      return;
    }
    // The first picture is the grid the elements start on (elements.ts), framed without
    // computing a bounding box per element; the worker starts once that picture is painted.
    fitToNodeCentres(cy);
    let cancelled = false;
    current = { cy, cancel: () => (cancelled = true) };
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (cancelled || cy.destroyed()) return;
        current = null;
        fcoseInWorker(cy, done);
      }),
    );
    return;
  }
  if (name !== 'fcose') {
    shown()
      .layout(layoutOptions(name, cy, rootId))
      .run();
    fitShown(cy);
    done();
    return;
  }
  const run = () => {
    if (cy.destroyed()) return;
    fcoseFromCircle(cy);
    fitShown(cy);
    fcoseWarm = true;
    done();
    markLayoutDone();
  };
  if (fcoseReady) {
    run();
    return;
  }
  // Until fcose arrives (a few milliseconds) the canvas stays blank rather than flash a circle.
  const container = cy.container();
  if (container) container.style.visibility = 'hidden';
  let cancelled = false;
  current = { cy, cancel: () => (cancelled = true) };
  void loadFcose().then(() => {
    if (container) container.style.visibility = '';
    if (current?.cy === cy) current = null;
    if (!cancelled) run();
  });
}

/** Set once fcose has run on this page, for real or as the warm-up. */
let fcoseWarm = false;

/**
 * Run fcose once, unseen, over the graph on screen (fcose must be loaded): every node is put back
 * where it was in the same batch, and the view does not move. The first run of fcose's code on a
 * page is slow, since the engine compiles and optimises fcose and its two helper libraries as it
 * goes: the first "Re-run layout" on the built-in graph took 34–47 ms to its painted frame here,
 * later ones about 20; after this warm-up (some 25 ms of idle time, once) the first one takes 21–26.
 * Large graphs lay out in a worker and are left alone.
 */
export function warmUpFcose(cy: Core): void {
  if (fcoseWarm || cy.destroyed() || isLargeGraph(cy.elements().length)) return;
  fcoseWarm = true;
  // Parents follow their children: only childless nodes have positions of their own.
  const nodes = cy.nodes(':childless');
  const before = nodes.map((n) => ({ ...n.position() }));
  cy.batch(() => {
    fcoseFromCircle(cy, { ...fcoseOptions(), fit: false } as LayoutOptions);
    nodes.forEach((n, i) => {
      n.position(before[i]!);
    });
  });
}

/**
 * Fetch fcose once the first graph is on screen: the built-in graph opens in its stored positions
 * without it, and it is the default layout for whatever is opened or re-laid out next. Then, when
 * the page is idle, warm it up, so that next layout does not wait for the engine to compile it.
 */
export function prefetchLayouts(cy: Core): void {
  setTimeout(
    () =>
      void loadFcose()
        .then(() => {
          const idle = (globalThis as { requestIdleCallback?: (f: () => void) => void })
            .requestIdleCallback;
          if (idle) idle(() => warmUpFcose(cy));
          else setTimeout(() => warmUpFcose(cy), 200);
        })
        .catch(() => undefined),
    0,
  );
}
