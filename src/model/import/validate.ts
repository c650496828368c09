// Parses unknown input into an Actor Graph JSON v1 dataset (docs/design.md §4), listing every problem with its place.
import { isPartialDate } from '../partial-date';
import { paragraphsOf } from '../paragraphs';
import * as z from 'zod';
import {
  BUILT_IN_ACTOR_KINDS,
  BUILT_IN_RELATION_TYPES,
  type AttributeValue,
  type Attributes,
  type Dataset,
  type Evidence,
  type Relation,
  type Source,
} from '../../../graph-data/schema';

// Zod compiles object schemas with `new Function` unless told not to; the app's Content-Security-
// Policy forbids eval (docs/design.md §11), and even zod's guarded probe is reported as a violation.
z.config({ jitless: true });

export type PathSegment = string | number;

/** One thing wrong with a file, and where: `relations[3].target` / `no actor 'kh2'`. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/**
 * What an import must ask before it can create anything (docs/design.md §8: never guess): the order of day
 * and month in dates like 07/10/2023, or which sheet of a workbook to read.
 */
export type ImportQuestion =
  | {
      readonly kind: 'day-order';
      /** Dates of the file as written, each with what it means read either way. */
      readonly examples: readonly {
        readonly text: string;
        readonly dayFirst: string;
        readonly monthFirst: string;
      }[];
    }
  | { readonly kind: 'sheet'; readonly sheets: readonly string[] }
  | { readonly kind: 'type-column'; readonly columns: readonly string[] };

/** The answers to those questions, given when the import runs again. */
export interface ImportAnswers {
  readonly dayOrder?: 'day-first' | 'month-first';
  readonly sheet?: string;
  /** The edge attribute that holds the relation type; '' for none (every relation `related`). */
  readonly typeColumn?: string;
}

/**
 * Either the whole file became a dataset, or nothing did and every problem is listed (docs/design.md §8).
 * A refusal may carry a question: answered, the same import runs again with the answer; a caller
 * that cannot ask refuses the file, so nothing is ever guessed.
 */
export type ImportResult =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      /** What the user should know about how the file was read ("read as Windows-1252"). */
      readonly notices?: readonly string[];
    }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      readonly question?: ImportQuestion;
    };

type Locate = (segments: readonly PathSegment[]) => string;

export interface ValidateOptions {
  /** Name of the imported file: it becomes the source of relations that carry no evidence. */
  readonly fileName?: string;
  /** Turns a place in the dataset into one the user can find in their own file (CSV rows, nodes). */
  readonly locate?: Locate;
}

/**
 * Longest strings accepted, in UTF-16 code units. Generous for real reports (the longest summary
 * in the built-in dataset is under 400 characters) yet small enough that one hostile field cannot
 * stall the panels or the search index.
 */
export const LIMITS = {
  /** ids, names, titles, labels, kinds and types, aliases, publishers, attribute keys */
  name: 500,
  /** descriptions, summaries and attribute text */
  text: 20_000,
  /** evidence quotes: a short phrase someone said, not a passage */
  quote: 2_000,
  url: 2_000,
  /** evidence excerpts: the sentence or clause that supports a relation */
  excerpt: 5_000,
  /** a source's full text, in UTF-8 bytes (docs/design.md §4: up to 2 MB) */
  sourceTextBytes: 2 * 1024 * 1024,
} as const;

/** UTF-8 size of a string, without encoding it. */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      // A surrogate pair is one four-byte character.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** An alert with more lines than this would freeze the page; the rest is counted, not listed. */
export const MAX_LISTED_PROBLEMS = 1000;

/** Keys that name members of Object.prototype: copying them with `obj[key] = …` pollutes objects. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/** Node shapes Cytoscape.js draws; any other name would make it warn and draw nothing useful. */
const NODE_SHAPES = [
  'ellipse',
  'triangle',
  'round-triangle',
  'rectangle',
  'round-rectangle',
  'bottom-round-rectangle',
  'cut-rectangle',
  'barrel',
  'rhomboid',
  'right-rhomboid',
  'diamond',
  'round-diamond',
  'pentagon',
  'round-pentagon',
  'hexagon',
  'round-hexagon',
  'concave-hexagon',
  'heptagon',
  'round-heptagon',
  'octagon',
  'round-octagon',
  'star',
  'tag',
  'round-tag',
  'vee',
] as const;

export { isPartialDate };

/** A value as a message shows it: short, quoted, never the whole of an enormous string. */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    return `'${cut}'`;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** `relations[3].target`, `actors[0].attributes["first seen"]`; the whole file is `file`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path || 'file';
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** Zod's issues in an analyst's words; schemas with their own message keep it. */
function messageFor(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${shown(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${issue.minimum} entries`;
      return issue.inclusive
        ? `must be at least ${issue.minimum}`
        : `must be greater than ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string' && typeof issue.input === 'string') {
        return `longer than ${issue.maximum} characters (${issue.input.length})`;
      }
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => shown(v)).join(' or ')}, got ${shown(issue.input)}`;
    default:
      return undefined;
  }
}

const text = (max: number) => z.string().max(max);
const nonBlank = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => /\S/.test(s), 'must not be blank');
const idSchema = z.string().min(1).max(LIMITS.name);

const dateSchema = z
  .string()
  .max(10, { error: (iss) => `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${shown(iss.input)}` })
  .refine(isPartialDate, {
    error: (iss) => `expected a date YYYY, YYYY-MM or YYYY-MM-DD, got ${shown(iss.input)}`,
  });

/** `#rgb` or `#rrggbb`, stored as `#rrggbb`, the one form the vocabulary and the stylesheet read. */
const colorSchema = z
  .string()
  .regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, {
    error: (iss) => `expected a colour like #1f77b4, got ${shown(iss.input)}`,
  })
  .transform((c) => (c.length === 4 ? `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}` : c));

/**
 * -0 reads as 0: JSON keeps no negative zero when the dataset is saved again (`-1e-400` in a file is
 * -0 here), and a saved-then-opened dataset must equal the one that was open.
 */
const unsigned = <T>(value: T): T => (value === 0 ? (0 as T) : value);

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));

/**
 * Attributes stay flat (docs/design.md §4): scalars and lists of scalars as they are, anything deeper as JSON
 * text, null dropped. Built by hand rather than `z.record`, because zod's record copies keys with
 * plain assignment and a `__proto__` key would replace the result's prototype. The result has no
 * prototype at all, so no key can reach Object.prototype through it.
 */
const attributesSchema = z.unknown().transform((value, ctx): Attributes => {
  const result: Record<string, AttributeValue> = Object.create(null) as Record<
    string,
    AttributeValue
  >;
  if (!isPlainRecord(value)) {
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `expected an object, got ${shown(value)}`,
    });
    return result;
  }
  for (const key of Object.keys(value)) {
    const fail = (message: string) =>
      ctx.issues.push({ code: 'custom', input: value, path: [key], message });
    if (isForbiddenKey(key)) {
      fail(`the key '${key}' is not allowed: it names a built-in property of every object`);
      continue;
    }
    if (key.length === 0) {
      fail('attribute names must not be empty');
      continue;
    }
    if (key.length > LIMITS.name) {
      fail(`attribute name longer than ${LIMITS.name} characters (${key.length})`);
      continue;
    }
    const raw = value[key];
    if (raw === null || raw === undefined) continue;
    let kept: AttributeValue;
    if (isScalar(raw)) kept = unsigned(raw);
    else if (Array.isArray(raw) && raw.every(isScalar)) kept = raw.map(unsigned);
    else {
      try {
        kept = JSON.stringify(raw) ?? String(raw);
      } catch {
        // JSON.stringify throws on cycles and on nesting deeper than the engine's stack.
        fail('too deeply nested to keep');
        continue;
      }
    }
    const length =
      typeof kept === 'string'
        ? kept.length
        : Array.isArray(kept)
          ? kept.reduce<number>((n, item) => n + String(item).length, 0)
          : 0;
    if (length > LIMITS.text) {
      fail(`longer than ${LIMITS.text} characters (${length})`);
      continue;
    }
    result[key] = kept;
  }
  return result;
});

const coordinate = z.number().transform(unsigned);
const positionSchema = z.object({ x: coordinate, y: coordinate });

const sourceSchema = z.object({
  id: idSchema,
  title: nonBlank(LIMITS.name),
  publisher: text(LIMITS.name).optional(),
  published: dateSchema.optional(),
  url: text(LIMITS.url).optional(),
  text: z
    .string()
    .refine(
      (t) => t.length * 3 <= LIMITS.sourceTextBytes || utf8Length(t) <= LIMITS.sourceTextBytes,
      {
        error: (iss) =>
          `text larger than 2 MB (${(utf8Length(String(iss.input)) / 1024 / 1024).toFixed(1)} MB)`,
      },
    )
    .optional(),
});

const relationTypeSchema = z.object({
  id: idSchema,
  label: text(LIMITS.name).optional(),
  directed: z.boolean().optional(),
  color: colorSchema.optional(),
});

const actorKindSchema = z.object({
  id: idSchema,
  label: text(LIMITS.name).optional(),
  color: colorSchema.optional(),
  shape: z
    .enum(NODE_SHAPES, {
      error: (iss) =>
        `expected a node shape such as 'ellipse' or 'diamond', got ${shown(iss.input)}`,
    })
    .optional(),
});

const actorSchema = z.object({
  id: idSchema,
  name: nonBlank(LIMITS.name),
  shortName: text(LIMITS.name).optional(),
  aliases: z.array(text(LIMITS.name)).optional(),
  kind: idSchema.optional(),
  description: text(LIMITS.text).optional(),
  parent: idSchema.optional(),
  position: positionSchema.optional(),
  attributes: attributesSchema.optional(),
});

const evidenceSchema = z.object({
  source: idSchema,
  paragraph: z.number().int().positive().optional(),
  excerpt: text(LIMITS.excerpt).optional(),
  quote: text(LIMITS.quote).optional(),
});

const relationSchema = z.object({
  id: idSchema,
  source: idSchema,
  target: idSchema,
  type: idSchema,
  date: dateSchema.optional(),
  dateInferred: z.boolean().optional(),
  summary: text(LIMITS.text).optional(),
  evidence: z.array(evidenceSchema).optional(),
  attributes: attributesSchema.optional(),
});

const datasetSchema = z.object({
  format: z.literal('actor-graph', {
    error: (iss) => `expected 'actor-graph', got ${shown(iss.input)}`,
  }),
  version: z.literal(1, {
    error: (iss) =>
      iss.input === undefined
        ? 'required'
        : `unsupported version ${shown(iss.input)}: this app reads version 1`,
  }),
  id: idSchema,
  title: nonBlank(LIMITS.name),
  description: text(LIMITS.text).optional(),
  sources: z.array(sourceSchema).optional(),
  relationTypes: z.array(relationTypeSchema).optional(),
  actorKinds: z.array(actorKindSchema).optional(),
  actors: z.array(actorSchema),
  relations: z.array(relationSchema),
});

interface Issue {
  readonly segments: readonly PathSegment[];
  readonly message: string;
}

/** The list at `key` of the raw input, or none: cross-checks read the raw input defensively. */
function rawList(input: unknown, key: string): readonly unknown[] {
  if (!isPlainRecord(input)) return [];
  const list = input[key];
  return Array.isArray(list) ? list : [];
}

function rawString(item: unknown, key: string): string | undefined {
  if (!isPlainRecord(item)) return undefined;
  const value = item[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Ids of a list, first place of each; later duplicates reported. */
function indexIds(
  input: unknown,
  list: string,
  issues: Issue[],
  locate: Locate,
): { readonly first: Map<string, number> } {
  const first = new Map<string, number>();
  rawList(input, list).forEach((item, i) => {
    const id = rawString(item, 'id');
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else
      issues.push({
        segments: [list, i, 'id'],
        message: `duplicate id ${shown(id)} (also ${locate([list, earlier])})`,
      });
  });
  return { first };
}

/**
 * Everything zod's per-field schemas cannot see: unique ids, references between lists, parent
 * cycles, undeclared types and kinds. It reads the raw input rather than zod's output so these
 * problems are listed even when some field elsewhere has the wrong type (complete, docs/design.md §8).
 */
function crossCheck(input: unknown, locate: Locate): Issue[] {
  const issues: Issue[] = [];
  const actors = indexIds(input, 'actors', issues, locate).first;
  const relations = indexIds(input, 'relations', issues, locate).first;
  const sources = indexIds(input, 'sources', issues, locate).first;
  const types = indexIds(input, 'relationTypes', issues, locate).first;
  const kinds = indexIds(input, 'actorKinds', issues, locate).first;

  // Cytoscape keeps nodes and edges in one id space: a shared id would stop the graph drawing.
  for (const [id, i] of relations) {
    const actor = actors.get(id);
    if (actor !== undefined) {
      issues.push({
        segments: ['relations', i, 'id'],
        message: `id ${shown(id)} is also the id of ${locate(['actors', actor])}; actors and relations need different ids`,
      });
    }
  }

  // Paragraph counts of the sources that keep their text, counted once each and only when asked.
  const counts = new Map<string, number | undefined>();
  const rawSources = rawList(input, 'sources');
  const paragraphCount = (id: string): number | undefined => {
    if (!counts.has(id)) {
      const text = rawString(rawSources[sources.get(id) ?? -1], 'text');
      counts.set(id, text === undefined ? undefined : paragraphsOf(text).length);
    }
    return counts.get(id);
  };

  const knownKinds = new Set<string>([...BUILT_IN_ACTOR_KINDS, ...kinds.keys()]);
  const knownTypes = new Set<string>([...BUILT_IN_RELATION_TYPES, ...types.keys()]);
  const rawActors = rawList(input, 'actors');
  rawActors.forEach((actor, i) => {
    const parent = rawString(actor, 'parent');
    if (parent !== undefined && !actors.has(parent)) {
      issues.push({ segments: ['actors', i, 'parent'], message: `no actor ${shown(parent)}` });
    }
    const kind = rawString(actor, 'kind');
    if (kind !== undefined && !knownKinds.has(kind)) {
      issues.push({
        segments: ['actors', i, 'kind'],
        message: `actor kind ${shown(kind)} is neither built in nor declared in actorKinds`,
      });
    }
  });
  issues.push(...parentCycles(rawActors, actors));

  rawList(input, 'relations').forEach((relation, i) => {
    for (const end of ['source', 'target'] as const) {
      const id = rawString(relation, end);
      if (id !== undefined && !actors.has(id)) {
        issues.push({ segments: ['relations', i, end], message: `no actor ${shown(id)}` });
      }
    }
    const type = rawString(relation, 'type');
    if (type !== undefined && !knownTypes.has(type)) {
      issues.push({
        segments: ['relations', i, 'type'],
        message: `relation type ${shown(type)} is neither built in nor declared in relationTypes`,
      });
    }
    rawList(relation, 'evidence').forEach((evidence, k) => {
      const source = rawString(evidence, 'source');
      if (source !== undefined && !sources.has(source)) {
        issues.push({
          segments: ['relations', i, 'evidence', k, 'source'],
          message: `no source ${shown(source)}`,
        });
        return;
      }
      const paragraph = isPlainRecord(evidence) ? evidence.paragraph : undefined;
      const count = source === undefined ? undefined : paragraphCount(source);
      if (typeof paragraph === 'number' && count !== undefined && paragraph > count) {
        issues.push({
          segments: ['relations', i, 'evidence', k, 'paragraph'],
          message: `source ${shown(source)} has ${count} paragraphs, not ${paragraph}`,
        });
      }
    });
  });
  return issues;
}

/** Each cycle of `parent` links once, at the first actor (in file order) that is on it. */
function parentCycles(rawActors: readonly unknown[], actors: ReadonlyMap<string, number>): Issue[] {
  const issues: Issue[] = [];
  const parentOf = (i: number): number | undefined => {
    const parent = rawString(rawActors[i], 'parent');
    return parent === undefined ? undefined : actors.get(parent);
  };
  // 0 unvisited, 1 on the current walk, 2 finished: each actor is walked once, so long chains
  // of parents cost linear time.
  const state = new Uint8Array(rawActors.length);
  for (let start = 0; start < rawActors.length; start += 1) {
    const walk: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      at = parentOf(at);
    }
    if (at !== undefined && state[at] === 1) {
      const cycle = walk.slice(walk.indexOf(at));
      // reduce, not Math.min(...cycle): a cycle through 100k actors would overflow the arguments.
      const first = cycle.reduce((a, b) => Math.min(a, b));
      const from = cycle.indexOf(first);
      const ordered = [...cycle.slice(from), ...cycle.slice(0, from), first];
      const names = ordered.map((i) => shown(rawString(rawActors[i], 'id') ?? '?'));
      // A long cycle is named by its start and its length, so the message stays one line.
      const listed =
        names.length <= 8
          ? names.join(' → ')
          : `${names.slice(0, 3).join(' → ')} → … → ${names.at(-1)} (${cycle.length} actors)`;
      issues.push({ segments: ['actors', first, 'parent'], message: `parent cycle: ${listed}` });
    }
    for (const i of walk) state[i] = 2;
  }
  return issues;
}

const SECTION_ORDER = [
  'format',
  'version',
  'id',
  'title',
  'description',
  'sources',
  'relationTypes',
  'actorKinds',
  'actors',
  'relations',
];

/** File order: top-level fields as the format lists them, then by index within each list. */
function compareIssues(a: Issue, b: Issue): number {
  const rank = (s: PathSegment | undefined) => {
    const r = SECTION_ORDER.indexOf(String(s));
    return r === -1 ? SECTION_ORDER.length : r;
  };
  const bySection = rank(a.segments[0]) - rank(b.segments[0]);
  if (bySection !== 0) return bySection;
  const ai = a.segments[1];
  const bi = b.segments[1];
  return typeof ai === 'number' && typeof bi === 'number' ? ai - bi : 0;
}

/** The listed problems, capped so a file with a million mistakes still gives a readable alert. */
export function problemList(problems: readonly Problem[]): readonly Problem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    { path: 'file', message: `and ${problems.length - MAX_LISTED_PROBLEMS} more problems` },
  ];
}

/**
 * Actor Graph JSON (already parsed) into a Dataset, or every problem found. Missing optional
 * parts are filled as an analyst would expect: a kind `other`, a type's label from its id,
 * `directed: true`, and the file itself as the source of relations that carry no evidence.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ImportResult {
  const locate = options.locate ?? formatPath;
  const parsed = datasetSchema.safeParse(input, { error: messageFor });
  const issues: Issue[] = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          segments: issue.path.filter((s): s is PathSegment => typeof s !== 'symbol'),
          message: issue.message,
        }))),
    ...crossCheck(input, locate),
  ];
  if (!parsed.success || issues.length > 0) {
    issues.sort(compareIssues);
    return {
      ok: false,
      problems: problemList(issues.map((i) => ({ path: locate(i.segments), message: i.message }))),
    };
  }
  const data = parsed.data;
  const sources: Source[] = [...(data.sources ?? [])];
  let fileSource: string | undefined;
  const fileEvidence = (): readonly Evidence[] => {
    if (fileSource === undefined) {
      fileSource = 'file';
      for (let n = 2; sources.some((s) => s.id === fileSource); n += 1) fileSource = `file-${n}`;
      sources.push({ id: fileSource, title: options.fileName?.trim() || 'Imported file' });
    }
    return [{ source: fileSource }];
  };
  const relations: Relation[] = data.relations.map(({ evidence, ...relation }) => ({
    ...relation,
    evidence: evidence && evidence.length > 0 ? evidence : fileEvidence(),
  }));
  const dataset: Dataset = {
    format: data.format,
    version: data.version,
    id: data.id,
    title: data.title,
    ...(data.description !== undefined && { description: data.description }),
    sources,
    ...(data.relationTypes && {
      relationTypes: data.relationTypes.map((t) => ({
        id: t.id,
        label: t.label ?? t.id,
        directed: t.directed ?? true,
        ...(t.color !== undefined && { color: t.color }),
      })),
    }),
    ...(data.actorKinds && {
      actorKinds: data.actorKinds.map((k) => ({ ...k, label: k.label ?? k.id })),
    }),
    actors: data.actors.map((a) => ({ ...a, kind: a.kind ?? 'other' })),
    relations,
  };
  return { ok: true, dataset };
}
