// What the filters, selection, highlight and size measure make of each element, applied as diffs:
// classes, a `display: none` bypass for what is hidden, and node sizes. Only changes since the
// last call touch Cytoscape, in one batch.
import { isHugeGraph } from './lod';
import type { CollectionArgument, CollectionReturnValue, Core } from 'cytoscape';
import type { Dataset } from '../../graph-data/schema';
import { nodeSizes, type SizeMeasure } from '../model/analysis/metrics';
import { metricsFor } from '../store/derived';
import {
  elementClasses,
  type ElementClass,
  type Highlight,
  type Selection,
} from '../model/element-classes';
import type { VisibleGraph } from '../model/filters';

export class VisualState {
  /** Classes applied now, per element, besides `hidden`. */
  private applied = new Map<string, readonly ElementClass[]>();
  /** Elements hidden now, by a `display: none` bypass. */
  private hidden = new Set<string>();
  /** Node sizes now (metrics). */
  private sizes = new Map<string, number>();
  /** Elements by id; dropped whenever elements are replaced. */
  private byId: Map<string, CollectionReturnValue> | null = null;

  constructor(private readonly cy: Core) {}

  /** No classes and nothing hidden, in Cytoscape and in the bookkeeping (new elements). */
  reset(): void {
    this.cy.batch(() => {
      this.cy.elements().classes([]);
      // Elements kept across a switch (same id) or moved keep their bypasses.
      if (this.hidden.size > 0) this.cy.elements().removeStyle('display');
    });
    this.applied.clear();
    this.hidden.clear();
    this.sizes.clear();
    this.byId = null;
  }

  /** Every element is new (a dataset put on the canvas whole): nothing applied to any yet. */
  forget(): void {
    this.applied.clear();
    this.hidden.clear();
    this.sizes.clear();
    this.byId = null;
  }

  /**
   * Elements were added and removed by id: the index follows just them (rebuilding it would read
   * every element of a 25,000-element graph on each edit), and what removed ones had is forgotten.
   */
  elementsChanged(added: Iterable<string>, removed: Iterable<string>): void {
    for (const id of removed) {
      this.applied.delete(id);
      this.hidden.delete(id);
      this.sizes.delete(id);
      this.byId?.delete(id);
    }
    if (!this.byId) return;
    for (const id of added) {
      const ele = this.cy.getElementById(id);
      if (ele.nonempty()) this.byId.set(id, ele as unknown as CollectionReturnValue);
    }
  }

  /** Node sizes by the chosen measure over what is shown; betweenness only when asked for. */
  applySizes(visible: VisibleGraph, sizeBy: SizeMeasure): void {
    const next =
      sizeBy === 'none'
        ? new Map<string, number>()
        : nodeSizes(metricsFor(visible, sizeBy === 'betweenness'), sizeBy, 26, 72);
    this.cy.batch(() => {
      for (const id of this.sizes.keys()) {
        if (!next.has(id)) this.element(id)?.removeData('size');
      }
      for (const [id, size] of next) {
        if (this.sizes.get(id) !== size) this.element(id)?.data('size', size);
      }
    });
    this.sizes = next;
  }

  /**
   * Apply only the class changes since the last call, in one batch: elements that take the same
   * classes are changed as one collection (a filter toggle on a large graph changes thousands).
   * What is hidden is set as a `display: none` bypass rather than a class: Cytoscape then restyles
   * one property of each element, not every rule of the stylesheet against it (about a quarter
   * less work for a toggle on 5k/20k).
   */
  applyClasses(
    dataset: Dataset,
    visible: VisibleGraph,
    selection: Selection | null,
    highlight: Highlight | null,
    multiSelection: readonly Selection[] = [],
  ): void {
    const next = new Map<string, readonly ElementClass[]>();
    const nextHidden = new Set<string>();
    const fade = !isHugeGraph(dataset.actors.length + dataset.relations.length);
    for (const [id, classes] of elementClasses(dataset, {
      visible,
      selection,
      multiSelection,
      highlight,
      fade,
    })) {
      if (!classes.includes('hidden')) next.set(id, classes);
      else {
        nextHidden.add(id);
        const rest = classes.filter((c) => c !== 'hidden');
        if (rest.length > 0) next.set(id, rest);
      }
    }
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
    const toHide = [...nextHidden].filter((id) => !this.hidden.has(id));
    const toShow = [...this.hidden].filter((id) => !nextHidden.has(id));
    const cy = this.cy;
    // Cytoscape takes an array of elements here; its types only list definitions.
    const collection = (ids: readonly string[]) =>
      cy.collection(ids.flatMap((id) => this.element(id) ?? []) as unknown as CollectionArgument);
    cy.batch(() => {
      if (toShow.length > 0) collection(toShow).removeStyle('display');
      if (toHide.length > 0) collection(toHide).style('display', 'none');
      for (const { classes, ids } of changes.values()) collection(ids).classes([...classes]);
    });
    this.applied = next;
    this.hidden = nextHidden;
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
}
