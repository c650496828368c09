// The timeline under the graph: every dated relation as a mark in date order (inferred dates
// hollow). Choosing a mark selects its relation; dragging across the strip sets the date range.
import { memo, useRef, useState, type PointerEvent } from 'react';
import type { Selection } from '../../model/element-classes';
import { dateSpan } from '../../model/partial-date';
import {
  dateRangeAtPositions,
  datePosition,
  TIMELINE_COLUMNS,
  type TimeAxis,
  type TimelineLayout,
} from '../../model/timeline';
import { dayString } from '../../model/partial-date';
import { useLineColor } from '../use-dark-theme';
import type { Vocabulary } from '../../model/vocabulary';
import { useAppStore } from '../../store/app-store';
import { timelineLayoutFor, useDatasetContent, useVocabulary } from '../../store/derived';

const HEIGHT = 48;
const MARK_R = 5;
/** Marks stacked in one column before the next ones shift sideways, so none hides another. */
const ROWS = 3;
/** Beyond this many marks the strip draws a density bar per column instead of one mark each. */
const MAX_MARKS = 400;

export function TimelineStrip() {
  const dataset = useDatasetContent();
  const filters = useAppStore((s) => s.filters);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const setDateRange = useAppStore((s) => s.setDateRange);
  const vocabulary = useVocabulary();
  // Marks follow every filter but the date range itself, so what the range leaves out stays in
  // view (dimmed) and can be dragged back in.
  const layout = timelineLayoutFor(dataset, filters, MAX_MARKS);
  const { extent } = layout;
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);

  if (!extent) return null;

  const position = (e: PointerEvent) => {
    const box = svgRef.current!.getBoundingClientRect();
    return Math.min(1, Math.max(0, (e.clientX - box.left) / Math.max(1, box.width)));
  };
  const rangeX =
    filters.dateFrom || filters.dateTo
      ? [
          filters.dateFrom ? datePosition(filters.dateFrom, layout.axis) : 0,
          filters.dateTo ? datePosition(filters.dateTo, layout.axis, 'end') : 1,
        ]
      : null;

  return (
    <section className="timeline" aria-label="Timeline">
      <span className="timeline-end">{extent[0]}</span>
      <svg
        ref={svgRef}
        className="timeline-svg"
        height={HEIGHT}
        role="group"
        aria-label={`${layout.count} dated relationships; drag to set the date range`}
        onPointerDown={(e) => {
          if ((e.target as Element).closest('[data-mark]')) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          const p = position(e);
          setDrag({ a: p, b: p });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, b: position(e) })}
        onPointerUp={() => {
          if (drag && Math.abs(drag.b - drag.a) > 0.005) {
            const { from, to } = dateRangeAtPositions(drag.a, drag.b, layout.axis);
            setDateRange(from, to);
          }
          setDrag(null);
        }}
      >
        <Axis axis={layout.axis} />
        {rangeX && (
          <rect
            x={`${rangeX[0]! * 100}%`}
            width={`${Math.max(0.2, (rangeX[1]! - rangeX[0]!) * 100)}%`}
            y="0"
            height={HEIGHT}
            className="timeline-range"
          />
        )}
        {drag && (
          <rect
            x={`${Math.min(drag.a, drag.b) * 100}%`}
            width={`${Math.abs(drag.b - drag.a) * 100}%`}
            y="0"
            height={HEIGHT}
            className="timeline-drag"
          />
        )}
        {layout.count > MAX_MARKS ? (
          <DensityBars columns={layout.columns} />
        ) : (
          <Marks
            layout={layout}
            vocabulary={vocabulary}
            selection={selection}
            dateFrom={filters.dateFrom}
            dateTo={filters.dateTo}
            select={select}
          />
        )}
      </svg>
      <span className="timeline-end">{extent[1]}</span>
    </section>
  );
}

/**
 * The axis line, broken where a long stretch without marks is squeezed (model/timeline.ts): a
 * pair of slanted strokes there, titled with the days it skips.
 */
const Axis = memo(function Axis({ axis }: { axis: TimeAxis }) {
  const y = HEIGHT - 8;
  return axis.pieces.map((p) =>
    p.gap ? (
      <g key={p.first} className="timeline-break">
        <title>{`${dayString(p.first)} – ${dayString(p.last)}: no dates`}</title>
        <rect x={`${p.x0 * 100}%`} width={`${(p.x1 - p.x0) * 100}%`} y={y - 8} height={16} />
        {[0.35, 0.65].map((f) => (
          <line
            key={f}
            x1={`${(p.x0 + (p.x1 - p.x0) * f) * 100}%`}
            x2={`${(p.x0 + (p.x1 - p.x0) * f) * 100}%`}
            y1={y - 5}
            y2={y + 5}
          />
        ))}
      </g>
    ) : (
      <line
        key={p.first}
        x1={`${p.x0 * 100}%`}
        x2={`${p.x1 * 100}%`}
        y1={y}
        y2={y}
        className="timeline-axis"
      />
    ),
  );
});

/** One bar per column, taller the more marks it holds. Memoised: a drag redraws only its box. */
const DensityBars = memo(function DensityBars({ columns }: { columns: TimelineLayout['columns'] }) {
  return [...columns.entries()].map(([column, count]) => (
    <rect
      key={column}
      x={`${(column * 100) / TIMELINE_COLUMNS}%`}
      width={`${100 / TIMELINE_COLUMNS}%`}
      y={HEIGHT - 8 - Math.min(HEIGHT - 10, 3 + Math.log2(count) * 5)}
      height={Math.min(HEIGHT - 10, 3 + Math.log2(count) * 5)}
      className="timeline-density"
    />
  ));
});

/** One mark per dated relation, dimmed outside the date range. Memoised like DensityBars. */
const Marks = memo(function Marks({
  layout,
  vocabulary,
  selection,
  dateFrom,
  dateTo,
  select,
}: {
  layout: TimelineLayout;
  vocabulary: Vocabulary;
  selection: Selection | null;
  dateFrom: string | undefined;
  dateTo: string | undefined;
  select: (selection: Selection) => void;
}) {
  const lineColor = useLineColor();
  const from = dateFrom ? dateSpan(dateFrom)[0] : undefined;
  const to = dateTo ? dateSpan(dateTo)[1] : undefined;
  return layout.placed.map(({ mark: m, type: typeId, x, row }) => {
    const type = vocabulary.relationType(typeId);
    const color = lineColor(type.color);
    const selected = selection?.kind === 'relation' && selection.id === m.relationId;
    const inRange = (from === undefined || m.end >= from) && (to === undefined || m.start <= to);
    const cy = HEIGHT - 8 - MARK_R - 2 - (row % ROWS) * (MARK_R * 2 + 2);
    // Overflowing marks step inwards, away from the strip's nearer end.
    const shift = Math.floor(row / ROWS) * (MARK_R * 2 + 3) * (x > 0.5 ? -1 : 1);
    return (
      <circle
        key={m.relationId}
        data-mark=""
        role="button"
        tabIndex={0}
        aria-label={`${m.label}, ${m.date}${m.dateInferred ? ' (inferred)' : ''}`}
        aria-pressed={selected}
        cx={`${x * 100}%`}
        cy={cy}
        transform={shift ? `translate(${shift} 0)` : undefined}
        r={selected ? MARK_R + 2 : MARK_R}
        className={`timeline-mark${inRange ? '' : ' out-of-range'}`}
        fill={m.dateInferred ? 'var(--bg)' : color}
        stroke={color}
        strokeWidth={2}
        onClick={() => select({ kind: 'relation', id: m.relationId })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            select({ kind: 'relation', id: m.relationId });
          }
        }}
      >
        <title>{`${m.label}, ${m.date}${m.dateInferred ? ' (inferred)' : ''}`}</title>
      </circle>
    );
  });
});
