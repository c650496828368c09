// Integrity of the built-in dataset (docs/design.md §5): ids, endpoints, evidence in range, verbatim quotes.
import { describe, expect, it } from 'vitest';
import { centcomKh2024 as dataset } from '../../graph-data/centcom-kh-2024';
import { BUILT_IN_ACTOR_KINDS, BUILT_IN_RELATION_TYPES } from '../../graph-data/schema';

/** The report has eight paragraphs (shared/seeds). */
const REPORT_PARAGRAPHS = 8;

/**
 * Every phrase the report puts in quotation marks, with its paragraph, copied from the report so
 * the test needs no file outside the repository. A quote in the dataset must be one of these.
 */
const QUOTED_IN_REPORT: readonly { paragraph: number; phrase: string }[] = [
  { paragraph: 1, phrase: 'acts of aggression' },
  { paragraph: 3, phrase: 'necessary and proportionate' },
  { paragraph: 4, phrase: 'Islamic Resistance in Iraq' },
  { paragraph: 6, phrase: 'flagrant violation of Iraq’s sovereignty' },
];

const REQUIRED_ACTORS = [
  'CENTCOM',
  'Kataib Hezbollah',
  'Islamic Resistance in Iraq',
  'Iraqi government',
  'Iran',
  'Qassem Soleimani',
  'Abu Mahdi al-Muhandis',
];

const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

describe('the built-in dataset', () => {
  it('has the format header and a non-empty title', () => {
    expect(dataset.format).toBe('actor-graph');
    expect(dataset.version).toBe(1);
    expect(dataset.title.length).toBeGreaterThan(0);
  });

  it('has unique, non-empty ids in every list', () => {
    for (const list of [dataset.actors, dataset.relations, dataset.sources]) {
      const ids = list.map((x) => x.id);
      expect(ids.every((id) => id.trim().length > 0)).toBe(true);
      expect(unique(ids)).toBe(true);
    }
  });

  it('names every actor the design requires', () => {
    const names = dataset.actors.flatMap((a) => [a.name, a.shortName ?? '']);
    for (const required of REQUIRED_ACTORS) expect(names).toContain(required);
  });

  it('uses only built-in kinds and relation types', () => {
    for (const a of dataset.actors) expect(BUILT_IN_ACTOR_KINDS).toContain(a.kind);
    for (const r of dataset.relations) expect(BUILT_IN_RELATION_TYPES).toContain(r.type);
  });

  it('has relations whose endpoints and parents are actors, never self-loops', () => {
    const ids = new Set(dataset.actors.map((a) => a.id));
    for (const r of dataset.relations) {
      expect(ids.has(r.source), `${r.id}.source`).toBe(true);
      expect(ids.has(r.target), `${r.id}.target`).toBe(true);
      expect(r.source).not.toBe(r.target);
    }
    for (const a of dataset.actors)
      if (a.parent) expect(ids.has(a.parent), `${a.id}.parent`).toBe(true);
  });

  it('gives every relation evidence from a known source with a paragraph in range', () => {
    const sources = new Set(dataset.sources.map((s) => s.id));
    for (const r of dataset.relations) {
      expect(r.evidence.length, r.id).toBeGreaterThan(0);
      for (const e of r.evidence) {
        expect(sources.has(e.source), `${r.id} source`).toBe(true);
        expect(Number.isInteger(e.paragraph), `${r.id} paragraph`).toBe(true);
        expect(e.paragraph!).toBeGreaterThanOrEqual(1);
        expect(e.paragraph!).toBeLessThanOrEqual(REPORT_PARAGRAPHS);
      }
    }
  });

  it('quotes only phrases the report quotes, in the paragraph that quotes them', () => {
    const quotes = dataset.relations.flatMap((r) => r.evidence.filter((e) => e.quote));
    expect(quotes.length).toBeGreaterThan(0);
    for (const e of quotes) {
      expect(QUOTED_IN_REPORT).toContainEqual({ paragraph: e.paragraph, phrase: e.quote });
    }
  });

  it('has well-formed dates, and only dated relations carry dateInferred', () => {
    for (const r of dataset.relations) {
      if (r.date === undefined) {
        expect(r.dateInferred, r.id).toBeUndefined();
        continue;
      }
      expect(r.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('counts six attacks, as the filter panel shows', () => {
    expect(dataset.relations.filter((r) => r.type === 'attacked')).toHaveLength(6);
  });

  it('opens in stored positions (no layout at start-up), with no two actors on top of each other', () => {
    const positions = dataset.actors.map((a) => a.position);
    expect(positions.every((p) => p !== undefined)).toBe(true);
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        const a = positions[i]!;
        const b = positions[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${i} ${j}`).toBeGreaterThan(60);
      }
    }
  });
});
