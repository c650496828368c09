// The one bridge from the store to Cytoscape: subscribes to the store, applies visual state as
// class diffs inside cy.batch(), runs layouts on demand, and turns taps into store actions.
import type { CollectionArgument, CollectionReturnValue, Core, EventObject } from 'cytoscape';
import type { Dataset } from '../../graph-data/schema';
import { actorMetrics, nodeSizes } from '../model/analysis/metrics';
import { elementClasses, type ElementClass } from '../model/element-classes';
import type { VisibleGraph } from '../model/filters';
import { groupParents } from '../model/grouping';
import { useAppStore, type AppState } from '../store/app-store';
import { visibleFor } from '../store/derived';
import { hasAllPositions } from './elements';
import { runLayout } from './layouts';

type Positions = Map<string, { x: number; y: number }>;

export class GraphAdapter {
  private applied = new Map<string, readonly ElementClass[]>();
  /** Elements by id; dropped whenever elements are replaced (a new dataset, regrouping). */
  private byId: Map<string, CollectionReturnValue> | null = null;
  /** Parent each node is drawn inside now (grouping), and node sizes now (metrics). */
  private parents = new Map<string, string>();
  private sizes = new Map<string, number>();
  private viewBeforeFocus: { zoom: number; pan: { x: number; y: number } } | null = null;
  private datasetShown: Dataset | null = null;
  /** Positions per dataset id, so moved actors stay put when the user switches back (a session). */
  private positions = new Map<string, Positions>();
  private unsubscribe: () => void;

  constructor(
    private readonly cy: Core,
    private readonly store = useAppStore,
  ) {
    cy.on('tap', 'node', this.onTapNode);
    cy.on('tap', 'edge', this.onTapEdge);
    cy.on('tap', this.onTapBackground);
    this.unsubscribe = store.subscribe((state, previous) => this.onStoreChange(state, previous));
  }

  destroy(): void {
    this.unsubscribe();
    this.cy.off('tap', 'node', this.onTapNode);
    this.cy.off('tap', 'edge', this.onTapEdge);
    this.cy.off('tap', this.onTapBackground);
  }

  /** Called once the canvas holds the elements of the store's dataset (first mount, or a switch). */
  elementsReady(): void {
    const state = this.store.getState();
    if (this.datasetShown && this.datasetShown !== state.dataset) {
      this.positions.set(this.datasetShown.id, this.currentPositions());
    }
    this.datasetShown = state.dataset;
    this.byId = null;
    this.applied.clear();
    this.parents.clear();
    this.sizes.clear();
    this.cy.elements().classes([]);
    this.applyGrouping(state);
    this.applyClasses(state);
    this.applySizes(state);
    const saved = this.positions.get(state.dataset.id);
    if (saved) {
      this.cy.batch(() => {
        for (const [id, p] of saved) this.cy.getElementById(id).position(p);
      });
      this.cy.fit(undefined, 40);
    } else if (hasAllPositions(state.dataset)) {
      this.cy.fit(undefined, 40);
    } else {
      runLayout(this.cy, state.layout, this.selectedActorId(state));
    }
  }

  private onStoreChange(state: AppState, previous: AppState): void {
    if (state.dataset !== this.datasetShown) return; // elementsReady() follows the new elements
    const shownChanged = state.filters !== previous.filters || state.focus !== previous.focus;
    const regroup = state.grouped !== previous.grouped || (state.grouped && shownChanged);
    if (regroup) this.applyGrouping(state);
    if (
      regroup ||
      shownChanged ||
      state.selection !== previous.selection ||
      state.highlight !== previous.highlight
    ) {
      this.applyClasses(state);
    }
    if (shownChanged || state.sizeBy !== previous.sizeBy) this.applySizes(state);
    if (state.layoutRequest !== previous.layoutRequest || state.grouped !== previous.grouped) {
      runLayout(this.cy, state.layout, this.selectedActorId(state));
    } else if (state.focus !== previous.focus) {
      this.frameFocus(state, previous);
    }
  }

  /** Entering or widening a focus frames it; leaving it returns to the view from before. */
  private frameFocus(state: AppState, previous: AppState): void {
    if (state.focus && !previous.focus) {
      this.viewBeforeFocus = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
    }
    if (!state.focus && this.viewBeforeFocus) {
      this.cy.viewport(this.viewBeforeFocus);
      this.viewBeforeFocus = null;
    } else {
      this.cy.fit(this.cy.elements(':visible'), 40);
    }
  }

  private selectedActorId(state: AppState): string | undefined {
    return state.selection?.kind === 'actor' ? state.selection.id : undefined;
  }

  private currentPositions(): Positions {
    const out: Positions = new Map();
    this.cy.nodes().forEach((n) => {
      out.set(n.id(), { ...n.position() });
    });
    return out;
  }

  private visible(state: AppState): VisibleGraph {
    return visibleFor({ dataset: state.dataset, filters: state.filters, focus: state.focus });
  }

  /** Draw shown actors inside their shown parent, or on their own when grouping is off. */
  private applyGrouping(state: AppState): void {
    const next = state.grouped
      ? groupParents(state.dataset, this.visible(state))
      : new Map<string, string>();
    const changed = [...new Set([...this.parents.keys(), ...next.keys()])].filter(
      (id) => this.parents.get(id) !== next.get(id),
    );
    if (changed.length === 0) return;
    this.cy.batch(() => {
      for (const id of changed) {
        this.cy.getElementById(id).move({ parent: next.get(id) ?? null });
      }
    });
    this.parents = next;
    // move() replaces the moved nodes and their edges: class bookkeeping starts again.
    this.byId = null;
    this.applied.clear();
    this.cy.elements().classes([]);
  }

  /** Node sizes by the chosen measure over what is shown; betweenness only when asked for. */
  private applySizes(state: AppState): void {
    const visible = this.visible(state);
    const next =
      state.sizeBy === 'none'
        ? new Map<string, number>()
        : nodeSizes(
            actorMetrics(visible, { betweenness: state.sizeBy === 'betweenness' }),
            state.sizeBy,
            26,
            72,
          );
    this.cy.batch(() => {
      for (const id of this.sizes.keys()) {
        if (!next.has(id)) this.cy.getElementById(id).removeData('size');
      }
      for (const [id, size] of next) {
        if (this.sizes.get(id) !== size) this.cy.getElementById(id).data('size', size);
      }
    });
    this.sizes = next;
  }

  /**
   * Apply only the class changes since the last call, in one batch: elements that take the same
   * classes are changed as one collection (a filter toggle on a large graph changes thousands).
   */
  private applyClasses(state: AppState): void {
    const visible = this.visible(state);
    const next = elementClasses(state.dataset, {
      visible,
      selection: state.selection,
      highlight: state.highlight,
    });
    const changes = new Map<string, { classes: readonly ElementClass[]; ids: string[] }>();
    const change = (id: string, classes: readonly ElementClass[]) => {
      const key = classes.join(' ');
      const group = changes.get(key);
      if (group) group.ids.push(id);
      else changes.set(key, { classes, ids: [id] });
    };
    for (const id of this.applied.keys()) {
      if (!next.has(id)) change(id, []);
    }
    for (const [id, classes] of next) {
      const before = this.applied.get(id);
      if (before && before.length === classes.length && before.every((c, i) => c === classes[i])) {
        continue;
      }
      change(id, classes);
    }
    const cy = this.cy;
    cy.batch(() => {
      for (const { classes, ids } of changes.values()) {
        // Cytoscape takes an array of elements here; its types only list definitions.
        const eles = ids.flatMap((id) => this.element(id) ?? []) as unknown as CollectionArgument;
        cy.collection(eles).classes([...classes]);
      }
    });
    this.applied = next;
  }

  /** The element with this id, from an index built once per set of elements. */
  private element(id: string): CollectionReturnValue | undefined {
    if (!this.byId) {
      const index = new Map<string, CollectionReturnValue>();
      this.cy.elements().forEach((ele) => {
        index.set(ele.id(), ele as unknown as CollectionReturnValue);
      });
      this.byId = index;
    }
    return this.byId.get(id);
  }

  private onTapNode = (event: EventObject): void => {
    this.store.getState().select({ kind: 'actor', id: event.target.id() as string });
  };

  private onTapEdge = (event: EventObject): void => {
    this.store.getState().select({ kind: 'relation', id: event.target.id() as string });
  };

  private onTapBackground = (event: EventObject): void => {
    if (event.target === this.cy) this.store.getState().select(null);
  };
}
