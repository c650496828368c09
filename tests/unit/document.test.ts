// The document's diffs: applying one and its inverse gives back the start, moves are told apart
// from edits, and new actors are placed beside their neighbours.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import {
  addRecords,
  applyDiff,
  contentOf,
  datasetFromParts,
  datasetInParts,
  invertDiff,
  moveActors,
  onlyMovesActors,
  placeNear,
  PlacedGrid,
  removeRecords,
  retitle,
  shareContent,
  updateRecords,
} from '../../src/model/document';
import { datasetArb } from './fixtures/dataset-arbitraries';

const small: Dataset = {
  format: 'actor-graph',
  version: 1,
  id: 'small',
  title: 'Small',
  sources: [{ id: 's', title: 'S' }],
  actors: [
    { id: 'a', name: 'Alpha', kind: 'person', position: { x: 0, y: 0 } },
    { id: 'b', name: 'Bravo', kind: 'person', position: { x: 100, y: 0 } },
    { id: 'c', name: 'Charlie', kind: 'state' },
  ],
  relations: [
    { id: 'a-b', source: 'a', target: 'b', type: 'attacked', evidence: [{ source: 's' }] },
    { id: 'b-c', source: 'b', target: 'c', type: 'allied', evidence: [{ source: 's' }] },
  ],
};

describe('applyDiff', () => {
  it('moves actors without touching the relations list or the other actors', () => {
    const diff = moveActors(small, new Map([['c', { x: 5, y: 6 }]]));
    const next = applyDiff(small, diff);
    expect(next.actors[2]!.position).toEqual({ x: 5, y: 6 });
    expect(next.actors[0]).toBe(small.actors[0]);
    expect(next.relations).toBe(small.relations);
    expect(onlyMovesActors(diff)).toBe(true);
  });

  it('leaves out actors already where they are asked to go', () => {
    const diff = moveActors(small, new Map([['a', { x: 0, y: 0 }]]));
    expect(diff.actors.updated).toEqual([]);
  });

  it('tells a rename from a move', () => {
    const renamed = updateRecords(small, [{ ...small.actors[0]!, name: 'Alfa' }]);
    expect(onlyMovesActors(renamed)).toBe(false);
    expect(applyDiff(small, renamed).actors[0]!.name).toBe('Alfa');
    expect(onlyMovesActors(retitle(small, 'Other'))).toBe(false);
  });

  it('removes an actor with every relation that touches it, and adds at the end', () => {
    const removed = applyDiff(small, removeRecords(small, ['b']));
    expect(removed.actors.map((a) => a.id)).toEqual(['a', 'c']);
    expect(removed.relations).toEqual([]);
    const added = applyDiff(
      small,
      addRecords(
        [{ id: 'd', name: 'Delta', kind: 'militia' }],
        [{ id: 'd-a', source: 'd', target: 'a', type: 'attacked', evidence: [{ source: 's' }] }],
      ),
    );
    expect(added.actors.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(added.relations.map((r) => r.id)).toEqual(['a-b', 'b-c', 'd-a']);
  });

  it('adds 200,000 relations in one diff (a merge of a large dataset)', () => {
    // More records than a function call takes arguments: out.push(...added) threw a RangeError.
    const relations = Array.from({ length: 200_000 }, (_, i) => ({
      id: `r${i}`,
      source: 'a',
      target: 'c',
      type: 'attacked',
      evidence: [{ source: 's' }],
    }));
    const added = applyDiff(small, addRecords([], relations));
    expect(added.relations).toHaveLength(200_002);
    expect(added.relations.at(-1)!.id).toBe('r199999');
  });

  it('gives back any dataset when a diff is followed by its inverse', () => {
    fc.assert(
      fc.property(
        datasetArb(),
        fc.nat(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (dataset, pick, x) => {
          const actor = dataset.actors[pick % Math.max(1, dataset.actors.length)];
          const diffs = [
            retitle(dataset, `${dataset.title}!`),
            removeRecords(dataset, actor ? [actor.id] : []),
            moveActors(dataset, new Map(actor ? [[actor.id, { x, y: x }]] : [])),
            updateRecords(dataset, actor ? [{ ...actor, name: `${actor.name}?` }] : []),
          ];
          for (const diff of diffs) {
            const after = applyDiff(dataset, diff);
            const back = applyDiff(after, invertDiff(diff));
            // Removed records come back where they were: the same lists, in the same order.
            expect(back).toEqual(dataset);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('contentOf', () => {
  it('is shared by versions that only moved actors, and by nothing else', () => {
    const moved = applyDiff(small, moveActors(small, new Map([['a', { x: 9, y: 9 }]])));
    shareContent(moved, small);
    const movedAgain = applyDiff(moved, moveActors(moved, new Map([['b', { x: 1, y: 1 }]])));
    shareContent(movedAgain, moved);
    expect(contentOf(movedAgain)).toBe(small);
    const renamed = applyDiff(movedAgain, retitle(movedAgain, 'New'));
    expect(contentOf(renamed)).toBe(renamed);
  });
});

describe('placeNear', () => {
  it('puts a new actor beside its only neighbour, not on it', () => {
    const p = placeNear([{ x: 100, y: 100 }], { x: 0, y: 0 });
    const distance = Math.hypot(p.x - 100, p.y - 100);
    expect(distance).toBeGreaterThanOrEqual(60);
    expect(distance).toBeLessThanOrEqual(100);
  });

  it('puts an actor with no neighbour at the centre it is given, clear of actors placed there', () => {
    expect(placeNear([], { x: 10, y: 20 })).toEqual({ x: 10, y: 20 });
    const q = placeNear([], { x: 10, y: 20 }, [{ x: 10, y: 20 }]);
    expect(Math.hypot(q.x - 10, q.y - 20)).toBeGreaterThanOrEqual(60);
  });

  it('gives each of many actors crowding one place a place of its own', () => {
    const taken = new PlacedGrid();
    const places: { x: number; y: number }[] = [];
    for (let i = 0; i < 1500; i++) {
      const p = placeNear([], { x: 5, y: 5 }, taken);
      taken.add(p);
      places.push(p);
    }
    // Sorted by x, each place is checked against its neighbours within the clearance.
    places.sort((a, b) => a.x - b.x);
    for (let i = 0; i < places.length; i++) {
      for (let j = i + 1; j < places.length && places[j]!.x - places[i]!.x < 60; j++) {
        expect(
          Math.hypot(places[j]!.x - places[i]!.x, places[j]!.y - places[i]!.y),
        ).toBeGreaterThanOrEqual(60);
      }
    }
    // And they stay close together: a disc of 1,500 places 80 apart, not a line.
    const radius = Math.max(...places.map((p) => Math.hypot(p.x - 5, p.y - 5)));
    expect(radius).toBeLessThan(80 * Math.sqrt(1500) * 1.2);
  });

  it('is deterministic', () => {
    const n = [
      { x: 0, y: 0 },
      { x: 200, y: 0 },
    ];
    expect(placeNear(n, { x: 0, y: 0 })).toEqual(placeNear(n, { x: 0, y: 0 }));
  });
});

describe('datasetInParts', () => {
  it('cuts a dataset into runs that put it together again, in order', () => {
    fc.assert(
      fc.property(datasetArb(), fc.integer({ min: 1, max: 5 }), (dataset, size) => {
        const { head, parts } = datasetInParts(dataset, size);
        expect(head.actors).toEqual([]);
        expect(head.relations).toEqual([]);
        expect(parts.length).toBe(
          Math.ceil(dataset.actors.length / size) + Math.ceil(dataset.relations.length / size),
        );
        for (const part of parts) {
          const records = 'actors' in part ? part.actors : part.relations;
          expect(records.length).toBeGreaterThan(0);
          expect(records.length).toBeLessThanOrEqual(size);
        }
        // As a worker posts them: each part and the head cloned on their own.
        const posted = parts.map((part) => structuredClone(part));
        expect(datasetFromParts(structuredClone(head), posted)).toEqual(dataset);
      }),
    );
  });
});
