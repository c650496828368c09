// The one bridge from the store to Cytoscape: it subscribes to the store and hands each change to
// the module whose job it is: element-sync (a dataset opened, a diff applied by id), visual-state
// (classes, hidden, sizes), compound-nodes (grouping), camera, layouts; and it turns taps, drags
// and layout results into store actions. See docs/design.md.
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { Dataset, Position } from '../../graph-data/schema';
import { moveActors, onlyMovesActors } from '../model/document';
import type { Selection } from '../model/element-classes';
import type { VisibleGraph } from '../model/filters';
import { groupParents } from '../model/grouping';
import { useAppStore, type AppState, type DocumentChange } from '../store/app-store';
import { visibleFor, vocabularyFor } from '../store/derived';
import { fitShown, FocusFraming, viewCentre } from './camera';
import { CompoundNodes } from './compound-nodes';
import { runAtOnce, runInSlices, SLICED_ABOVE, type SlicedRun } from './canvas-work';
import {
  applyElementDiff,
  diffSize,
  loadDataset,
  loadSize,
  type DiffApplied,
  type ElementWork,
} from './element-sync';
import { hasAllPositions } from './elements';
import { runLayout } from './layouts';
import { drawnPositions, placedNodes } from './positions';
import { VisualState } from './visual-state';

export class GraphAdapter {
  /** The dataset version the canvas shows (or is being drawn); null before the first one. */
  private shown: Dataset | null = null;
  private readonly visual: VisualState;
  private readonly compound: CompoundNodes;
  private readonly framing: FocusFraming;
  private unsubscribe: () => void = () => {};
  /** Sliced work running now (a large dataset opening, a large diff); null when idle. */
  private job: SlicedRun<unknown> | null = null;
  /** Committed changes not yet applied, in order (they wait while sliced work runs). */
  private waiting: DocumentChange[] = [];
  /**
   * The state the classes, sizes, grouping and camera last followed; null once a dataset has
   * been put on the canvas whole and nothing of it is applied yet.
   */
  private synced: AppState | null = null;
  /** Whether changes applied since `synced` changed content (not only where actors sit). */
  private contentChanged = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly cy: Core,
    private readonly store = useAppStore,
    /** Called once a dataset opened is on the canvas, before its first drawing. */
    private readonly onOpened: () => void = () => {},
  ) {
    this.visual = new VisualState(cy);
    this.compound = new CompoundNodes(cy);
    this.framing = new FocusFraming(cy);
    cy.on('tap', 'node', this.onTapNode);
    cy.on('tap', 'edge', this.onTapEdge);
    cy.on('tap', this.onTapBackground);
    cy.on('dragfree', 'node', this.onDragFree);
    cy.on('box', this.onBox);
  }

  /**
   * Open the store's dataset on the canvas (once it may be drawn) and follow the store from then
   * on. Calling it again while the same dataset is shown does nothing.
   */
  start(): void {
    if (this.shown === null) {
      this.unsubscribe = this.store.subscribe((state, previous) =>
        this.onStoreChange(state, previous),
      );
    }
    const state = this.store.getState();
    if (this.shown !== state.dataset) this.open(state);
  }

  destroy(): void {
    this.unsubscribe();
    this.job?.cancel();
    this.job = null;
    this.cy.off('tap', 'node', this.onTapNode);
    this.cy.off('tap', 'edge', this.onTapEdge);
    this.cy.off('tap', this.onTapBackground);
    this.cy.off('dragfree', 'node', this.onDragFree);
    this.cy.off('box', this.onBox);
  }

  /** Resolves once the canvas shows the store's dataset (at once when no sliced work runs). */
  idle(): Promise<void> {
    if (!this.job) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Put a dataset on the canvas whole: a new dataset, or one replaced without a diff. A large one
   * is drawn in slices; changes committed meanwhile wait, and are applied after it.
   */
  private open(state: AppState): void {
    const dataset = state.dataset;
    this.job?.cancel();
    this.job = null;
    this.waiting = [];
    // The page around the canvas may have changed with the dataset (its toolbar); a canvas just
    // mounted has measured itself, and reading its size again would force a layout of the page.
    if (this.shown !== null) this.cy.resize();
    this.shown = dataset;
    const work = loadDataset(this.cy, dataset, vocabularyFor(dataset));
    const opened = () => {
      this.visual.forget();
      this.compound.reset();
      this.framing.forget();
      this.synced = null;
      this.contentChanged = false;
      this.settle();
      this.onOpened();
    };
    const size = loadSize(this.cy, dataset);
    if (size <= SLICED_ABOVE) {
      runAtOnce(this.cy, work);
      opened();
    } else {
      this.runSliced(work, size, `Drawing “${dataset.title}”`, opened);
    }
  }

  /** Run sliced work; `then` runs when it is done (not when it was cancelled). */
  private runSliced<T>(work: ElementWork<T>, size: number, label: string, then: (v: T) => void) {
    const job: SlicedRun<T> = runInSlices(this.cy, work, size, label, (value) => {
      if (this.job !== job) return;
      this.job = null;
      then(value);
    });
    this.job = job as SlicedRun<unknown>;
  }

  private onStoreChange(state: AppState, previous: AppState): void {
    if (this.shown === null) return;
    if (state.lastChange && state.lastChange !== previous.lastChange) {
      this.waiting.push(state.lastChange);
    }
    if (!this.job) this.settle();
  }

  /**
   * Bring the canvas up to the store: the waiting changes in order (a large one in slices, after
   * which this runs again), then what the view shows: grouping, classes, sizes, layout, framing.
   */
  private settle(): void {
    while (this.waiting.length > 0) {
      const change = this.waiting.shift()!;
      // A change of another dataset (one in the background) is not on the canvas.
      if (change.before !== this.shown) continue;
      this.shown = change.after;
      const size = diffSize(change.diff);
      if (size > SLICED_ABOVE) {
        this.runSliced(this.diffWork(change), size, `Drawing the changes`, (applied) => {
          this.afterDiff(change, applied);
          this.settle();
        });
        return;
      }
      this.afterDiff(change, runAtOnce(this.cy, this.diffWork(change)));
    }
    const state = this.store.getState();
    if (state.dataset !== this.shown) {
      // The same dataset replaced whole (an import over it) opens again; another dataset is
      // opened by start() once React has laid out the page around it (its toolbar may change the
      // canvas's size, which the first framing needs).
      if (state.dataset.id === this.shown!.id) this.open(state);
      return;
    }
    const previous = this.synced;
    const contentChanged = this.contentChanged;
    this.synced = state;
    this.contentChanged = false;
    this.follow(state, previous, contentChanged);
    // The canvas shows the store's dataset: whoever waits for that (an export) goes on.
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Apply the view's state: all of it after an open (`previous` null), else what changed. */
  private follow(state: AppState, previous: AppState | null, contentChanged: boolean): void {
    if (previous === null) {
      this.applyGrouping(state);
      this.applyClasses(state);
      this.applySizes(state);
      if (hasAllPositions(state.dataset)) fitShown(this.cy);
      else this.layout(state);
      return;
    }
    const shownChanged =
      contentChanged || state.filters !== previous.filters || state.focus !== previous.focus;
    const regroup = state.grouped !== previous.grouped || (state.grouped && shownChanged);
    if (regroup) this.applyGrouping(state);
    if (
      regroup ||
      shownChanged ||
      state.selection !== previous.selection ||
      state.multiSelection !== previous.multiSelection ||
      state.highlight !== previous.highlight
    ) {
      this.applyClasses(state);
    }
    if (shownChanged || state.sizeBy !== previous.sizeBy) this.applySizes(state);
    if (state.layoutRequest !== previous.layoutRequest || state.grouped !== previous.grouped) {
      this.layout(state);
    } else if (state.focus !== previous.focus) {
      this.framing.update(state.focus !== null, previous.focus !== null);
    }
  }

  /** The element work of a committed diff; the camera stays where it is. */
  private diffWork(change: DocumentChange): ElementWork<DiffApplied> {
    const moves = onlyMovesActors(change.diff);
    // Drawn already: a drag or a layout.
    if (moves && change.origin === 'canvas') return nothingToDo();
    return applyElementDiff(
      this.cy,
      change.diff,
      vocabularyFor(change.after),
      () => viewCentre(this.cy),
      change.origin === 'canvas',
    );
  }

  /** The bookkeeping after a diff is on the canvas; notes whether content changed. */
  private afterDiff(change: DocumentChange, { placed, replaced }: DiffApplied): void {
    if (!onlyMovesActors(change.diff)) this.contentChanged = true;
    const removed = [
      ...change.diff.actors.removed.map((a) => a.id),
      ...change.diff.relations.removed.map((r) => r.id),
    ];
    if (replaced) {
      this.visual.reset();
      this.compound.reset();
    } else {
      const added = [
        ...change.diff.actors.added.map((a) => a.id),
        ...change.diff.relations.added.map((r) => r.id),
      ];
      this.visual.elementsChanged(added, removed);
    }
    if (placed.size > 0) this.storePositions(change.datasetId, placed);
  }

  /** Run the chosen layout; its result is stored as the actors' positions. */
  private layout(state: AppState): void {
    const datasetId = state.dataset.id;
    runLayout(this.cy, state.layout, this.selectedActorId(state), () =>
      this.storePositions(datasetId, drawnPositions(placedNodes(this.cy))),
    );
  }

  /**
   * Store positions the canvas has drawn. Deferred to a microtask: this may run inside a store
   * listener, and a commit there would reach the listeners after it out of order.
   */
  private storePositions(
    datasetId: string,
    positions: ReadonlyMap<string, Position>,
    /** A drag is a step of its own in the history ("move Iran"); a layout's result is not. */
    label?: string,
  ): void {
    queueMicrotask(() => {
      const { datasets, commit } = this.store.getState();
      const dataset = datasets.find((d) => d.id === datasetId);
      if (dataset) commit(datasetId, moveActors(dataset, positions), 'canvas', label);
    });
  }

  private selectedActorId(state: AppState): string | undefined {
    return state.selection?.kind === 'actor' ? state.selection.id : undefined;
  }

  private visible(state: AppState): VisibleGraph {
    return visibleFor({ dataset: state.dataset, filters: state.filters, focus: state.focus });
  }

  /** Draw shown actors inside their shown parent, or on their own when grouping is off. */
  private applyGrouping(state: AppState): void {
    const next = state.grouped
      ? groupParents(state.dataset, this.visible(state))
      : new Map<string, string>();
    // move() replaces the moved nodes and their edges: class bookkeeping starts again.
    if (this.compound.apply(next)) this.visual.reset();
  }

  private applyClasses(state: AppState): void {
    this.visual.applyClasses(
      state.dataset,
      this.visible(state),
      state.selection,
      state.highlight,
      state.multiSelection,
    );
  }

  private applySizes(state: AppState): void {
    this.visual.applySizes(this.visible(state), state.sizeBy);
  }

  /** A tap selects; with Shift (or Ctrl/⌘) it adds to the selection or takes out. */
  private tapSelect(event: EventObject, item: Selection): void {
    const e = event.originalEvent as MouseEvent | undefined;
    const state = this.store.getState();
    if (e && (e.shiftKey || e.ctrlKey || e.metaKey)) state.toggleSelected(item);
    else state.select(item);
  }

  private onTapNode = (event: EventObject): void => {
    this.tapSelect(event, { kind: 'actor', id: event.target.id() as string });
  };

  private onTapEdge = (event: EventObject): void => {
    this.tapSelect(event, { kind: 'relation', id: event.target.id() as string });
  };

  /**
   * Shift-drag on the background draws a box; Cytoscape names each element in it (after
   * `boxend`), and the shown ones join the selection together, in one store update.
   */
  private boxed: Selection[] = [];
  private onBox = (event: EventObject): void => {
    const ele = event.target as NodeSingular;
    if (ele.style('display') === 'none') return;
    if (this.boxed.length === 0) {
      queueMicrotask(() => {
        const items = this.boxed;
        this.boxed = [];
        if (items.length > 0) this.store.getState().addToSelection(items);
      });
    }
    this.boxed.push({ kind: ele.isNode() ? 'actor' : 'relation', id: ele.id() });
  };

  private onTapBackground = (event: EventObject): void => {
    if (event.target === this.cy) this.store.getState().select(null);
  };

  /** A drag ends: the dragged actors (and a dragged group's members) keep their new place. */
  private onDragFree = (event: EventObject): void => {
    if (!this.shown) return;
    const target = event.target as NodeSingular;
    const moved = drawnPositions(target.union(target.descendants()));
    const name = this.shown.actors.find((a) => a.id === target.id())?.name ?? target.id();
    this.storePositions(
      this.shown.id,
      moved,
      moved.size > 1 ? `move ${moved.size} actors` : `move ${name}`,
    );
  };
}

/** Work with no steps: a change the canvas has drawn already. */
// eslint-disable-next-line require-yield
function* nothingToDo(): ElementWork<DiffApplied> {
  return { placed: new Map(), replaced: false };
}
