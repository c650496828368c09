import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachInSlices, jsonInParts } from '../../src/model/time-slices';

describe('forEachInSlices', () => {
  it('calls the function on every item in order, across yields', async () => {
    const seen: number[] = [];
    const items = Array.from({ length: 1000 }, (_, i) => i);
    // A slice of 0 ms yields at every check: the loop must still see each item once, in order.
    await forEachInSlices(items, (x, i) => seen.push(x * 10 + (i === x ? 0 : 1)), 0);
    expect(seen).toEqual(items.map((x) => x * 10));
  });
});

describe('jsonInParts', () => {
  it('joins to JSON that parses to the value', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          id: fc.string(),
          actors: fc.array(fc.record({ id: fc.string(), n: fc.integer() }), { maxLength: 4100 }),
          relations: fc.array(fc.record({ s: fc.string() }), { maxLength: 30 }),
        }),
        fc.boolean(),
        async (value, headless) => {
          const v: Record<string, unknown> = headless
            ? { actors: value.actors, relations: value.relations }
            : value;
          const parts = await jsonInParts(v, ['actors', 'relations']);
          expect(JSON.parse(parts.join(''))).toEqual(v);
        },
      ),
      { numRuns: 25 },
    );
  });
});
