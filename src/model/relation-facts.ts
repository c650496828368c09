// What the filters and the timeline read of each relation, worked out once per dataset so that a
// filter change only compares small numbers: type, endpoint kinds and the days its date can mean.
import type { Dataset } from '../../graph-data/schema';
import { contentOf } from './document';
import { dateSpanDays } from './partial-date';

/** Per relation, by its position in `dataset.relations`. Read only. */
export interface RelationFacts {
  /** The distinct relation types, and each relation's type as a position in that list. */
  readonly types: readonly string[];
  readonly typeOf: ArrayLike<number>;
  /** The distinct actor kinds, and each endpoint's kind as a position in that list (-1 when the
   * endpoint is not in the dataset). */
  readonly kinds: readonly string[];
  readonly sourceKindOf: ArrayLike<number>;
  readonly targetKindOf: ArrayLike<number>;
  /** 1 when the relation has a date. */
  readonly dated: ArrayLike<number>;
  /** First and last day (days since 1970-01-01) the date can mean; NaN when undated. */
  readonly startDays: ArrayLike<number>;
  readonly endDays: ArrayLike<number>;
}

// Datasets are immutable, so the facts of one hold for as long as it lives, and for every later
// version that only moved actors (keyed by `contentOf`).
const cache = new WeakMap<Dataset, RelationFacts>();

/** The position of each distinct value in `list`, adding new ones as they come. */
function positions(list: string[]): (value: string) => number {
  const at = new Map<string, number>();
  return (value) => {
    let i = at.get(value);
    if (i === undefined) {
      i = list.push(value) - 1;
      at.set(value, i);
    }
    return i;
  };
}

export function relationFacts(dataset: Dataset): RelationFacts {
  const cached = cache.get(contentOf(dataset));
  if (cached) return cached;
  const kinds: string[] = [];
  const kindPosition = positions(kinds);
  const kindOf = new Map<string, number>();
  for (const a of dataset.actors) kindOf.set(a.id, kindPosition(a.kind));
  const types: string[] = [];
  const typePosition = positions(types);
  const n = dataset.relations.length;
  const typeOf = new Int32Array(n);
  const sourceKindOf = new Int32Array(n);
  const targetKindOf = new Int32Array(n);
  const dated = new Uint8Array(n);
  const startDays = new Float64Array(n).fill(Number.NaN);
  const endDays = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    const r = dataset.relations[i]!;
    typeOf[i] = typePosition(r.type);
    sourceKindOf[i] = kindOf.get(r.source) ?? -1;
    targetKindOf[i] = kindOf.get(r.target) ?? -1;
    if (r.date) {
      dated[i] = 1;
      [startDays[i], endDays[i]] = dateSpanDays(r.date);
    }
  }
  const facts = { types, typeOf, kinds, sourceKindOf, targetKindOf, dated, startDays, endDays };
  cache.set(contentOf(dataset), facts);
  return facts;
}
