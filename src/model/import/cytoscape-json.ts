// Cytoscape.js JSON (cy.json(), element arrays, {nodes, edges}) and Cytoscape desktop .cyjs into a dataset (docs/design.md §8).
import * as z from 'zod';
import { BUILT_IN_ACTOR_KINDS, BUILT_IN_RELATION_TYPES } from '../../../graph-data/schema';
import { datasetIdFromFileName, fileBaseName, UniqueIds } from './unique-ids';
import {
  formatPath,
  isForbiddenKey,
  LIMITS,
  problemList,
  shown,
  validateDataset,
  type ImportResult,
  type PathSegment,
  type Problem,
} from './validate';

export interface CytoscapeImportOptions {
  /** Shown as the source of every relation, and the dataset's title when the file names none. */
  readonly fileName?: string;
  readonly datasetId?: string;
}

/** Whether parsed JSON looks like one of the Cytoscape shapes rather than Actor Graph JSON. */
export function isCytoscapeJson(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  if (!isRecord(value)) return false;
  return 'elements' in value || 'nodes' in value || 'edges' in value;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const elementSchema = z.object({
  group: z
    .enum(['nodes', 'edges'], {
      error: (iss) => `expected 'nodes' or 'edges', got ${shown(iss.input)}`,
    })
    .optional(),
  data: z
    .custom<Record<string, unknown>>(isRecord, {
      error: (iss) => `expected an object, got ${shown(iss.input)}`,
    })
    .optional(),
  position: z.unknown().optional(),
});
type Element = z.infer<typeof elementSchema>;

const elementList = z.array(elementSchema, {
  error: (iss) =>
    iss.input === undefined ? 'required' : `expected a list, got ${shown(iss.input)}`,
});
const groupedSchema = z.object({
  nodes: elementList.optional(),
  edges: elementList.optional(),
});
const envelopeMeta = {
  // .cyjs files name the network in `data`; networkx's cytoscape_data says `directed`.
  data: z.unknown().optional(),
  directed: z.boolean().optional(),
};
/** cy.json() and .cyjs: `{elements: {nodes, edges}}`. */
const groupedEnvelope = z.object({ elements: groupedSchema, ...envelopeMeta });
/** cy.json() of older versions and hand-written files: `{elements: [...]}`. */
const listEnvelope = z.object({ elements: z.array(elementSchema), ...envelopeMeta });
const bareEnvelope = z.object({ ...groupedSchema.shape, ...envelopeMeta });

interface Located {
  readonly element: Element;
  readonly at: readonly PathSegment[];
}

interface Envelope {
  readonly nodes: readonly Located[];
  readonly edges: readonly Located[];
  readonly data?: unknown;
  readonly directed?: boolean;
}

const located = (list: readonly Element[] | undefined, at: readonly PathSegment[]): Located[] =>
  (list ?? []).map((element, i) => ({ element, at: [...at, i] }));

/** An element of a mixed list is an edge when its group says so, or when it has both ends. */
function splitByGroup(list: readonly Located[]): { nodes: Located[]; edges: Located[] } {
  const nodes: Located[] = [];
  const edges: Located[] = [];
  for (const item of list) {
    const { group, data } = item.element;
    const isEdge =
      group === 'edges' ||
      (group === undefined && data?.source !== undefined && data.target !== undefined);
    (isEdge ? edges : nodes).push(item);
  }
  return { nodes, edges };
}

function readEnvelope(
  value: unknown,
): { ok: true; envelope: Envelope } | { ok: false; problems: Problem[] } {
  const fail = (error: z.ZodError) => ({
    ok: false as const,
    problems: error.issues.map((issue) => ({
      path: formatPath(issue.path.filter((s): s is PathSegment => typeof s !== 'symbol')),
      message: issue.message,
    })),
  });
  if (Array.isArray(value)) {
    const parsed = z.array(elementSchema).safeParse(value);
    if (!parsed.success) return fail(parsed.error);
    return { ok: true, envelope: splitByGroup(located(parsed.data, [])) };
  }
  if (isRecord(value) && Array.isArray(value.elements)) {
    const parsed = listEnvelope.safeParse(value);
    if (!parsed.success) return fail(parsed.error);
    const { data, directed } = parsed.data;
    return {
      ok: true,
      envelope: { ...splitByGroup(located(parsed.data.elements, ['elements'])), data, directed },
    };
  }
  if (isRecord(value) && 'elements' in value) {
    const parsed = groupedEnvelope.safeParse(value);
    if (!parsed.success) return fail(parsed.error);
    const { elements, data, directed } = parsed.data;
    return {
      ok: true,
      envelope: {
        nodes: located(elements.nodes, ['elements', 'nodes']),
        edges: located(elements.edges, ['elements', 'edges']),
        data,
        directed,
      },
    };
  }
  const parsed = bareEnvelope.safeParse(value);
  if (!parsed.success) return fail(parsed.error);
  const { nodes, edges, data, directed } = parsed.data;
  return {
    ok: true,
    envelope: {
      nodes: located(nodes, ['nodes']),
      edges: located(edges, ['edges']),
      data,
      directed,
    },
  };
}

/** An id as Cytoscape files write it: text, or a number (SUIDs); blank means "generate one". */
function idOf(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return value;
}

/** The first of `keys` in `data` holding non-blank text (or a number), with the key it came from. */
function firstText(
  data: Record<string, unknown>,
  keys: readonly string[],
): { key: string; value: string } | undefined {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && /\S/.test(value)) return { key, value };
    if (typeof value === 'number' && Number.isFinite(value)) return { key, value: String(value) };
  }
  return undefined;
}

/** A built-in id when the text names one in any case ("Militia"), else the text itself, trimmed. */
function vocabularyId(text: string, builtIns: readonly string[]): string {
  const trimmed = text.trim();
  return builtIns.find((id) => id === trimmed.toLowerCase()) ?? trimmed;
}

/** `data` fields not turned into actor or relation fields, minus keys that would pollute objects. */
function leftoverData(
  data: Record<string, unknown>,
  used: ReadonlySet<string>,
): Record<string, unknown> | undefined {
  const entries = Object.keys(data)
    .filter((key) => !used.has(key) && !isForbiddenKey(key))
    .map((key) => [key, data[key]] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

interface Origin {
  readonly at: readonly PathSegment[];
  /** Where in the element each dataset field came from, when not `data.<field>`. */
  readonly fields: Readonly<Record<string, readonly PathSegment[]>>;
}

/**
 * Cytoscape JSON (already parsed) into a Dataset, or every problem, located in the user's file
 * (`elements.edges[2].data.target: no actor 'kh2'`).
 */
export function cytoscapeToDataset(
  value: unknown,
  options: CytoscapeImportOptions = {},
): ImportResult {
  const read = readEnvelope(value);
  if (!read.ok) return { ok: false, problems: problemList(read.problems) };
  const { nodes, edges, data: meta, directed } = read.envelope;

  // Ids the file gives are kept as they are (duplicates are for the validator to report);
  // missing ones are generated around them.
  const ids = new UniqueIds();
  for (const { element } of [...nodes, ...edges]) {
    const id = idOf(element.data?.id);
    if (typeof id === 'string') ids.reserve(id);
  }

  const kinds = new Map<string, readonly PathSegment[]>();
  const types = new Map<string, readonly PathSegment[]>();
  const actorOrigins: Origin[] = [];
  const relationOrigins: Origin[] = [];

  const actors = nodes.map(({ element, at }, i) => {
    const data = element.data ?? {};
    const used = new Set<string>(['id']);
    const fields: Record<string, readonly PathSegment[]> = { position: [...at, 'position'] };
    const id = idOf(data.id) ?? ids.claim(`node-${i + 1}`);
    const named = firstText(data, ['name', 'label']);
    if (named) {
      used.add(named.key);
      fields.name = [...at, 'data', named.key];
    } else fields.name = [...at, 'data', 'id'];
    let kind = 'other';
    if (typeof data.kind === 'string' && /\S/.test(data.kind)) {
      used.add('kind');
      kind = vocabularyId(data.kind, BUILT_IN_ACTOR_KINDS);
      if (!BUILT_IN_ACTOR_KINDS.some((k) => k === kind) && !kinds.has(kind)) {
        kinds.set(kind, [...at, 'data', 'kind']);
      }
    }
    const parent = idOf(data.parent);
    used.add('parent');
    const attributes = leftoverData(data, used);
    actorOrigins.push({ at, fields });
    return {
      id,
      name: named?.value ?? id,
      kind,
      ...(parent !== undefined && { parent }),
      ...(element.position !== undefined && { position: element.position }),
      ...(attributes && { attributes }),
    };
  });

  const relations = edges.map(({ element, at }, i) => {
    const data = element.data ?? {};
    const used = new Set<string>(['id', 'source', 'target']);
    const fields: Record<string, readonly PathSegment[]> = {};
    const id = idOf(data.id) ?? ids.claim(`edge-${i + 1}`);
    const typed = firstText(data, ['type', 'interaction', 'label']);
    let type = 'related';
    if (typed) {
      used.add(typed.key);
      fields.type = [...at, 'data', typed.key];
      type = vocabularyId(typed.value, BUILT_IN_RELATION_TYPES);
    }
    if (!BUILT_IN_RELATION_TYPES.some((t) => t === type) && !types.has(type)) {
      types.set(type, fields.type ?? at);
    }
    const attributes = leftoverData(data, used);
    relationOrigins.push({ at, fields });
    return {
      id,
      source: idOf(data.source),
      target: idOf(data.target),
      type,
      ...(attributes && { attributes }),
    };
  });

  const metaData = isRecord(meta) ? meta : {};
  const title =
    firstText(metaData, ['name', 'shared_name'])?.value ??
    (options.fileName ? fileBaseName(options.fileName) : '');
  const draft = {
    format: 'actor-graph',
    version: 1,
    id: options.datasetId ?? datasetIdFromFileName(options.fileName ?? 'cytoscape'),
    title: (/\S/.test(title) ? title : 'Imported graph').slice(0, LIMITS.name),
    ...(options.fileName && { description: `Imported from ${options.fileName}` }),
    sources: [],
    // Cytoscape edges always run from source to target, so met types are directed unless the
    // file says otherwise; `related` only stands for "no type given".
    relationTypes: [...types.keys()].map((id) => ({
      id,
      label: id,
      directed: directed ?? id !== 'related',
    })),
    actorKinds: [...kinds.keys()].map((id) => ({ id, label: id })),
    actors,
    relations,
  };

  const typeOrigins = [...types.values()];
  const kindOrigins = [...kinds.values()];
  const locate = (segments: readonly PathSegment[]): string => {
    const [section, index, field, ...rest] = segments;
    if (typeof index !== 'number') return formatPath(segments);
    if (section === 'relationTypes' && typeOrigins[index]) return formatPath(typeOrigins[index]);
    if (section === 'actorKinds' && kindOrigins[index]) return formatPath(kindOrigins[index]);
    const origin =
      section === 'actors'
        ? actorOrigins[index]
        : section === 'relations'
          ? relationOrigins[index]
          : undefined;
    if (!origin) return formatPath(segments);
    if (field === undefined) return formatPath(origin.at);
    if (field === 'attributes') return formatPath([...origin.at, 'data', ...rest]);
    const mapped = origin.fields[String(field)] ?? [...origin.at, 'data', field];
    return formatPath([...mapped, ...rest]);
  };

  const result = validateDataset(draft, { fileName: options.fileName, locate });
  if (result.ok) return result;
  // A type's declaration and the edge that brought it share one place: say it once.
  const seen = new Set<string>();
  const problems = result.problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ok: false, problems };
}
