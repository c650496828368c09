// One table that renders only the rows on screen (plus an overscan), so 80,000 relationships cost
// what 40 do. It stays a real <table>: aria-rowcount tells screen readers the full size and each
// row says its place with aria-rowindex. Keyboard: one Tab stop per table (the active row's
// button); arrow keys, Page Up/Down, Home and End move between rows and scroll them into view.
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type FocusEvent,
  type ReactNode,
} from 'react';
import './table-view.css';

/** Every body row is this tall (px); table-view.css keeps its cells on one line to hold it. */
export const ROW_HEIGHT = 28;
/** The header row's height (px); it stays stuck to the top of the scroll box. */
export const HEADER_HEIGHT = 30;
/** Rows rendered beyond each edge of the visible ones, so a fast scroll shows no blank. */
const OVERSCAN = 10;
/**
 * Rows assumed visible while the scroll box reports no height: jsdom has no layout, and a box
 * not laid out yet measures 0. Without it only the overscan would render.
 */
const ROWS_WITHOUT_LAYOUT = 20;

export interface Column {
  readonly name: string;
  /** A CSS width for the column (the table is fixed-layout, so rows need no measuring). */
  readonly width: string;
}

interface VirtualTableProps {
  readonly label: string;
  readonly columns: readonly Column[];
  readonly count: number;
  /** The row's key; keep the function stable while the rows are (it is a memo key). */
  readonly rowKey: (index: number) => string;
  /** The row's cells; `tabIndex` goes on its one button (0 for the table's Tab stop, else -1). */
  readonly renderCells: (index: number, tabIndex: 0 | -1) => ReactNode;
  /** The row of the selected element, or -1: it is marked and scrolled into view. */
  readonly selectedIndex: number;
}

const rowSize = () => ROW_HEIGHT;

/** Reports the scroll box's size, or a few rows' worth while it has none (see above). */
const observeRectOrAssume: typeof observeElementRect<HTMLDivElement> = (instance, cb) =>
  observeElementRect(instance, (rect) =>
    cb(
      rect.height > 0
        ? rect
        : { width: rect.width, height: HEADER_HEIGHT + ROWS_WITHOUT_LAYOUT * ROW_HEIGHT },
    ),
  );

/**
 * Scrolls by writing scrollTop, which every browser (and jsdom) has; the library's default calls
 * Element.scrollTo, which jsdom lacks.
 */
function scrollTopTo(
  offset: number,
  { adjustments = 0 }: { adjustments?: number },
  instance: Virtualizer<HTMLDivElement, Element>,
) {
  if (instance.scrollElement) instance.scrollElement.scrollTop = offset + adjustments;
}

const rowIndexOf = (target: EventTarget | null): number => {
  const row = target instanceof Element ? target.closest('tr[data-index]') : null;
  return row ? Number(row.getAttribute('data-index')) : -1;
};

export function VirtualTable({
  label,
  columns,
  count,
  rowKey,
  renderCells,
  selectedIndex,
}: VirtualTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The row holding the table's Tab stop: the last one focused or selected.
  const [activeIndex, setActiveIndex] = useState(Math.max(selectedIndex, 0));
  // A row that keyboard navigation must focus once it is rendered.
  const pendingFocus = useRef<number | null>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- its items are read in this render only, never memoised
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowSize,
    getItemKey: rowKey,
    overscan: OVERSCAN,
    // Row positions are measured from the top of the scroll box, below the header row; scrolling
    // a row into view keeps it clear of the sticky header.
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    observeElementRect: observeRectOrAssume,
    scrollToFn: scrollTopTo,
  });

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const active = Math.min(activeIndex, count - 1);
  // If the active row has scrolled out of the DOM, the first rendered row takes the Tab stop so
  // Tab still lands in the table.
  const tabStop = active >= first && active <= last ? active : first;

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(index, count - 1));
    setActiveIndex(target);
    pendingFocus.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  // The selected row (chosen here, on the canvas or by search) is scrolled into view.
  useEffect(() => {
    if (selectedIndex < 0) return;
    setActiveIndex(selectedIndex);
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  // Focus follows the keyboard once the row it moved to is rendered.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const button = scrollRef.current?.querySelector<HTMLElement>(
      `tr[data-index="${pendingFocus.current}"] button`,
    );
    if (button) {
      pendingFocus.current = null;
      button.focus();
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const from = rowIndexOf(event.target);
    if (from < 0) return;
    const page = Math.max(1, Math.floor((virtualizer.scrollRect?.height ?? 0) / ROW_HEIGHT) - 1);
    const to = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + page,
      PageUp: from - page,
      Home: 0,
      End: count - 1,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    moveTo(to);
  };

  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const index = rowIndexOf(event.target);
    if (index >= 0 && index !== activeIndex) setActiveIndex(index);
  };

  const before = items.length > 0 ? items[0]!.start - HEADER_HEIGHT : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items.at(-1)!.end : 0;

  return (
    <div
      ref={scrollRef}
      className="table-scroll"
      // A short table takes only its own height and leaves the rest of the panel to the other.
      style={{ maxHeight: virtualizer.getTotalSize() + 2 }}
    >
      {/* The rows above and below the window are empty space here, not empty rows. */}
      <div style={{ paddingTop: before, paddingBottom: after }}>
        <table aria-label={label} aria-rowcount={count + 1}>
          <colgroup>
            {columns.map((c) => (
              <col key={c.name} style={{ width: c.width }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
              {columns.map((c) => (
                <th key={c.name} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown} onFocus={onFocus}>
            {items.map((item) => {
              const selected = item.index === selectedIndex;
              return (
                <tr
                  key={item.key}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  aria-current={selected ? 'true' : undefined}
                  className={selected ? 'selected' : undefined}
                  style={{ height: ROW_HEIGHT }}
                >
                  {renderCells(item.index, item.index === tabStop ? 0 : -1)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
