// Actor matching for merges: names folded as analysts spell them, short names against long ones,
// certain matches told from uncertain ones, and the verdict the same whichever side asks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../graph-data/schema';
import { ActorIndex, compareActors, matchKey } from '../../src/model/merge/actor-match';

const actor = (id: string, name: string, kind = 'militia', extra: Partial<Actor> = {}): Actor => ({
  id,
  name,
  kind,
  ...extra,
});

describe('matchKey', () => {
  it('folds case, accents, apostrophes, hyphens and "al-"', () => {
    expect(matchKey("Kata'ib Hizballah")).toBe(matchKey('Kataib Hezbollah'));
    expect(matchKey('Abu Mahdi al-Muhandis')).toBe(matchKey('Abu Mahdi Al Muhandis'));
    expect(matchKey('Abu Mahdi al-Muhandis')).toBe(matchKey('Abu Mehdi Muhandis'));
    expect(matchKey('Nouri al-Mālikī')).toBe(matchKey('Nouri Maliki'));
  });

  it('folds the common transliterations of a word', () => {
    for (const name of ['Qassem Soleimani', 'Qasem Soleimani', 'Qasim Suleimani']) {
      expect(matchKey(name)).toBe(matchKey('Qassem Soleimani'));
    }
    for (const name of ['Hizbollah', 'Hizbullah', 'Hezbollah', 'Hizballah']) {
      expect(matchKey(name)).toBe('hezbollah');
    }
    expect(matchKey('Katib Hezbollah')).toBe(matchKey("Kata'ib Hizballah"));
  });

  it('drops a title before a name but keeps a title that is the whole name', () => {
    expect(matchKey('General Qassem Soleimani')).toBe(matchKey('Qassem Soleimani'));
    expect(matchKey('General')).toBe('general');
  });

  it('keeps names that differ apart', () => {
    expect(matchKey('Iraq')).not.toBe(matchKey('Iran'));
    expect(matchKey('Kataib Hezbollah')).not.toBe(matchKey('Kataib Sayyid al-Shuhada'));
  });
});

describe('compareActors', () => {
  it('is certain about the same name spelled another way, on the same kind', () => {
    expect(
      compareActors(actor('a', 'Kataib Hezbollah'), actor('b', "Kata'ib Hizballah"))?.certainty,
    ).toBe('certain');
  });

  it('is certain about a short name one side declares', () => {
    const kh = actor('kh', 'Kataib Hezbollah', 'militia', { shortName: 'KH' });
    expect(compareActors(kh, actor('x', 'KH'))).toEqual({
      certainty: 'certain',
      reason: 'same short name “KH”',
    });
  });

  it('asks about a short name on two different kinds', () => {
    const kh = actor('kh', 'Kataib Hezbollah', 'militia', { shortName: 'KH' });
    expect(compareActors(kh, actor('x', 'KH', 'organization'))?.certainty).toBe('uncertain');
  });

  it('asks about a shared surname only', () => {
    const full = actor('qs', 'Qassem Soleimani', 'person');
    expect(compareActors(full, actor('s', 'Soleimani', 'person'))).toEqual({
      certainty: 'uncertain',
      reason: 'a shared surname only',
    });
    expect(compareActors(full, actor('o', 'Ali Soleimani', 'person'))?.certainty).toBe('uncertain');
  });

  it('asks about initials nobody declared, and about names that only sound alike', () => {
    expect(compareActors(actor('a', 'Kataib Hezbollah'), actor('b', 'KH'))?.reason).toBe(
      'one name is the initials of the other',
    );
    expect(compareActors(actor('a', 'Harakat Nujaba'), actor('b', 'Harakat Nojaba'))).toEqual({
      certainty: 'uncertain',
      reason: 'names that sound alike',
    });
  });

  it('finds nothing between different actors', () => {
    expect(compareActors(actor('a', 'Iran', 'state'), actor('b', 'Iraq', 'state'))).toBeNull();
    expect(
      compareActors(actor('a', 'CENTCOM', 'military'), actor('b', 'Jordan', 'state')),
    ).toBeNull();
  });

  const names = [
    'Kataib Hezbollah',
    "Kata'ib Hizballah",
    'KH',
    'Qassem Soleimani',
    'Qasim Suleimani',
    'Soleimani',
    'Ali Soleimani',
    'Abu Mahdi al-Muhandis',
    'Muhandis',
    'Iran',
    'Iraq',
    'Harakat Nujaba',
    'Islamic Resistance in Iraq',
    'IRI',
  ];
  const actorArb = fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      name: fc.oneof(fc.constantFrom(...names), fc.string({ minLength: 1, maxLength: 12 })),
      kind: fc.constantFrom('militia', 'person', 'state', 'organization'),
      shortName: fc.option(fc.constantFrom('KH', 'IRI', 'K.H.'), { nil: undefined }),
      aliases: fc.option(fc.array(fc.constantFrom(...names), { maxLength: 2 }), { nil: undefined }),
    })
    .map(
      (a) =>
        Object.fromEntries(
          Object.entries(a).filter(([, v]) => v !== undefined),
        ) as unknown as Actor,
    );

  it('is symmetric: the verdict does not depend on which side asks', () => {
    fc.assert(
      fc.property(actorArb, actorArb, (a, b) => {
        expect(compareActors(a, b)?.certainty ?? null).toBe(compareActors(b, a)?.certainty ?? null);
      }),
      { numRuns: 500 },
    );
  });

  it('the index finds exactly what comparing with every actor finds', () => {
    fc.assert(
      fc.property(fc.array(actorArb, { maxLength: 12 }), actorArb, (list, probe) => {
        const index = new ActorIndex(list);
        const found = index
          .candidates(probe)
          .map((c) => c.index)
          .sort((x, y) => x - y);
        const expected = list.flatMap((a, i) => (compareActors(probe, a) ? [i] : []));
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
