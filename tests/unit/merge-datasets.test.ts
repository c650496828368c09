// Merging datasets: matched actors become one, relations that agree become one with every source's
// evidence, dates that disagree are kept and marked, clashes are stated, and the result is valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, Dataset, Relation } from '../../graph-data/schema';
import { applyDiff, invertDiff } from '../../src/model/document';
import { mergeActorInto } from '../../src/model/merge/merge-actor';
import { validateDataset } from '../../src/model/import/validate';
import {
  mergeDatasets,
  planMerge,
  type MergeDecisions,
} from '../../src/model/merge/merge-datasets';
import { otherDatesOf, sourceCount } from '../../src/model/corroboration';
import { datasetArb } from './fixtures/dataset-arbitraries';

const dataset = (
  id: string,
  actors: Actor[],
  relations: Relation[],
  extra: Partial<Dataset> = {},
): Dataset => ({
  format: 'actor-graph',
  version: 1,
  id,
  title: id.toUpperCase(),
  sources: [{ id: 'report', title: `${id} report` }],
  actors,
  relations,
  ...extra,
});

const wire = dataset(
  'wire',
  [
    { id: 'us', name: 'United States', kind: 'state' },
    { id: 'kh', name: 'Kataib Hezbollah', shortName: 'KH', kind: 'militia' },
    { id: 'qs', name: 'Qassem Soleimani', kind: 'person' },
  ],
  [
    {
      id: 'r1',
      source: 'us',
      target: 'kh',
      type: 'attacked',
      date: '2024-01',
      evidence: [{ source: 'report', paragraph: 2 }],
    },
    {
      id: 'r2',
      source: 'us',
      target: 'qs',
      type: 'attacked',
      date: '2020-01-03',
      evidence: [{ source: 'report', paragraph: 5 }],
    },
  ],
);

const paper = dataset(
  'paper',
  [
    { id: 'usa', name: 'United States', kind: 'state' },
    { id: 'kh', name: "Kata'ib Hizballah", kind: 'militia' },
    { id: 'sol', name: 'Soleimani', kind: 'person' },
    { id: 'iq', name: 'Iraq', kind: 'state' },
  ],
  [
    {
      id: 'p1',
      source: 'usa',
      target: 'kh',
      type: 'attacked',
      date: '2024-01-24',
      evidence: [{ source: 'report', paragraph: 1, excerpt: 'US forces struck KH.' }],
    },
    {
      id: 'p2',
      source: 'iq',
      target: 'usa',
      type: 'condemned',
      evidence: [{ source: 'report', paragraph: 3 }],
    },
    {
      id: 'p3',
      source: 'usa',
      target: 'sol',
      type: 'attacked',
      date: '2020-01-02',
      evidence: [{ source: 'report', paragraph: 4 }],
    },
  ],
);

describe('planMerge', () => {
  it('merges certain matches, adds the new, and asks about a surname only', () => {
    const plan = planMerge(wire, paper);
    expect(plan.matched.map((m) => [m.incoming.id, m.into.id])).toEqual([
      ['usa', 'us'],
      ['kh', 'kh'],
    ]);
    expect(plan.added.map((a) => a.id)).toEqual(['iq']);
    expect(plan.questions).toHaveLength(1);
    expect(plan.questions[0]!.incoming.name).toBe('Soleimani');
    expect(plan.questions[0]!.candidates[0]!.actor.id).toBe('qs');
  });

  it('refuses the dataset itself and an empty one with a message', () => {
    expect(planMerge(wire, wire).refusal).toMatch(/itself/);
    expect(planMerge(wire, dataset('empty', [], [])).refusal).toMatch(/no actors or relations/);
  });
});

describe('mergeDatasets', () => {
  const merged = (decisions: MergeDecisions) => {
    const result = mergeDatasets(wire, paper, planMerge(wire, paper), decisions);
    if (!result.ok) throw new Error(result.message);
    return applyDiff(wire, result.diff);
  };

  it('refuses until every question is decided', () => {
    const result = mergeDatasets(wire, paper, planMerge(wire, paper));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/Soleimani/) });
  });

  it('keeps one actor per real actor, the other spellings as aliases', () => {
    const out = merged({ sol: 'qs' });
    expect(out.actors.map((a) => a.name)).toEqual([
      'United States',
      'Kataib Hezbollah',
      'Qassem Soleimani',
      'Iraq',
    ]);
    expect(out.actors[1]!.aliases).toEqual(["Kata'ib Hizballah"]);
    expect(out.actors[2]!.aliases).toEqual(['Soleimani']);
  });

  it('joins a relation both report, with the evidence of each source and the more precise date', () => {
    const out = merged({ sol: 'qs' });
    const strike = out.relations.find((r) => r.id === 'r1')!;
    expect(strike.date).toBe('2024-01-24');
    expect(strike.evidence).toEqual([
      { source: 'report', paragraph: 2 },
      { source: 'report-2', paragraph: 1, excerpt: 'US forces struck KH.' },
    ]);
    expect(sourceCount(strike)).toBe(2);
    expect(out.sources.map((s) => s.title)).toEqual(['wire report', 'paper report']);
  });

  it('keeps relations whose dates disagree apart, both marked with the other date', () => {
    const out = merged({ sol: 'qs' });
    const killed = out.relations.filter((r) => r.target === 'qs');
    expect(killed.map((r) => r.date)).toEqual(['2020-01-03', '2020-01-02']);
    expect(killed.map((r) => otherDatesOf(r))).toEqual([['2020-01-02'], ['2020-01-03']]);
  });

  it('keeps a refused match as a new actor', () => {
    const out = merged({ sol: null });
    expect(out.actors.map((a) => a.name)).toContain('Soleimani');
    expect(out.actors).toHaveLength(5);
  });

  it('gives a valid dataset', () => {
    expect(validateDataset(merged({ sol: 'qs' })).ok).toBe(true);
  });

  it('brings a type directed in one and undirected in the other in under a type of its own', () => {
    const a = dataset(
      'a',
      [
        { id: 'x', name: 'Xan', kind: 'state' },
        { id: 'y', name: 'Yor', kind: 'state' },
      ],
      [{ id: 'r', source: 'x', target: 'y', type: 'met', evidence: [{ source: 'report' }] }],
      { relationTypes: [{ id: 'met', label: 'met', directed: false, color: '#112233' }] },
    );
    const b = {
      ...a,
      id: 'b',
      relationTypes: [{ id: 'met', label: 'met', directed: true, color: '#445566' }],
    };
    const plan = planMerge(a, b);
    expect(plan.notes).toEqual([
      'The type “met” is undirected here and directed in the other dataset: its relations come in as “met (directed)”.',
    ]);
    const result = mergeDatasets(a, b, plan);
    if (!result.ok) throw new Error(result.message);
    const out = applyDiff(a, result.diff);
    expect(out.relations.map((r) => r.type)).toEqual(['met', 'met-directed']);
    expect(validateDataset(out).ok).toBe(true);
  });

  it('states that a kind keeps this dataset colour when the other gives another', () => {
    const a = dataset('a', [{ id: 'x', name: 'Xan', kind: 'cell' }], [], {
      actorKinds: [{ id: 'cell', label: 'cell', color: '#111111' }],
    });
    const b = { ...a, id: 'b', actorKinds: [{ id: 'cell', label: 'cell', color: '#222222' }] };
    expect(planMerge(a, b).notes).toEqual([
      "The kind “cell” keeps this dataset's colour and shape.",
    ]);
  });
});

/** Every name an actor goes by, as a set: what stays the same whichever dataset is merged into which. */
const namesOf = (a: Actor) =>
  [a.name, a.shortName, ...(a.aliases ?? [])].filter(Boolean).sort().join('|');

/** A merged dataset as sets of actors (by names) and relations (by endpoints' names, type, dates, evidence). */
function shape(d: Dataset) {
  const byId = new Map(d.actors.map((a) => [a.id, namesOf(a)]));
  const sourceTitle = new Map(d.sources.map((s) => [s.id, s.title]));
  return {
    actors: d.actors.map(namesOf).sort(),
    relations: d.relations
      .map((r) =>
        [
          // An undirected relation has no first end.
          ...(r.type === 'allied'
            ? [byId.get(r.source)!, byId.get(r.target)!].sort()
            : [byId.get(r.source), byId.get(r.target)]),
          r.type,
          r.date ?? '',
          otherDatesOf(r).join(','),
          r.evidence
            .map((e) => `${sourceTitle.get(e.source)}#${e.paragraph}`)
            .sort()
            .join(','),
        ].join(' / '),
      )
      .sort(),
  };
}

/** One real-world actor per entry, each with the spellings two reports might use. */
const WORLD = [
  { kind: 'militia', names: ['Kataib Hezbollah', "Kata'ib Hizballah", 'Katib Hizbullah'] },
  { kind: 'person', names: ['Qassem Soleimani', 'Qasem Suleimani', 'Qasim Soleimani'] },
  {
    kind: 'person',
    names: ['Abu Mahdi al-Muhandis', 'Abu Mahdi Muhandis', 'Abu Mehdi al-Muhandis'],
  },
  { kind: 'state', names: ['United States', 'United States', 'the United States'] },
  { kind: 'state', names: ['Iraq', 'Irak', 'Iraq'] },
  { kind: 'state', names: ['Iran', 'Iran', 'Iran'] },
  { kind: 'militia', names: ['Harakat al-Nujaba', 'Harakat Nujaba', 'Haraka al-Nujaba'] },
  { kind: 'military', names: ['CENTCOM', 'CENTCOM', 'Centcom'] },
];

/** A report's dataset: some of the world's actors under one of their spellings, and relations. */
const reportArb = (id: string) =>
  fc
    .record({
      picks: fc.uniqueArray(fc.integer({ min: 0, max: WORLD.length - 1 }), {
        minLength: 2,
        maxLength: WORLD.length,
      }),
      spelling: fc.array(fc.integer({ min: 0, max: 2 }), {
        minLength: WORLD.length,
        maxLength: WORLD.length,
      }),
      links: fc.array(
        fc.record({
          s: fc.nat(),
          t: fc.nat(),
          type: fc.constantFrom('attacked', 'condemned', 'allied'),
          date: fc.constantFrom(undefined, '2024', '2024-01', '2024-01-24', '2024-02-02'),
          paragraph: fc.integer({ min: 1, max: 3 }),
        }),
        { maxLength: 8 },
      ),
    })
    .map(({ picks, spelling, links }) => {
      const actors: Actor[] = picks.map((w, i) => ({
        id: `${id}${i}`,
        name: WORLD[w]!.names[spelling[w]!]!,
        kind: WORLD[w]!.kind,
      }));
      const relations: Relation[] = [];
      // A report's dataset states each relation once (the drafter's review joins repeats).
      const said = new Set<string>();
      links.forEach((l, i) => {
        const s = actors[l.s % actors.length]!;
        const t = actors[l.t % actors.length]!;
        const key = l.type === 'allied' ? [s.name, t.name].sort().join('|') : `${s.name}>${t.name}`;
        if (s === t || said.has(`${key}|${l.type}`)) return;
        said.add(`${key}|${l.type}`);
        relations.push({
          id: `${id}r${i}`,
          source: s.id,
          target: t.id,
          type: l.type,
          ...(l.date && { date: l.date }),
          evidence: [{ source: 'report', paragraph: l.paragraph }],
        });
      });
      return dataset(id, actors, relations);
    });

const mergeAll = (base: Dataset, incoming: Dataset) => {
  const plan = planMerge(base, incoming);
  const decisions = Object.fromEntries(plan.questions.map((q) => [q.incoming.id, null]));
  const result = mergeDatasets(base, incoming, plan, decisions);
  if (!result.ok) throw new Error(result.message);
  return applyDiff(base, result.diff);
};

describe('merge properties', () => {
  it('a dataset merged with a copy of itself is unchanged', () => {
    fc.assert(
      fc.property(datasetArb(), (d) => {
        const copy = { ...d, id: `${d.id}-copy` };
        const plan = planMerge(d, copy);
        // Actors of one dataset that match each other are asked about; answered "itself".
        const decisions = Object.fromEntries(
          plan.questions.map((q) => [q.incoming.id, q.incoming.id]),
        );
        const result = mergeDatasets(d, copy, plan, decisions);
        if (!result.ok) throw new Error(result.message);
        const out = applyDiff(d, result.diff);
        expect(out.actors).toEqual(d.actors);
        expect(out.relations).toEqual(d.relations);
        expect(out.sources).toEqual(d.sources);
      }),
      { numRuns: 150 },
    );
  });

  it('merging A into B and B into A gives the same actors and relations', () => {
    fc.assert(
      fc.property(reportArb('a'), reportArb('b'), (a, b) => {
        const ab = mergeAll(a, { ...b, sources: [{ id: 'report', title: 'b report' }] });
        const ba = mergeAll(b, { ...a, sources: [{ id: 'report', title: 'a report' }] });
        expect(shape(ab)).toEqual(shape(ba));
        expect(validateDataset(ab).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every real-world actor named in both reports is one actor after the merge', () => {
    fc.assert(
      fc.property(reportArb('a'), reportArb('b'), (a, b) => {
        const out = mergeAll(a, b);
        const world = new Set<number>();
        for (const d of [a, b])
          for (const x of d.actors) world.add(WORLD.findIndex((w) => w.names.includes(x.name)));
        expect(out.actors).toHaveLength(world.size);
      }),
      { numRuns: 200 },
    );
  });
});

describe('mergeActorInto', () => {
  const d = dataset(
    'd',
    [
      { id: 'us', name: 'United States', kind: 'state' },
      { id: 'kh', name: 'Kataib Hezbollah', shortName: 'KH', kind: 'militia' },
      { id: 'kh2', name: "Kata'ib Hizballah", aliases: ['Katib Hizbullah'], kind: 'militia' },
      { id: 'unit', name: 'Brigade 45', kind: 'militia', parent: 'kh2' },
    ],
    [
      {
        id: 'a',
        source: 'us',
        target: 'kh',
        type: 'attacked',
        date: '2024-01',
        evidence: [{ source: 'report', paragraph: 1 }],
      },
      {
        id: 'b',
        source: 'us',
        target: 'kh2',
        type: 'attacked',
        date: '2024-01-24',
        evidence: [{ source: 'report', paragraph: 2 }],
      },
      {
        id: 'c',
        source: 'kh',
        target: 'kh2',
        type: 'allied',
        evidence: [{ source: 'report', paragraph: 3 }],
      },
    ],
  );

  it('makes the names aliases, moves relations over and joins the duplicate', () => {
    const outcome = mergeActorInto(d, 'kh2', 'kh')!;
    const out = applyDiff(d, outcome.diff);
    expect(out.actors.map((a) => a.id)).toEqual(['us', 'kh', 'unit']);
    expect(out.actors[1]!.aliases).toEqual(["Kata'ib Hizballah", 'Katib Hizbullah']);
    expect(out.actors[2]!.parent).toBe('kh');
    expect(out.relations).toEqual([
      {
        id: 'a',
        source: 'us',
        target: 'kh',
        type: 'attacked',
        date: '2024-01-24',
        evidence: [
          { source: 'report', paragraph: 1 },
          { source: 'report', paragraph: 2 },
        ],
      },
    ]);
    expect(outcome).toMatchObject({ joined: 1, dropped: 1 });
    expect(validateDataset(out).ok).toBe(true);
  });

  it('is undone by its inverse', () => {
    const outcome = mergeActorInto(d, 'kh2', 'kh')!;
    expect(applyDiff(applyDiff(d, outcome.diff), invertDiff(outcome.diff))).toEqual(d);
  });

  it('does nothing for an actor into itself or a missing one', () => {
    expect(mergeActorInto(d, 'kh', 'kh')).toBeNull();
    expect(mergeActorInto(d, 'nobody', 'kh')).toBeNull();
  });
});

describe('placing added actors', () => {
  it('puts each added actor beside the actors it relates to when the open dataset has positions', () => {
    const placed = {
      ...wire,
      actors: wire.actors.map((a, i) => ({ ...a, position: { x: i * 500, y: 0 } })),
    };
    const plan = planMerge(placed, paper);
    const result = mergeDatasets(placed, paper, plan, { sol: 'qs' });
    if (!result.ok) throw new Error(result.message);
    const [iraq] = result.diff.actors.added;
    // Iraq condemned the United States (at 0, 0): it goes one ring out from there.
    expect(iraq!.name).toBe('Iraq');
    expect(Math.hypot(iraq!.position!.x, iraq!.position!.y)).toBeCloseTo(80, 0);
  });

  it('places them around the middle of an open dataset of 200,000 placed actors', () => {
    // More positions than a function call takes arguments (Math.min(...xs) threw a RangeError).
    const many = Array.from({ length: 200_000 }, (_, i) => ({
      id: `a${i}`,
      name: `Actor ${i}`,
      kind: 'person',
      position: { x: (i % 1000) * 10, y: Math.floor(i / 1000) * 10 },
    }));
    const base = dataset('many', many, []);
    const lone = dataset('lone', [{ id: 'new', name: 'Newcomer', kind: 'state' }], []);
    const result = mergeDatasets(base, lone, planMerge(base, lone));
    if (!result.ok) throw new Error(result.message);
    const [added] = result.diff.actors.added;
    // An actor with no relation goes to the middle of the actors' extent (0..9990, 0..1990).
    expect(added!.position).toEqual({ x: 4995, y: 995 });
  });

  it('leaves them unplaced (for the canvas) when the open dataset has none', () => {
    const result = mergeDatasets(wire, paper, planMerge(wire, paper), { sol: 'qs' });
    if (!result.ok) throw new Error(result.message);
    expect(result.diff.actors.added.every((a) => a.position === undefined)).toBe(true);
  });
});
