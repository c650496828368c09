import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Actor } from '../../graph-data/schema';
import { normaliseForSearch, searchActors } from '../../src/model/search';

const actors = centcomKh2024.actors;
const firstFound = (query: string) => searchActors(actors, query)[0]?.id;
const found = (query: string) => searchActors(actors, query).map((a) => a.id);

describe('searchActors on the built-in dataset', () => {
  it.each([
    ['kataib', 'kh'],
    ["Kata'ib", 'kh'],
    ['Kata’ib Hizballah', 'kh'],
    ['KH', 'kh'],
    ['kh', 'kh'],
    ['muhandis', 'abu-mahdi-al-muhandis'],
    ['al muhandis', 'abu-mahdi-al-muhandis'],
    ['CENTCOM', 'centcom'],
    ['central command', 'centcom'],
    ['Soleimani', 'qassem-soleimani'],
    ['suleimani', 'qassem-soleimani'],
    ['U.S.', 'united-states'],
    ['iran', 'iran'],
    ['Ain al-Asad', 'al-asad'],
  ])('finds "%s" as %s first', (query, id) => {
    expect(firstFound(query)).toBe(id);
  });

  it('ignores accents in the query', () => {
    expect(firstFound('Qāssem Sōleimani')).toBe('qassem-soleimani');
    expect(firstFound('KATAÏB')).toBe('kh');
  });

  it('lists an exact name before names that merely start with the query', () => {
    expect(found('iran')[0]).toBe('iran');
    expect(found('qassem')).toEqual(['qassem-al-araji', 'qassem-soleimani']);
  });

  it('finds a word inside a name', () => {
    expect(found('araji')).toEqual(['qassem-al-araji']);
    expect(found('hezbollah')).toEqual(['kh']);
  });

  it('finds nothing for an empty or blank query, or one that matches no name', () => {
    expect(found('')).toEqual([]);
    expect(found('   ')).toEqual([]);
    expect(found("'")).toEqual([]);
    expect(found('hamas')).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(searchActors(actors, 'a', 3)).toHaveLength(3);
  });
});

describe('searchActors ranking', () => {
  const actor = (id: string, name: string, extra: Partial<Actor> = {}): Actor => ({
    id,
    name,
    kind: 'other',
    ...extra,
  });
  const cast = [
    actor('inside', 'Brokhard'),
    actor('word', 'Old Khan'),
    actor('prefix', 'Khalid'),
    actor('exact', 'Something', { shortName: 'KH' }),
  ];

  it('ranks exact, then prefix, then word start, then anywhere', () => {
    expect(searchActors(cast, 'kh').map((a) => a.id)).toEqual([
      'exact',
      'prefix',
      'word',
      'inside',
    ]);
  });

  it('matches an alias', () => {
    const withAlias = [actor('x', 'Xavier', { aliases: ['Zorro'] })];
    expect(searchActors(withAlias, 'zorro').map((a) => a.id)).toEqual(['x']);
  });
});

describe('normaliseForSearch', () => {
  it('folds case, accents, apostrophes, hyphens and spaces', () => {
    expect(normaliseForSearch("  Kata'ib   Ḥizballāh ")).toBe('kataib hizballah');
    expect(normaliseForSearch('Abu Mahdi al-Muhandis')).toBe('abu mahdi al muhandis');
    expect(normaliseForSearch('Qasem “the General”')).toBe('qasem the general');
    expect(normaliseForSearch('U.S.')).toBe('u s');
  });
});
