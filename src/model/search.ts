// Actor search that ignores case, accents and apostrophes ("kataib" finds "Kata'ib").
import type { Actor } from '../../graph-data/schema';

/** Lower case, no diacritics, no apostrophes or quote marks, hyphens and runs of space folded. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼʿʾ"“”]/g, '')
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Actors matching the query by name, short name or alias: exact, then prefix, then substring. */
export function searchActors(actors: readonly Actor[], query: string, limit = 10): Actor[] {
  const q = normaliseForSearch(query);
  if (!q) return [];
  const scored: { actor: Actor; score: number }[] = [];
  for (const actor of actors) {
    const names = [actor.name, actor.shortName, ...(actor.aliases ?? [])]
      .filter((n): n is string => Boolean(n))
      .map(normaliseForSearch);
    let best = Infinity;
    for (const n of names) {
      if (n === q) best = Math.min(best, 0);
      else if (n.startsWith(q)) best = Math.min(best, 1);
      else if (n.split(' ').some((w) => w.startsWith(q))) best = Math.min(best, 2);
      else if (n.includes(q)) best = Math.min(best, 3);
    }
    if (best < Infinity) scored.push({ actor, score: best });
  }
  scored.sort((a, b) => a.score - b.score || a.actor.name.localeCompare(b.actor.name));
  return scored.slice(0, limit).map((s) => s.actor);
}
