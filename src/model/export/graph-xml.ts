// GEXF and GraphML export (docs/design.md §7): what is shown, or everything, so work continues in Gephi,
// yEd or Cytoscape desktop. The importer reads both back to the same actors, relations, types,
// positions and attributes (evidence and sources stay in Actor Graph JSON).
import {
  BUILT_IN_RELATION_TYPES,
  type Actor,
  type AttributeValue,
  type Attributes,
  type Dataset,
  type Relation,
} from '../../../graph-data/schema';
import { ACTOR_GRAPH_NS, LIST_MARK } from '../import/graphml';
import { escapeAttribute as attr, escapeText as txt } from '../import/xml';
import { shownPart, type ShownElements } from './dataset-json';

/**
 * Attribute names the importer reads as fields (a node's `kind`, an edge's `type`): an attribute
 * of that name comes back as the field, not as an attribute. Edge names are matched in any case.
 */
export const FIELD_NAMES = {
  node: ['label', 'kind', 'shortName', 'aliases', 'description', 'x', 'y'],
  edge: ['type', 'interaction', 'date', 'summary', 'dateInferred'],
} as const;

export interface GraphXmlOptions {
  /** Export only these elements; by default everything. */
  readonly only?: ShownElements;
}

type ValueKind = 'string' | 'number' | 'boolean' | 'list';

const kindOf = (value: AttributeValue): ValueKind =>
  Array.isArray(value)
    ? 'list'
    : typeof value === 'number'
      ? 'number'
      : typeof value === 'boolean'
        ? 'boolean'
        : 'string';

const textOf = (value: AttributeValue): string =>
  Array.isArray(value) ? JSON.stringify(value) : String(value);

interface AttributeKey {
  readonly id: string;
  readonly name: string;
  readonly kind: ValueKind;
}

/**
 * One key per attribute name and value type: a name that holds numbers on one actor and text on
 * another gets two keys, so each value comes back with its own type.
 */
function attributeKeys(
  items: readonly { readonly attributes?: Attributes }[],
  prefix: string,
): { keys: AttributeKey[]; keyOf: (name: string, value: AttributeValue) => string } {
  const byName = new Map<string, AttributeKey>();
  const keys: AttributeKey[] = [];
  const index = (name: string, kind: ValueKind) => `${kind}\u0000${name}`;
  for (const item of items) {
    for (const [name, value] of Object.entries(item.attributes ?? {})) {
      const kind = kindOf(value);
      if (byName.has(index(name, kind))) continue;
      const key = { id: `${prefix}${keys.length}`, name, kind };
      byName.set(index(name, kind), key);
      keys.push(key);
    }
  }
  return { keys, keyOf: (name, value) => byName.get(index(name, kindOf(value)))!.id };
}

/** Whether relations of a type are drawn with arrows: built-in, declared, else directed. */
function directedness(dataset: Dataset): (relation: Relation) => boolean {
  const declared = new Map((dataset.relationTypes ?? []).map((t) => [t.id, t.directed]));
  return (relation) =>
    declared.get(relation.type) ??
    (BUILT_IN_RELATION_TYPES.some((t) => t === relation.type) ? relation.type !== 'allied' : true);
}

const attributesOf = (item: { readonly attributes?: Attributes }) =>
  Object.entries(item.attributes ?? {});

const GRAPHML_TYPE: Readonly<Record<ValueKind, string>> = {
  string: 'string',
  number: 'double',
  boolean: 'boolean',
  list: 'string',
};

/** GraphML with a <key> per field and attribute; parents as nested graphs. */
export function datasetToGraphml(dataset: Dataset, options: GraphXmlOptions = {}): string {
  const d = options.only ? shownPart(dataset, options.only) : dataset;
  const nodeKeys = attributeKeys(d.actors, 'n');
  const edgeKeys = attributeKeys(d.relations, 'e');
  const directed = directedness(d);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:ag="${ACTOR_GRAPH_NS}">`,
  ];
  const key = (id: string, domain: string, name: string, kind: ValueKind) =>
    out.push(
      `  <key id="${attr(id)}" for="${domain}" attr.name="${attr(name)}" attr.type="${GRAPHML_TYPE[kind]}"${kind === 'list' ? ` ${LIST_MARK}="true"` : ''}/>`,
    );
  const has = <T>(list: readonly T[], test: (item: T) => boolean) => list.some(test);
  key('label', 'node', 'label', 'string');
  if (has(d.actors, (a) => a.kind !== 'other')) key('kind', 'node', 'kind', 'string');
  if (has(d.actors, (a) => a.shortName !== undefined)) {
    key('shortName', 'node', 'shortName', 'string');
  }
  if (has(d.actors, (a) => a.aliases !== undefined)) key('aliases', 'node', 'aliases', 'list');
  if (has(d.actors, (a) => a.description !== undefined)) {
    key('description', 'node', 'description', 'string');
  }
  if (has(d.actors, (a) => a.position !== undefined)) {
    key('x', 'node', 'x', 'number');
    key('y', 'node', 'y', 'number');
  }
  for (const k of nodeKeys.keys) key(k.id, 'node', k.name, k.kind);
  key('type', 'edge', 'label', 'string');
  if (has(d.relations, (r) => r.date !== undefined)) key('date', 'edge', 'date', 'string');
  if (has(d.relations, (r) => r.dateInferred === true)) {
    key('dateInferred', 'edge', 'dateInferred', 'boolean');
  }
  if (has(d.relations, (r) => r.summary !== undefined)) {
    key('summary', 'edge', 'summary', 'string');
  }
  for (const k of edgeKeys.keys) key(k.id, 'edge', k.name, k.kind);

  const data = (indent: string, id: string, value: AttributeValue) =>
    out.push(`${indent}<data key="${attr(id)}">${txt(textOf(value))}</data>`);

  const children = new Map<string | undefined, Actor[]>();
  for (const actor of d.actors) {
    const list = children.get(actor.parent) ?? [];
    list.push(actor);
    children.set(actor.parent, list);
  }
  // Each actor inside its parent's nested <graph>; iterative, so long chains cannot overflow.
  type Step = { actor: Actor; depth: number } | { close: string };
  const writeNodes = (top: readonly Actor[]) => {
    const steps: Step[] = top.map((actor) => ({ actor, depth: 2 })).reverse();
    while (steps.length > 0) {
      const step = steps.pop()!;
      if ('close' in step) {
        out.push(step.close);
        continue;
      }
      const { actor, depth } = step;
      const pad = '  '.repeat(depth);
      out.push(`${pad}<node id="${attr(actor.id)}">`);
      data(`${pad}  `, 'label', actor.name);
      if (actor.kind !== 'other') data(`${pad}  `, 'kind', actor.kind);
      if (actor.shortName !== undefined) data(`${pad}  `, 'shortName', actor.shortName);
      if (actor.aliases !== undefined) data(`${pad}  `, 'aliases', actor.aliases);
      if (actor.description !== undefined) data(`${pad}  `, 'description', actor.description);
      if (actor.position) {
        data(`${pad}  `, 'x', actor.position.x);
        data(`${pad}  `, 'y', actor.position.y);
      }
      for (const [name, value] of attributesOf(actor)) {
        data(`${pad}  `, nodeKeys.keyOf(name, value), value);
      }
      const inner = children.get(actor.id);
      if (inner) {
        out.push(`${pad}  <graph id="${attr(actor.id)}::" edgedefault="directed">`);
        steps.push({ close: `${pad}</node>` }, { close: `${pad}  </graph>` });
        // Pushed one by one: a group may hold more actors than a call takes arguments.
        for (let i = inner.length - 1; i >= 0; i--)
          steps.push({ actor: inner[i]!, depth: depth + 2 });
      } else out.push(`${pad}</node>`);
    }
  };

  out.push(`  <graph id="${attr(d.id)}" edgedefault="directed">`);
  out.push(`    <desc>${txt(d.title)}</desc>`);
  writeNodes(children.get(undefined) ?? []);
  for (const r of d.relations) {
    const own = directed(r) ? '' : ' directed="false"';
    out.push(
      `    <edge id="${attr(r.id)}" source="${attr(r.source)}" target="${attr(r.target)}"${own}>`,
    );
    data('      ', 'type', r.type);
    if (r.date !== undefined) data('      ', 'date', r.date);
    if (r.dateInferred === true) data('      ', 'dateInferred', true);
    if (r.summary !== undefined) data('      ', 'summary', r.summary);
    for (const [name, value] of attributesOf(r)) data('      ', edgeKeys.keyOf(name, value), value);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

const GEXF_TYPE: Readonly<Record<ValueKind, string>> = {
  string: 'string',
  number: 'double',
  boolean: 'boolean',
  list: 'string',
};

/** Lower-case only: the importer gives viz:color back as lower-case `#rrggbb`. */
const HEX_COLOUR = /^#[0-9a-f]{6}$/;

/** GEXF 1.3: viz:position, viz:color and viz:size for Gephi, pid for parents. */
export function datasetToGexf(dataset: Dataset, options: GraphXmlOptions = {}): string {
  const d = options.only ? shownPart(dataset, options.only) : dataset;
  // `color` and `size` go to viz:color and viz:size when Gephi can read them so.
  const isViz = (name: string, value: AttributeValue) =>
    (name === 'color' && typeof value === 'string' && HEX_COLOUR.test(value)) ||
    (name === 'size' && typeof value === 'number');
  const withoutViz = d.actors.map((a) => ({
    attributes: Object.fromEntries(attributesOf(a).filter(([n, v]) => !isViz(n, v))),
  }));
  const nodeKeys = attributeKeys(withoutViz, 'n');
  // Weight is the edge's own attribute in GEXF.
  const isWeight = (name: string, value: AttributeValue) =>
    name === 'weight' && typeof value === 'number';
  const withoutWeight = d.relations.map((r) => ({
    attributes: Object.fromEntries(attributesOf(r).filter(([n, v]) => !isWeight(n, v))),
  }));
  const edgeKeys = attributeKeys(withoutWeight, 'e');
  const directed = directedness(d);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:ag="${ACTOR_GRAPH_NS}" version="1.3">`,
    '  <meta>',
    '    <creator>Actor Graph</creator>',
    `    <title>${txt(d.title)}</title>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
  ];
  const fieldDefs = (
    domain: 'node' | 'edge',
    fields: readonly (readonly [string, ValueKind])[],
    keys: readonly AttributeKey[],
  ) => {
    if (fields.length === 0 && keys.length === 0) return;
    out.push(`    <attributes class="${domain}" mode="static">`);
    for (const [id, kind] of fields) {
      out.push(
        `      <attribute id="${id}" title="${id}" type="${GEXF_TYPE[kind]}"${kind === 'list' ? ` ${LIST_MARK}="true"` : ''}/>`,
      );
    }
    for (const k of keys) {
      out.push(
        `      <attribute id="${k.id}" title="${attr(k.name)}" type="${GEXF_TYPE[k.kind]}"${k.kind === 'list' ? ` ${LIST_MARK}="true"` : ''}/>`,
      );
    }
    out.push('    </attributes>');
  };
  const nodeFields: [string, ValueKind][] = [];
  if (d.actors.some((a) => a.kind !== 'other')) nodeFields.push(['kind', 'string']);
  if (d.actors.some((a) => a.shortName !== undefined)) nodeFields.push(['shortName', 'string']);
  if (d.actors.some((a) => a.aliases !== undefined)) nodeFields.push(['aliases', 'list']);
  if (d.actors.some((a) => a.description !== undefined)) {
    nodeFields.push(['description', 'string']);
  }
  const edgeFields: [string, ValueKind][] = [];
  if (d.relations.some((r) => r.date !== undefined)) edgeFields.push(['date', 'string']);
  if (d.relations.some((r) => r.dateInferred === true)) {
    edgeFields.push(['dateInferred', 'boolean']);
  }
  if (d.relations.some((r) => r.summary !== undefined)) edgeFields.push(['summary', 'string']);
  fieldDefs('node', nodeFields, nodeKeys.keys);
  fieldDefs('edge', edgeFields, edgeKeys.keys);

  const values = (indent: string, list: readonly (readonly [string, AttributeValue])[]) => {
    if (list.length === 0) return;
    out.push(`${indent}<attvalues>`);
    for (const [id, value] of list) {
      out.push(`${indent}  <attvalue for="${attr(id)}" value="${attr(textOf(value))}"/>`);
    }
    out.push(`${indent}</attvalues>`);
  };

  out.push('    <nodes>');
  for (const a of d.actors) {
    const pid = a.parent !== undefined ? ` pid="${attr(a.parent)}"` : '';
    out.push(`      <node id="${attr(a.id)}" label="${attr(a.name)}"${pid}>`);
    const fields: [string, AttributeValue][] = [];
    if (a.kind !== 'other') fields.push(['kind', a.kind]);
    if (a.shortName !== undefined) fields.push(['shortName', a.shortName]);
    if (a.aliases !== undefined) fields.push(['aliases', a.aliases]);
    if (a.description !== undefined) fields.push(['description', a.description]);
    const viz: string[] = [];
    for (const [name, value] of attributesOf(a)) {
      if (isViz(name, value)) {
        if (name === 'size') viz.push(`<viz:size value="${value}"/>`);
        else {
          const n = Number.parseInt(String(value).slice(1), 16);
          viz.push(`<viz:color r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"/>`);
        }
      } else fields.push([nodeKeys.keyOf(name, value), value]);
    }
    values('        ', fields);
    if (a.position) viz.push(`<viz:position x="${a.position.x}" y="${a.position.y}" z="0"/>`);
    for (const v of viz) out.push(`        ${v}`);
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const r of d.relations) {
    const own = directed(r) ? '' : ' type="undirected"';
    const weight = r.attributes?.weight;
    const w = typeof weight === 'number' ? ` weight="${weight}"` : '';
    const fields: [string, AttributeValue][] = [];
    if (r.date !== undefined) fields.push(['date', r.date]);
    if (r.dateInferred === true) fields.push(['dateInferred', true]);
    if (r.summary !== undefined) fields.push(['summary', r.summary]);
    for (const [name, value] of attributesOf(r)) {
      if (!isWeight(name, value)) fields.push([edgeKeys.keyOf(name, value), value]);
    }
    const open = `      <edge id="${attr(r.id)}" source="${attr(r.source)}" target="${attr(r.target)}" label="${attr(r.type)}"${own}${w}`;
    if (fields.length === 0) out.push(`${open}/>`);
    else {
      out.push(`${open}>`);
      values('        ', fields);
      out.push('      </edge>');
    }
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
