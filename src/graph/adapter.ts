// The one bridge from the store to Cytoscape: subscribes to the store, applies visual state as
// class diffs inside cy.batch(), runs layouts on demand, and turns taps into store actions.
import type { Core, EventObject } from 'cytoscape';
import type { Dataset } from '../../graph-data/schema';
import { elementClasses, type ElementClass } from '../model/element-classes';
import { useAppStore, type AppState } from '../store/app-store';
import { visibleFor } from '../store/derived';
import { hasAllPositions } from './elements';
import { runLayout } from './layouts';

type Positions = Map<string, { x: number; y: number }>;

export class GraphAdapter {
  private applied = new Map<string, readonly ElementClass[]>();
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
    this.applied.clear();
    this.cy.elements().classes([]);
    this.applyClasses(state);
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
    if (
      state.filters !== previous.filters ||
      state.selection !== previous.selection ||
      state.highlight !== previous.highlight
    ) {
      this.applyClasses(state);
    }
    if (state.layoutRequest !== previous.layoutRequest) {
      runLayout(this.cy, state.layout, this.selectedActorId(state));
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

  /** Apply only the class changes since the last call, in one batch. */
  private applyClasses(state: AppState): void {
    const visible = visibleFor(state.dataset, state.filters);
    const next = elementClasses(state.dataset, {
      visible,
      selection: state.selection,
      highlight: state.highlight,
    });
    const cy = this.cy;
    cy.batch(() => {
      for (const id of this.applied.keys()) {
        if (!next.has(id)) cy.getElementById(id).classes([]);
      }
      for (const [id, classes] of next) {
        const before = this.applied.get(id);
        if (
          before &&
          before.length === classes.length &&
          before.every((c, i) => c === classes[i])
        ) {
          continue;
        }
        cy.getElementById(id).classes(classes);
      }
    });
    this.applied = next;
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
