// The actors a text names, as the drafter meets them (docs/design.md §13): one record per actor, found
// again by its name, short name, alias, a person's surname, or the kind an anaphor names.
import type { BuiltInActorKind } from '../../../graph-data/schema';
import { ANAPHOR_NOUNS, DEMONYMS, UNITED_STATES_NAMES } from './lexicon';

export interface ActorRecord {
  readonly id: string;
  name: string;
  shortName?: string;
  readonly aliases: Set<string>;
  kind: BuiltInActorKind;
  /** The kind came from a word in the name, not from a guess. */
  kindSure: boolean;
  mentions: number;
  /** Order of the latest mention, for "the militia" to find the latest militia. */
  lastSeen: number;
}

/** A name as matching sees it: case, accents, apostrophes, full stops and "the" ignored. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`.]/g, '')
    .replace(/[-\s]+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

const US_KEYS = new Set([...UNITED_STATES_NAMES].map(nameKey));

/** The country a demonym names: the table, else a known name it is built on ("Kavarian" → "Kavaria"). */
export function countryOfDemonym(
  word: string,
  known: (name: string) => boolean,
): string | undefined {
  const table = DEMONYMS[word.toLowerCase()];
  if (table) return table;
  if (!/(?:an|i|ese|ish)$/.test(word)) return undefined;
  const guesses = [
    word.replace(/n$/, ''),
    word.replace(/ian$/, ''),
    word.replace(/i$/, ''),
    word.replace(/ese$/, ''),
    word.replace(/ish$/, ''),
    word.replace(/an$/, 'a'),
  ];
  return guesses.find((g) => g !== word && known(g));
}

export class ActorRegistry {
  private readonly records: ActorRecord[] = [];
  private readonly byKey = new Map<string, ActorRecord>();
  private readonly surnames = new Map<string, ActorRecord>();
  private clock = 0;

  list(): readonly ActorRecord[] {
    return this.records;
  }

  /** The actor a name, short name or alias already names, if any. */
  find(name: string): ActorRecord | undefined {
    const key = US_KEYS.has(nameKey(name)) ? 'united states' : nameKey(name);
    return this.byKey.get(key) ?? this.surnames.get(key);
  }

  /** A person's surname (the last word of the name), for "Rasool" after "Yehia Rasool". */
  private addSurname(record: ActorRecord) {
    const words = record.name.split(/\s+/);
    if (words.length < 2) return;
    const last = words.at(-1)!;
    const key = nameKey(last);
    if (!this.byKey.has(key) && !this.surnames.has(key)) this.surnames.set(key, record);
  }

  /** The actor so named, made when new; each call counts as one mention. */
  meet(name: string, kind: BuiltInActorKind, kindSure: boolean): ActorRecord {
    const canonical = US_KEYS.has(nameKey(name)) ? 'United States' : name;
    let record = this.find(canonical);
    if (!record) {
      const id = `a${this.records.length + 1}`;
      record = {
        id,
        name: canonical,
        aliases: new Set(),
        kind: canonical === 'United States' ? 'state' : kind,
        kindSure: canonical === 'United States' || kindSure,
        mentions: 0,
        lastSeen: 0,
      };
      this.records.push(record);
      this.byKey.set(nameKey(canonical), record);
      if (record.kind === 'person') this.addSurname(record);
    } else if (!record.kindSure && kindSure) {
      record.kind = kind;
      record.kindSure = true;
      if (kind === 'person') this.addSurname(record);
    }
    if (canonical !== name && nameKey(name) !== nameKey(record.name)) record.aliases.add(name);
    this.touch(record);
    return record;
  }

  touch(record: ActorRecord) {
    record.mentions += 1;
    this.clock += 1;
    record.lastSeen = this.clock;
  }

  /** Gives the actor its acronym, "Kataib Hezbollah (KH)". */
  setShortName(record: ActorRecord, short: string) {
    const key = nameKey(short);
    if (this.byKey.has(key) && this.byKey.get(key) !== record) return;
    record.shortName = short;
    this.byKey.set(key, record);
  }

  /** Another name for the same actor ("American forces" for the United States). */
  addAlias(record: ActorRecord, alias: string) {
    const key = nameKey(alias);
    if (key === nameKey(record.name) || this.byKey.has(key)) return;
    record.aliases.add(alias);
    this.byKey.set(key, record);
  }

  /** Sets a kind learnt from context ("KH, a … militia group") unless the name already said one. */
  learnKind(record: ActorRecord, kind: BuiltInActorKind) {
    if (record.kindSure) return;
    record.kind = kind;
    record.kindSure = true;
  }

  /**
   * The actor "the militia" (or "the group", "the brigade") refers to: the latest one whose name
   * ends in that noun, else the latest of a kind the noun may stand for.
   */
  anaphor(noun: string, except?: string): ActorRecord | undefined {
    const kinds = ANAPHOR_NOUNS[noun];
    if (!kinds) return undefined;
    const recent = [...this.records]
      .filter((r) => r.id !== except && r.mentions > 0)
      .sort((a, b) => b.lastSeen - a.lastSeen);
    return (
      recent.find((r) => nameKey(r.name).split(' ').at(-1) === noun) ??
      recent.find((r) => kinds.includes(r.kind))
    );
  }

  /** The latest person met, for "he" and "she". */
  lastPerson(): ActorRecord | undefined {
    let best: ActorRecord | undefined;
    for (const r of this.records)
      if (r.kind === 'person' && (!best || r.lastSeen > best.lastSeen)) best = r;
    return best;
  }
}
