// Which rows of a fixed-row-height table are on screen, and where to scroll to show one: the
// arithmetic behind VirtualTable. Pure, so it is tested without a browser.
//
// Rows are a fixed height, so this is a division, not a measurement; a library such as
// @tanstack/react-virtual (which measures rows of any height) costs 11 kB gzip of initial
// JavaScript, more than the room left under docs/design.md §10's 250 kB budget.

export interface RowGeometry {
  /** Height of every body row (px). */
  readonly rowHeight: number;
  /** Height of the sticky header row above the first body row (px). */
  readonly headerHeight: number;
}

/** Body rows `first`..`last` inclusive; `last < first` when there are none. */
export interface RowWindow {
  readonly first: number;
  readonly last: number;
}

/**
 * The rows at least partly visible in a scroll box `viewport` px tall scrolled to `scrollTop`,
 * plus `overscan` rows each side, within `0..count-1`.
 */
export function rowWindow(
  scrollTop: number,
  viewport: number,
  count: number,
  { rowHeight, headerHeight }: RowGeometry,
  overscan: number,
): RowWindow {
  if (count <= 0) return { first: 0, last: -1 };
  // Row i spans headerHeight + i·rowHeight .. + rowHeight; the header covers the top of the box.
  const firstVisible = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const lastVisible = Math.ceil((scrollTop + viewport - headerHeight) / rowHeight) - 1;
  const last = Math.min(count - 1, Math.max(0, lastVisible + overscan));
  const first = Math.min(last, Math.max(0, firstVisible - overscan));
  return { first, last };
}

/**
 * The scrollTop that shows row `index` whole below the sticky header, moving as little as
 * possible: `scrollTop` itself when it is already in view.
 */
export function scrollTopToShow(
  index: number,
  scrollTop: number,
  viewport: number,
  { rowHeight, headerHeight }: RowGeometry,
): number {
  const top = index * rowHeight; // the scrollTop that puts the row just under the header
  if (top < scrollTop) return top;
  const bottom = headerHeight + (index + 1) * rowHeight;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return scrollTop;
}
