// The graph canvas: mounts Cytoscape once through react-cytoscapejs, hands it to the adapter, and
// exposes a small typed handle (fit, centre, export) instead of letting components touch `cy`.
// Elements never pass through React: the adapter opens datasets and applies diffs by id.
// Large graphs get their level of detail here (lod.ts), and a line showing a running layout.
import {
  forwardRef,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core } from 'cytoscape';
import { useAppStore } from '../store/app-store';
import { useUrlLoad } from '../store/load-from-url';
import { GraphAdapter } from './adapter';
import { useCanvasProgress, type CanvasProgress } from './canvas-work';
import { markMoment } from './bench-marks';
import { centerOn, fitShown } from './camera';
import type { CaptionContent, ImageExportOptions, ImageExportResult } from './export-image';
import type { SvgExportResult } from './export-svg';
import { loadImageExport, loadSvgExport } from './export-loader';
import { cancelLayout, prefetchLayouts, useLayoutRun } from './layouts';
import { drawFirstFrameDirectly } from './first-frame';
import {
  actorsInView,
  applyRendererDetail,
  detailFor,
  HUGE_GRAPH_ELEMENTS,
  isHugeGraph,
  isLargeGraph,
  skipUnchangedResize,
  stylesheetFor,
  type Detail,
} from './lod';
import { DARK_PALETTE, LIGHT_PALETTE, graphStylesheet } from './stylesheet';
import { installZOrder } from './z-order';

export interface GraphHandle {
  fit(): void;
  centerOn(id: string): void;
  exportPng(options: ImageExportOptions, caption: CaptionContent): Promise<ImageExportResult>;
  exportSvg(options: ImageExportOptions, caption: CaptionContent): Promise<SvgExportResult>;
}

// Stable props: react-cytoscapejs re-applies any prop whose identity changes.
const PRESET_LAYOUT = { name: 'preset', fit: false } as const;
/** Always the same empty list: react-cytoscapejs diffs it on every render and finds nothing. */
const NO_ELEMENTS: never[] = [];
const CANVAS_STYLE = { width: '100%', height: '100%' } as const;
/** The status box over the canvas's top-left corner (set through the CSSOM, which CSP allows). */
const STATUS_STYLE = {
  position: 'absolute',
  top: 8,
  left: 8,
  zIndex: 1,
  maxWidth: '60%',
  padding: '6px 10px',
  borderRadius: 6,
  background: 'var(--panel-bg, Canvas)',
  color: 'var(--text, CanvasText)',
  boxShadow: '0 1px 4px rgba(0,0,0,.25)',
  font: '13px system-ui, sans-serif',
} as const;
/** The note on a huge graph's drawing, over the canvas's bottom-left corner. */
const NOTE_STYLE = { ...STATUS_STYLE, top: 'auto', bottom: 8, margin: 0, fontSize: 12 } as const;
/** How long the viewport rests before a large graph switches detail (restyling is not free). */
const DETAIL_DELAY_MS = 150;

/*
 * Marks for the benchmark (docs/design.md §10): `actor-graph:frame` at the animation frame after each drawing
 * Cytoscape makes, and `actor-graph:painted` at the one after the first drawing of a new dataset
 * (the plain page marks the same moment: Cytoscape's `render` event, then the next animation frame).
 */

export const GraphView = forwardRef<
  GraphHandle,
  {
    dark: boolean;
    /** Called at the frame after each new dataset's first drawing (the benchmark's mark). */
    onPainted?: () => void;
    /** The selected actor's handle was dragged onto another actor (or pressed: no target). */
    onRelate?: (source: string, target?: string) => void;
  }
>(function GraphView({ dark, onPainted, onRelate }, ref) {
  const datasetId = useAppStore((s) => s.dataset.id);
  const elementCount = useAppStore((s) => s.dataset.actors.length + s.dataset.relations.length);
  // While a `?data=` file loads, the canvas waits for it rather than draw the built-in graph first.
  const waiting = useUrlLoad((s) => s.status.state === 'loading');
  // The detail chosen at the last zoom, for this dataset; a new large graph starts zoomed out.
  const [zoomed, setZoomed] = useState<{ datasetId: string; detail: Detail } | null>(null);
  const detail: Detail =
    zoomed?.datasetId === datasetId ? zoomed.detail : isLargeGraph(elementCount) ? 'far' : 'full';
  const full = dark ? DARK_PALETTE : LIGHT_PALETTE;
  const widthBySources = useAppStore((s) => s.edgeWidthBySources);
  const actorSelected = useAppStore((s) => s.selection?.kind === 'actor');
  const stylesheet = useMemo(
    () => detailedStylesheet(full, detail, widthBySources),
    [full, detail, widthBySources],
  );
  const cyRef = useRef<Core | null>(null);
  /** The same instance, as state: what draws over the canvas renders once it exists. */
  const [cyShown, setCyShown] = useState<Core | null>(null);
  const adapterRef = useRef<GraphAdapter | null>(null);
  const shownRef = useRef({ datasetId, elementCount });
  const paintPending = useRef(false);
  const onPaintedRef = useRef(onPainted);
  useLayoutEffect(() => {
    onPaintedRef.current = onPainted;
  }, [onPainted]);
  // The far painter reads the detail at each frame; set in the commit, before the next frame.
  const detailRef = useRef(detail);
  useLayoutEffect(() => {
    detailRef.current = detail;
    if (cyRef.current) applyRendererDetail(cyRef.current, elementCount, detail);
  }, [detail, elementCount, waiting]);

  // react-cytoscapejs calls this on every render: attach the adapter once per instance.
  const onCy = useCallback((cy: Core) => {
    if (cyRef.current === cy) return;
    adapterRef.current?.destroy();
    cyRef.current = cy;
    setCyShown(cy);
    adapterRef.current = new GraphAdapter(cy, useAppStore, () => {
      paintPending.current = true;
    });
    installZOrder(cy);
    skipUnchangedResize(cy);
    // Before the far painter, which hooks the same drawing and hands back to this one when idle.
    drawFirstFrameDirectly(cy);
    // A large graph fetches the far painter at once (its first frame is seconds of slices away);
    // a small one after its first painted frame, below.
    const { dataset } = useAppStore.getState();
    if (isLargeGraph(dataset.actors.length + dataset.relations.length)) {
      installFarPainterOn(cy, detailRef);
    }
    let framePending = false;
    cy.on('render', () => {
      // The frame that shows this drawing begins at the next animation frame.
      if (!framePending) {
        framePending = true;
        requestAnimationFrame(() => {
          framePending = false;
          markMoment('actor-graph:frame');
        });
      }
      if (!paintPending.current) return;
      paintPending.current = false;
      requestAnimationFrame(() => {
        markMoment('actor-graph:painted');
        onPaintedRef.current?.();
        prefetchLayouts(cy);
        installFarPainterOn(cy, detailRef);
      });
    });
    // Choose the detail once the viewport rests after a zoom or a pan (into a crowded part).
    let timer: ReturnType<typeof setTimeout> | undefined;
    cy.on('viewport', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (cy.destroyed()) return;
        const shown = shownRef.current;
        const next = detailFor(shown.elementCount, cy.zoom(), actorsInView(cy));
        setZoomed((z) =>
          z?.datasetId === shown.datasetId && z.detail === next
            ? z
            : { datasetId: shown.datasetId, detail: next },
        );
      }, DETAIL_DELAY_MS);
    });
    cy.one('destroy', () => clearTimeout(timer));
  }, []);

  useLayoutEffect(() => {
    shownRef.current = { datasetId, elementCount };
  }, [datasetId, elementCount]);

  // Runs once react-cytoscapejs has mounted Cytoscape (in its own commit phase), and before the
  // first frame: elements, classes, sizes and the framing are in place when Cytoscape first draws,
  // which a passive effect would come after (one whole drawing thrown away). Later datasets are
  // opened by the adapter as the store switches. Once one is on the canvas (a large one is drawn
  // in slices), the adapter says so and its first drawing is marked for the benchmark.
  useLayoutEffect(() => {
    if (!waiting) adapterRef.current?.start();
  }, [datasetId, waiting]);

  useEffect(
    () => () => {
      if (cyRef.current) cancelLayout(cyRef.current);
      adapterRef.current?.destroy();
      adapterRef.current = null;
    },
    [],
  );

  useImperativeHandle(
    ref,
    () => ({
      fit() {
        if (cyRef.current) fitShown(cyRef.current);
      },
      centerOn(id) {
        if (cyRef.current) centerOn(cyRef.current, id);
      },
      async exportPng(options, caption) {
        const cy = cyRef.current;
        if (!cy) throw new Error('The graph is not ready yet.');
        await adapterRef.current?.idle(); // a large dataset still being drawn is drawn whole
        const loaded = loadImageExport(); // rarely used: loaded on demand, then kept
        const { exportPng } = loaded instanceof Promise ? await loaded : loaded;
        // Briefings are printed on white: draw dark-theme labels in light-theme colours for it.
        const swap = dark && options.background === 'white';
        if (swap) cy.style(detailedStylesheet(LIGHT_PALETTE, detail, widthBySources));
        try {
          return await exportPng(cy, options, caption);
        } finally {
          if (swap) cy.style(stylesheet);
        }
      },
      async exportSvg(options, caption) {
        const cy = cyRef.current;
        if (!cy) throw new Error('The graph is not ready yet.');
        await adapterRef.current?.idle();
        const loaded = loadSvgExport();
        const { exportSvg } = loaded instanceof Promise ? await loaded : loaded;
        const swap = dark && options.background === 'white';
        if (swap) cy.style(detailedStylesheet(LIGHT_PALETTE, detail, widthBySources));
        try {
          return exportSvg(cy, options, caption);
        } finally {
          if (swap) cy.style(stylesheet);
        }
      },
    }),
    [dark, stylesheet, detail, widthBySources],
  );

  return (
    <>
      {!waiting && (
        <CytoscapeComponent
          elements={NO_ELEMENTS}
          stylesheet={stylesheet}
          layout={PRESET_LAYOUT}
          style={CANVAS_STYLE}
          cy={onCy}
          minZoom={0.05}
          maxZoom={4}
          autounselectify
          boxSelectionEnabled
        />
      )}
      {onRelate && actorSelected && (
        <Suspense fallback={null}>
          <RelateHandle cy={cyShown} onRelate={onRelate} />
        </Suspense>
      )}
      <GraphStatus huge={isHugeGraph(elementCount)} />
    </>
  );
});

/** Graphs the far painter is installed on, or being fetched for. */
const farPainted = new WeakSet<Core>();

/**
 * Fetch the far painter (a chunk of its own, kept out of the first paint's JavaScript) and let it
 * draw `cy` whenever the detail is far. Until it is there, Cytoscape draws every frame itself.
 */
function installFarPainterOn(cy: Core, detail: { readonly current: Detail }): void {
  if (farPainted.has(cy)) return;
  farPainted.add(cy);
  void import('./far-painter').then(({ installFarPainter }) => {
    if (!cy.destroyed()) installFarPainter(cy, () => detail.current === 'far');
  });
}

/** The selected actor's "+" handle: loaded when an actor is first selected. */
const RelateHandle = lazy(() =>
  import('./relate-handle').then((m) => ({ default: m.RelateHandle })),
);

const stylesheets = new Map<string, ReturnType<typeof graphStylesheet>>();

/** The stylesheet for a palette and detail, built once each (identity matters to react-cytoscapejs). */
function detailedStylesheet(palette: typeof LIGHT_PALETTE, detail: Detail, bySources: boolean) {
  const key = `${palette === DARK_PALETTE ? 'dark' : 'light'}-${detail}-${bySources}`;
  let sheet = stylesheets.get(key);
  if (!sheet) {
    sheet = stylesheetFor(graphStylesheet(palette, bySources), detail);
    stylesheets.set(key, sheet);
  }
  return sheet;
}

/**
 * Sliced canvas work's progress. React renders it when a run starts and when it ends; the counts
 * in between are written into it directly: a React render at each slice would start over, every
 * 40 ms, the render React may interrupt in which the panels follow a large dataset
 * (`useDatasetContent`), and that render then finished only after the drawing, seconds later.
 */
export function DrawingProgress() {
  const run = useCanvasProgress((s) => s.progress?.run ?? null);
  const label = useCanvasProgress((s) => s.progress?.label ?? '');
  const total = useCanvasProgress((s) => s.progress?.total ?? 0);
  const bar = useRef<HTMLProgressElement>(null);
  const count = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (run === null) return;
    const show = (progress: CanvasProgress | null) => {
      if (progress?.run !== run) return;
      if (bar.current) bar.current.value = progress.done;
      if (count.current) count.current.textContent = progress.done.toLocaleString('en');
    };
    show(useCanvasProgress.getState().progress);
    return useCanvasProgress.subscribe((state) => show(state.progress));
  }, [run]);
  if (run === null) return null;
  return (
    <div className="graph-status" style={STATUS_STYLE} role="status">
      <progress ref={bar} aria-label="Drawing progress" max={Math.max(1, total)} /> {label}:{' '}
      <span ref={count}>0</span> of {total.toLocaleString('en')} actors and relationships…
    </div>
  );
}

/** Over the canvas: a dataset file loading or refused, and a long layout with its Stop button. */
function GraphStatus({ huge }: { huge: boolean }) {
  const load = useUrlLoad((s) => s.status);
  const dismissLoad = useUrlLoad((s) => s.dismiss);
  const running = useLayoutRun((s) => s.running);
  const stop = useLayoutRun((s) => s.stop);
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(
      () => setElapsed(Math.round((performance.now() - running.started) / 1000)),
      1000,
    );
    return () => {
      clearInterval(timer);
      setElapsed(0);
    };
  }, [running]);
  return (
    <>
      {load.state === 'loading' && (
        <div className="graph-status" style={STATUS_STYLE} role="status">
          <progress aria-label={`Loading ${load.file}`} /> Loading {load.file}…
        </div>
      )}
      {load.state === 'failed' && (
        <div className="graph-status" style={STATUS_STYLE} role="alert">
          <p>{load.file} could not be opened:</p>
          <ul>
            {load.problems.slice(0, 10).map((p, i) => (
              <li key={i}>{p.path === 'file' ? p.message : `${p.path}: ${p.message}`}</li>
            ))}
          </ul>
          {load.problems.length > 10 && <p>and {load.problems.length - 10} more problems</p>}
          <button type="button" onClick={dismissLoad}>
            Dismiss
          </button>
        </div>
      )}
      {huge && (
        <p className="graph-status" style={NOTE_STYLE} role="note">
          Over {HUGE_GRAPH_ELEMENTS.toLocaleString('en')} actors and relationships: drawn simplified
          at every zoom (relationships as straight lines without arrows or labels), and a selection
          or path does not fade the rest.
        </p>
      )}
      <DrawingProgress />
      {running && (
        <div className="graph-status" style={STATUS_STYLE} role="status">
          <progress aria-label="Layout progress" /> Laying out {running.actors.toLocaleString('en')}{' '}
          actors… {elapsed} s{' '}
          <button type="button" onClick={stop}>
            Stop
          </button>
        </div>
      )}
    </>
  );
}
