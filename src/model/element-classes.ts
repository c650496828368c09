// Visual state as a function of data (as sigma's reducers): which classes each element carries.
import type { Dataset } from '../../graph-data/schema';
import type { VisibleGraph } from './filters';

export type Selection =
  | { readonly kind: 'actor'; readonly id: string }
  | { readonly kind: 'relation'; readonly id: string };

/** Elements an analysis (a path, a focus) wants drawn bright while the rest fades. */
export interface Highlight {
  readonly actorIds: ReadonlySet<string>;
  readonly relationIds: ReadonlySet<string>;
}

export type ElementClass = 'hidden' | 'faded' | 'highlighted' | 'selected';

export interface ViewInput {
  readonly visible: VisibleGraph;
  readonly selection: Selection | null;
  /** Several elements selected together: each is marked, nothing fades. */
  readonly multiSelection?: readonly Selection[];
  readonly highlight?: Highlight | null;
  /**
   * Whether a selection or highlight fades the rest (default true). A huge graph does not: fading
   * restyles every element, seconds at 20k actors and 100k relations (docs/design.md §10).
   */
  readonly fade?: boolean;
}

/**
 * Classes per element id. An element absent from the map carries none. Selecting an actor keeps
 * it and its shown neighbours bright; selecting a relation keeps it and its two ends bright.
 */
export function elementClasses(dataset: Dataset, view: ViewInput): Map<string, ElementClass[]> {
  const { visible, selection } = view;
  const classes = new Map<string, ElementClass[]>();
  const add = (id: string, c: ElementClass) => {
    const list = classes.get(id);
    if (list) list.push(c);
    else classes.set(id, [c]);
  };

  let bright: { actors: Set<string>; relations: Set<string> } | null = null;
  if (selection?.kind === 'actor' && visible.actorIds.has(selection.id)) {
    bright = { actors: new Set([selection.id]), relations: new Set() };
    for (const r of visible.relations) {
      if (r.source !== selection.id && r.target !== selection.id) continue;
      bright.relations.add(r.id);
      bright.actors.add(r.source);
      bright.actors.add(r.target);
    }
  } else if (selection?.kind === 'relation' && visible.relationIds.has(selection.id)) {
    const r = visible.relations.find((x) => x.id === selection.id);
    if (r) bright = { actors: new Set([r.source, r.target]), relations: new Set([r.id]) };
  }
  const highlight = view.highlight;
  if (view.fade === false) bright = null;
  if (highlight && view.fade !== false) {
    bright ??= { actors: new Set(), relations: new Set() };
    for (const id of highlight.actorIds) bright.actors.add(id);
    for (const id of highlight.relationIds) bright.relations.add(id);
  }

  for (const a of dataset.actors) {
    if (!visible.actorIds.has(a.id)) add(a.id, 'hidden');
    else if (bright && !bright.actors.has(a.id)) add(a.id, 'faded');
    else if (highlight?.actorIds.has(a.id)) add(a.id, 'highlighted');
  }
  for (const r of dataset.relations) {
    if (!visible.relationIds.has(r.id)) add(r.id, 'hidden');
    else if (bright && !bright.relations.has(r.id)) add(r.id, 'faded');
    else if (highlight?.relationIds.has(r.id)) add(r.id, 'highlighted');
  }
  if (selection) add(selection.id, 'selected');
  for (const s of view.multiSelection ?? []) {
    if (s.kind === 'actor' ? visible.actorIds.has(s.id) : visible.relationIds.has(s.id))
      add(s.id, 'selected');
  }
  return classes;
}
