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
import { applyElementDiff, loadDataset } from './element-sync';
import { hasAllPositions } from './elements';
import { runLayout } from './layouts';
import { drawnPositions, placedNodes } from './positions';
import { VisualState } from './visual-state';

export class GraphAdapter {
  /** The dataset version the canvas shows now; null before the first one is opened. */
  private shown: Dataset | null = null;
  private readonly visual: VisualState;
  private readonly compound: CompoundNodes;
  private readonly framing: FocusFraming;
  private unsubscribe: () => void = () => {};

  constructor(
    private readonly cy: Core,
    private readonly store = useAppStore,
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
    this.cy.off('tap', 'node', this.onTapNode);
    this.cy.off('tap', 'edge', this.onTapEdge);
    this.cy.off('tap', this.onTapBackground);
    this.cy.off('dragfree', 'node', this.onDragFree);
    this.cy.off('box', this.onBox);
  }

  /** Put a dataset on the canvas whole: a new dataset, or one replaced without a diff. */
  private open(state: AppState): void {
    const dataset = state.dataset;
    // The page around the canvas may have changed with the dataset (its toolbar); a canvas just
    // mounted has measured itself, and reading its size again would force a layout of the page.
    if (this.shown !== null) this.cy.resize();
    this.shown = dataset;
    loadDataset(this.cy, dataset, vocabularyFor(dataset));
    this.visual.reset();
    this.compound.reset();
    this.framing.forget();
    this.applyGrouping(state);
    this.applyClasses(state);
    this.applySizes(state);
    if (hasAllPositions(dataset)) fitShown(this.cy);
    else this.layout(state);
  }

  private onStoreChange(state: AppState, previous: AppState): void {
    if (this.shown === null) return;
    let contentChanged = false;
    if (state.dataset !== this.shown) {
      const change = state.lastChange;
      if (change && change.before === this.shown && change.after === state.dataset) {
        contentChanged = this.applyChange(change);
      } else if (state.dataset.id === this.shown.id) {
        this.open(state); // the same dataset replaced whole (an import over it)
        return;
      } else {
        // Another dataset: the view calls start() once React has laid out the page around it
        // (its toolbar may change the canvas's size, which the first framing needs).
        return;
      }
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

  /**
   * Apply a committed diff by id; the camera stays where it is. Returns whether the content
   * changed (not only where actors sit), so visual state must follow.
   */
  private applyChange(change: DocumentChange): boolean {
    this.shown = change.after;
    const moves = onlyMovesActors(change.diff);
    if (moves && change.origin === 'canvas') return false; // drawn already: a drag or a layout
    const { placed, replaced } = applyElementDiff(
      this.cy,
      change.diff,
      vocabularyFor(change.after),
      () => viewCentre(this.cy),
      change.origin === 'canvas',
    );
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
    return !moves;
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
