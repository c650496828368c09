// The selected actor's handle (docs/design.md §12): drag it onto another actor and the
// "Relationship" dialog opens with both filled in; press it (click, Enter or Space) and it opens
// with the selected actor as the source. A line follows the pointer while dragging.
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { useAppStore } from '../store/app-store';
import { useActorIndex } from '../store/derived';

interface Point {
  readonly x: number;
  readonly y: number;
}

/** Past this many pixels a press on the handle is a drag, not a click. */
const DRAG_SLOP = 4;

/** The shown actor under a point of the canvas (rendered px), innermost first; null if none. */
export function actorAt(cy: Core, at: Point): string | null {
  const pan = cy.pan();
  const zoom = cy.zoom();
  const x = (at.x - pan.x) / zoom;
  const y = (at.y - pan.y) / zoom;
  let best: NodeSingular | null = null;
  let bestArea = Infinity;
  cy.nodes().forEach((node) => {
    if (!node.visible()) return;
    const p = node.position();
    const w = node.outerWidth() / 2;
    const h = node.outerHeight() / 2;
    if (Math.abs(p.x - x) > w || Math.abs(p.y - y) > h) return;
    // A group's box holds its members: the smallest box under the point is the one meant.
    const area = w * h;
    if (area < bestArea) {
      best = node;
      bestArea = area;
    }
  });
  return best === null ? null : (best as NodeSingular).id();
}

export function RelateHandle({
  cy,
  onRelate,
}: {
  cy: Core | null;
  onRelate: (source: string, target?: string) => void;
}) {
  const selection = useAppStore((s) => s.selection);
  // Filters and edits may hide, move or remove the actor: place the handle again after each.
  const revision = useAppStore((s) => s.revision);
  const filters = useAppStore((s) => s.filters);
  const focus = useAppStore((s) => s.focus);
  const actorId = selection?.kind === 'actor' ? selection.id : null;
  // The actor index is derived once per content: no scan of the actors on every store change.
  const actors = useActorIndex();
  const name = actorId ? (actors.get(actorId)?.name ?? actorId) : '';
  /** Where the handle sits (its actor's top-right corner) and the actor's centre, rendered px. */
  const [placed, setPlaced] = useState<{ id: string; corner: Point; centre: Point } | null>(null);
  const [pointer, setPointer] = useState<Point | null>(null);
  const pressed = useRef<{ from: Point; dragged: boolean } | null>(null);

  useEffect(() => {
    if (!cy || !actorId) return;
    const node = cy.getElementById(actorId);
    const place = () => {
      if (node.empty() || node.removed() || !node.visible()) {
        setPlaced(null);
        return;
      }
      const box = node.renderedBoundingBox({ includeLabels: false });
      setPlaced({
        id: actorId,
        corner: { x: box.x2 + 2, y: box.y1 - 2 },
        centre: node.renderedPosition(),
      });
    };
    // At the next frame: the canvas has applied the store's change by then.
    const frame = requestAnimationFrame(place);
    cy.on('pan zoom resize', place);
    node.on('position', place);
    return () => {
      cancelAnimationFrame(frame);
      cy.off('pan zoom resize', place);
      node.off('position', undefined, place);
    };
  }, [cy, actorId, revision, filters, focus]);

  const corner = placed?.id === actorId ? placed.corner : null;
  const centre = placed?.id === actorId ? placed.centre : null;
  if (!cy || !actorId || !corner) return null;

  const local = (e: ReactPointerEvent): Point => {
    const box = cy.container()!.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  const onPointerDown = (e: ReactPointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    pressed.current = { from: local(e), dragged: false };
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLButtonElement>) => {
    const press = pressed.current;
    if (!press) return;
    const at = local(e);
    if (!press.dragged && Math.hypot(at.x - press.from.x, at.y - press.from.y) < DRAG_SLOP) return;
    press.dragged = true;
    setPointer(at);
  };
  const onPointerUp = (e: ReactPointerEvent<HTMLButtonElement>) => {
    const press = pressed.current;
    if (!press?.dragged) return; // a click: onClick opens the dialog
    const target = actorAt(cy, local(e));
    setPointer(null);
    if (target && target !== actorId) onRelate(actorId, target);
  };
  const onClick = () => {
    const press = pressed.current;
    pressed.current = null;
    if (press?.dragged) return;
    onRelate(actorId);
  };

  return (
    <>
      {pointer && centre && (
        <svg className="relate-line" aria-hidden="true">
          <line x1={centre.x} y1={centre.y} x2={pointer.x} y2={pointer.y} />
        </svg>
      )}
      <button
        type="button"
        className="relate-handle"
        aria-label={`Draw a relationship from ${name}`}
        title="Drag onto another actor to relate them (or press to choose the target)"
        style={{ left: corner.x, top: corner.y }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          pressed.current = null;
          setPointer(null);
        }}
        onClick={onClick}
      >
        +
      </button>
    </>
  );
}
