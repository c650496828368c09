// One table that renders only the rows on screen (plus an overscan; row-window.ts does the
// arithmetic), so 80,000 relationships cost what 40 do. It stays a real <table>: aria-rowcount tells screen readers the full size and each
// row says its place with aria-rowindex. Keyboard: one Tab stop per table (the active row's
// button); arrow keys, Page Up/Down, Home and End move between rows and scroll them into view.
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { rowWindow, scrollTopToShow, type RowGeometry } from './row-window';
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
  /** The row's key (the element's id). */
  readonly rowKey: (index: number) => string;
  /** The row's cells; `tabIndex` goes on its one button (0 for the table's Tab stop, else -1). */
  readonly renderCells: (index: number, tabIndex: 0 | -1) => ReactNode;
  /** The row of the selected element, or -1: it is marked and scrolled into view. */
  readonly selectedIndex: number;
}

const GEOMETRY: RowGeometry = { rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT };
const ASSUMED_VIEWPORT = HEADER_HEIGHT + ROWS_WITHOUT_LAYOUT * ROW_HEIGHT;

const viewportOf = (el: HTMLElement) => (el.clientHeight > 0 ? el.clientHeight : ASSUMED_VIEWPORT);

/** The scroll box's inner height, kept current, or a few rows' worth while it has none. */
function useViewportHeight(box: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(ASSUMED_VIEWPORT);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const read = () => setHeight(viewportOf(el));
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [box]);
  return height;
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

  const viewport = useViewportHeight(scrollRef);
  const [scrollTop, setScrollTop] = useState(0);
  const { first, last } = rowWindow(scrollTop, viewport, count, GEOMETRY, OVERSCAN);
  const active = Math.min(activeIndex, count - 1);
  // If the active row has scrolled out of the DOM, the first rendered row takes the Tab stop so
  // Tab still lands in the table.
  const tabStop = active >= first && active <= last ? active : first;

  /** Scrolls row `index` into view (no further than needed) and renders the rows around it. */
  const scrollToRow = useCallback((index: number) => {
    const el = scrollRef.current;
    if (!el) return;
    const next = scrollTopToShow(index, el.scrollTop, viewportOf(el), GEOMETRY);
    if (next !== el.scrollTop) el.scrollTop = next;
    // The browser may clamp what was written; its scroll event will say the same again.
    setScrollTop(el.scrollTop);
  }, []);

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(index, count - 1));
    setActiveIndex(target);
    pendingFocus.current = target;
    scrollToRow(target);
  };

  // A newly selected row (chosen here, on the canvas or by search) takes the Tab stop...
  const [selectedBefore, setSelectedBefore] = useState(selectedIndex);
  if (selectedIndex !== selectedBefore) {
    setSelectedBefore(selectedIndex);
    if (selectedIndex >= 0) setActiveIndex(selectedIndex);
  }
  // ...and is scrolled into view.
  useEffect(() => {
    if (selectedIndex >= 0) scrollToRow(selectedIndex);
  }, [selectedIndex, scrollToRow]);

  // Focus follows the keyboard once the row it moved to is rendered.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const button = scrollRef.current?.querySelector<HTMLElement>(
      `tr[data-index="${pendingFocus.current}"] :is(button, select)`,
    );
    if (button) {
      pendingFocus.current = null;
      button.focus();
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const from = rowIndexOf(event.target);
    if (from < 0) return;
    const page = Math.max(1, Math.floor((viewport - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
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

  const rows: number[] = [];
  for (let i = first; i <= last; i++) rows.push(i);
  const total = HEADER_HEIGHT + count * ROW_HEIGHT;

  return (
    <div
      ref={scrollRef}
      className="table-scroll"
      // A short table takes only its own height and leaves the rest of the panel to the other.
      style={{ maxHeight: total + 2 }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      {/* The rows above and below the window are empty space here, not empty rows. */}
      <div
        style={{
          paddingTop: rows.length > 0 ? first * ROW_HEIGHT : 0,
          paddingBottom: rows.length > 0 ? (count - 1 - last) * ROW_HEIGHT : 0,
        }}
      >
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
            {rows.map((index) => {
              const selected = index === selectedIndex;
              return (
                <tr
                  key={rowKey(index)}
                  data-index={index}
                  aria-rowindex={index + 2}
                  aria-current={selected ? 'true' : undefined}
                  className={selected ? 'selected' : undefined}
                  style={{ height: ROW_HEIGHT }}
                >
                  {renderCells(index, index === tabStop ? 0 : -1)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
