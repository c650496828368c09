// What GEXF and GraphML have in common: nodes and edges with typed attributes, read from either
// file into one shape and turned into a dataset here (docs/design.md §8): label → name, x/y → position,
// nesting → parent, edge label → type (else `related`), every other attribute kept.
import {
  BUILT_IN_ACTOR_KINDS,
  BUILT_IN_RELATION_TYPES,
  type AttributeValue,
} from '../../../graph-data/schema';
import { readDate } from './spreadsheet-dates';
import { datasetIdFromFileName, fileBaseName, UniqueIds } from './unique-ids';
import {
  formatPath,
  isForbiddenKey,
  LIMITS,
  problemList,
  validateDataset,
  type ImportResult,
  type PathSegment,
  type Problem,
} from './validate';

/** An attribute's value type, as both formats declare it. */
export type XmlValueType = 'string' | 'number' | 'boolean' | 'list';

export interface GraphNode {
  readonly id: string;
  /** Where the node is in the file: `line 12, column 5`. */
  readonly at: string;
  readonly label?: string;
  readonly position?: { readonly x: number; readonly y: number };
  readonly parent?: string;
  /** Attributes in file order, by their names (not the files' key ids). */
  readonly attributes: ReadonlyMap<string, AttributeValue>;
}

export interface GraphEdge {
  readonly id?: string;
  readonly at: string;
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  readonly label?: string;
  readonly attributes: ReadonlyMap<string, AttributeValue>;
}

export interface GraphContent {
  readonly title?: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export interface XmlGraphOptions {
  readonly fileName?: string;
  readonly datasetId?: string;
  /**
   * The edge attribute that holds the relation type, when no edge has a label: the user's answer
   * to the question the import asks then; '' for none.
   */
  readonly typeColumn?: string;
}

/** Edge attributes that never hold a type: the fields read from them, and the weight. */
const NOT_A_TYPE = new Set(['date', 'summary', 'dateinferred', 'weight']);

/**
 * Attribute names that fill an actor's fields rather than its attributes: what the exporters
 * write for those fields, and the names other tools use for the same things.
 */
const NODE_NAME_KEYS = ['label', 'name'];
const EDGE_TYPE_KEYS = ['type', 'interaction', 'label', 'edge label'];

/** A typed value from the text a file holds for it; null when the text does not fit the type. */
export function typedValue(text: string, type: XmlValueType): AttributeValue | null {
  if (type === 'number') {
    const n = Number(text.trim());
    return text.trim() !== '' && Number.isFinite(n) ? n : null;
  }
  if (type === 'boolean') {
    const t = text.trim().toLowerCase();
    if (t === 'true' || t === '1') return true;
    if (t === 'false' || t === '0') return false;
    return null;
  }
  if (type === 'list') {
    try {
      const parsed: unknown = JSON.parse(text);
      if (
        Array.isArray(parsed) &&
        parsed.every(
          (v) =>
            typeof v === 'string' ||
            typeof v === 'boolean' ||
            (typeof v === 'number' && Number.isFinite(v)),
        )
      ) {
        return parsed as readonly (string | number | boolean)[];
      }
    } catch {
      // Not our JSON list: GEXF's own liststring forms, "[a, b]" or "a|b".
    }
    const inner = /^\s*\[(.*)\]\s*$/s.exec(text)?.[1] ?? text;
    if (inner.trim() === '') return [];
    return inner.split(inner.includes('|') ? '|' : ',').map((s) => s.trim());
  }
  return text;
}

/** The first key of `keys` (any case) the attributes hold as text, with its exact name. */
function takeText(
  attributes: Map<string, AttributeValue>,
  keys: readonly string[],
): { key: string; value: string } | undefined {
  for (const wanted of keys) {
    for (const [key, value] of attributes) {
      if (key.toLowerCase() !== wanted) continue;
      if (typeof value === 'string' && /\S/.test(value)) return { key, value };
      if (typeof value === 'number') return { key, value: String(value) };
    }
  }
  return undefined;
}

const builtIn = (list: readonly string[], text: string) =>
  list.find((id) => id === text.trim().toLowerCase());

function toRecord(attributes: ReadonlyMap<string, AttributeValue>) {
  const record = Object.create(null) as Record<string, AttributeValue>;
  for (const [key, value] of attributes) if (!isForbiddenKey(key)) record[key] = value;
  return Object.keys(record).length > 0 ? record : undefined;
}

/** GEXF's and GraphML's nodes and edges into a dataset, problems located in the file. */
export function graphToDataset(
  graph: GraphContent,
  parseProblems: readonly Problem[],
  options: XmlGraphOptions = {},
): ImportResult {
  const problems: Problem[] = [...parseProblems];
  // Node and edge ids are separate in both formats (Les Misérables' GEXF numbers both from 0),
  // but one id space in a dataset: an edge keeps its id unless a node or an earlier edge has it.
  const ids = new UniqueIds(graph.nodes.map((n) => n.id));
  const kinds = new Set<string>();
  const types = new Map<string, boolean>();
  const actorAt: string[] = [];
  const relationAt: string[] = [];

  const actors = graph.nodes.map((node) => {
    const attributes = new Map(node.attributes);
    const named =
      node.label !== undefined && /\S/.test(node.label)
        ? undefined
        : takeText(attributes, NODE_NAME_KEYS);
    if (named) attributes.delete(named.key);
    const name =
      (node.label !== undefined && /\S/.test(node.label) ? node.label : named?.value) ?? node.id;
    const field = (key: string): string | undefined => {
      const value = attributes.get(key);
      if (typeof value !== 'string') return undefined;
      attributes.delete(key);
      return value;
    };
    let kind = 'other';
    const rawKind = field('kind');
    if (rawKind !== undefined && /\S/.test(rawKind)) {
      kind = builtIn(BUILT_IN_ACTOR_KINDS, rawKind) ?? rawKind;
      if (!builtIn(BUILT_IN_ACTOR_KINDS, kind)) kinds.add(kind);
    }
    const shortName = field('shortName');
    const description = field('description');
    const aliasValue = attributes.get('aliases');
    let aliases: string[] | undefined;
    if (Array.isArray(aliasValue) && aliasValue.every((a) => typeof a === 'string')) {
      aliases = [...(aliasValue as readonly string[])];
      attributes.delete('aliases');
    }
    actorAt.push(`${node.at}, node '${node.id}'`);
    const kept = toRecord(attributes);
    return {
      id: node.id,
      name,
      kind,
      ...(shortName !== undefined && { shortName }),
      ...(aliases && { aliases }),
      ...(description !== undefined && { description }),
      ...(node.parent !== undefined && { parent: node.parent }),
      ...(node.position && { position: node.position }),
      ...(kept && { attributes: kept }),
    };
  });

  let labelled = false;
  const textColumns = new Set<string>();
  const relations = graph.edges.map((edge, i) => {
    const attributes = new Map(edge.attributes);
    let typeText = edge.label !== undefined && /\S/.test(edge.label) ? edge.label : undefined;
    if (typeText === undefined) {
      const typed = takeText(attributes, EDGE_TYPE_KEYS);
      if (typed) {
        typeText = typed.value;
        attributes.delete(typed.key);
      }
    }
    if (typeText !== undefined) labelled = true;
    for (const [key, value] of attributes) {
      if (typeof value === 'string' && !NOT_A_TYPE.has(key.toLowerCase())) textColumns.add(key);
    }
    if (typeText === undefined && options.typeColumn) {
      const value = attributes.get(options.typeColumn);
      if (typeof value === 'string' && /\S/.test(value)) {
        typeText = value;
        attributes.delete(options.typeColumn);
      }
    }
    const type =
      typeText === undefined ? 'related' : (builtIn(BUILT_IN_RELATION_TYPES, typeText) ?? typeText);
    if (!builtIn(BUILT_IN_RELATION_TYPES, type)) {
      types.set(type, (types.get(type) ?? false) || edge.directed);
    }
    const id =
      edge.id !== undefined && edge.id !== '' && ids.reserve(edge.id)
        ? edge.id
        : ids.claim(edge.id ? `edge-${edge.id}` : `edge-${i + 1}`);
    let date: string | undefined;
    const rawDate = attributes.get('date');
    if (typeof rawDate === 'string' || typeof rawDate === 'number') {
      const reading = readDate(String(rawDate));
      if (reading.kind === 'date') {
        date = reading.date;
        attributes.delete('date');
      }
    }
    const summary = attributes.get('summary');
    if (typeof summary === 'string') attributes.delete('summary');
    const dateInferred = date !== undefined && attributes.get('dateInferred') === true;
    if (dateInferred) attributes.delete('dateInferred');
    relationAt.push(`${edge.at}, edge${edge.id ? ` '${edge.id}'` : ''}`);
    const kept = toRecord(attributes);
    return {
      id,
      source: edge.source,
      target: edge.target,
      type,
      ...(date !== undefined && { date }),
      ...(dateInferred && { dateInferred }),
      ...(typeof summary === 'string' && { summary }),
      ...(kept && { attributes: kept }),
    };
  });

  if (problems.length > 0) return { ok: false, problems: problemList(problems) };

  const title = graph.title?.trim() || (options.fileName ? fileBaseName(options.fileName) : '');
  const draft = {
    format: 'actor-graph',
    version: 1,
    id: options.datasetId ?? datasetIdFromFileName(options.fileName ?? 'graph'),
    title: (/\S/.test(title) ? title : 'Imported graph').slice(0, LIMITS.name),
    ...(options.fileName && { description: `Imported from ${options.fileName}` }),
    sources: [],
    relationTypes: [...types].map(([id, directed]) => ({ id, label: id, directed })),
    actorKinds: [...kinds].map((id) => ({ id, label: id })),
    actors,
    relations,
  };
  const locate = (segments: readonly PathSegment[]): string => {
    const [section, index, ...rest] = segments;
    const at =
      typeof index !== 'number'
        ? undefined
        : section === 'actors'
          ? actorAt[index]
          : section === 'relations'
            ? relationAt[index]
            : undefined;
    if (at === undefined) return formatPath(segments);
    return rest.length > 0 ? `${at} ${formatPath(rest)}` : at;
  };
  const result = validateDataset(draft, { fileName: options.fileName, locate });
  // No edge names its type, but some carry text: ask which of it is the type, never guess.
  if (result.ok && !labelled && options.typeColumn === undefined && textColumns.size > 0) {
    const columns = [...textColumns];
    return {
      ok: false,
      problems: [
        {
          path: 'file',
          message: `no edge has a label; choose which attribute (${columns.join(', ')}) is the relationship type, or none`,
        },
      ],
      question: { kind: 'type-column', columns },
    };
  }
  return result;
}
