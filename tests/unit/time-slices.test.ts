import { describe, expect, it } from 'vitest';
import { forEachInSlices } from '../../src/model/time-slices';

describe('forEachInSlices', () => {
  it('calls the function on every item in order, across yields', async () => {
    const seen: number[] = [];
    const items = Array.from({ length: 1000 }, (_, i) => i);
    // A slice of 0 ms yields at every check: the loop must still see each item once, in order.
    await forEachInSlices(items, (x, i) => seen.push(x * 10 + (i === x ? 0 : 1)), 0);
    expect(seen).toEqual(items.map((x) => x * 10));
  });
});
