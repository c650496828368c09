// The arithmetic of the virtual tables: which rows are on screen, and where to scroll to show one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow, scrollTopToShow } from '../../src/ui/table/row-window';

const G = { rowHeight: 28, headerHeight: 30 };

describe('rowWindow', () => {
  it('at the top shows the rows under the header plus the overscan below', () => {
    // 590 px box: 560 px of rows under a 30 px header, rows 0..19.
    expect(rowWindow(0, 590, 20_000, G, 10)).toEqual({ first: 0, last: 29 });
  });

  it('scrolled to the end shows the last rows plus the overscan above', () => {
    const end = 30 + 20_000 * 28 - 590;
    expect(rowWindow(end, 590, 20_000, G, 10)).toEqual({ first: 19_970, last: 19_999 });
  });

  it('is empty for an empty table and never passes the last row of a short one', () => {
    expect(rowWindow(0, 590, 0, G, 10)).toEqual({ first: 0, last: -1 });
    expect(rowWindow(0, 590, 3, G, 10)).toEqual({ first: 0, last: 2 });
  });

  it('holds every row any part of which is below the header, and at most 2 × overscan more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.integer({ min: 60, max: 2000 }),
        fc.integer({ min: 0, max: 20 }),
        (count, rawTop, viewport, overscan) => {
          const scrollTop = Math.min(rawTop, Math.max(0, 30 + count * 28 - viewport));
          const { first, last } = rowWindow(scrollTop, viewport, count, G, overscan);
          for (let i = 0; i < count; i++) {
            const top = 30 + i * 28 - scrollTop;
            const visible = top + 28 > 30 && top < viewport;
            if (visible && (i < first || i > last)) return false;
          }
          const onScreen = Math.ceil((viewport - 30) / 28) + 1;
          return last - first + 1 <= onScreen + 2 * overscan;
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('scrollTopToShow', () => {
  it('leaves a row already in view where it is', () => {
    expect(scrollTopToShow(5, 0, 590, G)).toBe(0);
  });

  it('brings a row above the view to just under the sticky header', () => {
    expect(scrollTopToShow(100, 5000, 590, G)).toBe(2800);
  });

  it('brings a row below the view to the bottom edge', () => {
    expect(scrollTopToShow(100, 0, 590, G)).toBe(30 + 101 * 28 - 590);
  });

  it('always leaves the row whole between the header and the bottom edge', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.integer({ min: 60, max: 2000 }),
        (index, scrollTop, viewport) => {
          const to = scrollTopToShow(index, scrollTop, viewport, G);
          const top = 30 + index * 28 - to;
          return top >= 30 && top + 28 <= viewport;
        },
      ),
    );
  });
});
