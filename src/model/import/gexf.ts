// GEXF (Gephi's own format, 1.1 to 1.3) into a dataset (docs/design.md §8): node label → name,
// viz:position → position, viz:color and viz:size kept as attributes `color` and `size`, every
// <attvalue> kept under its attribute's title, pid/<parents>/nested <nodes> → parent, edge label →
// type, weight kept, direction from the edge's or the graph's type.
import type { AttributeValue } from '../../../graph-data/schema';
import { LIST_MARK } from './graphml';
import {
  graphToDataset,
  typedValue,
  type GraphEdge,
  type GraphNode,
  type XmlGraphOptions,
  type XmlValueType,
} from './xml-graph';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml';
import type { ImportResult, Problem } from './validate';

const GEXF_TYPES: Readonly<Record<string, XmlValueType>> = {
  integer: 'number',
  long: 'number',
  float: 'number',
  double: 'number',
  short: 'number',
  byte: 'number',
  bigdecimal: 'number',
  biginteger: 'number',
  boolean: 'boolean',
  liststring: 'list',
  listinteger: 'list',
  listdouble: 'list',
  listboolean: 'list',
  string: 'string',
  char: 'string',
  date: 'string',
  anyuri: 'string',
};

interface Attribute {
  readonly title: string;
  readonly type: XmlValueType;
  readonly default?: string;
}

const hex = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

/** viz:color as `#rrggbb` (GEXF 1.3 may give `hex` itself). */
function colorOf(el: XmlElement): string | undefined {
  if (el.attributes.hex && /^#?[0-9a-f]{6}$/i.test(el.attributes.hex)) {
    return `#${el.attributes.hex.replace('#', '').toLowerCase()}`;
  }
  const [r, g, b] = ['r', 'g', 'b'].map((c) => Number(el.attributes[c]));
  if (![r, g, b].every((v) => Number.isFinite(v))) return undefined;
  return `#${hex(r!)}${hex(g!)}${hex(b!)}`;
}

/** GEXF text into a dataset, or every problem located by line and column. */
export function gexfToDataset(text: string, options: XmlGraphOptions = {}): ImportResult {
  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const { root, locate } = parsed.document;
  const at = (el: XmlElement) => locate(el.offset);
  const problems: Problem[] = [];
  if (root.local !== 'gexf') {
    return {
      ok: false,
      problems: [{ path: at(root), message: `expected <gexf>, found <${root.name}>` }],
    };
  }
  const graph = childNamed(root, 'graph');
  if (!graph)
    return { ok: false, problems: [{ path: at(root), message: 'no <graph> in the file' }] };
  const meta = childNamed(root, 'meta');
  const title = meta && (childNamed(meta, 'title') ?? childNamed(meta, 'Title'))?.text;

  const attributes = { node: new Map<string, Attribute>(), edge: new Map<string, Attribute>() };
  for (const group of childrenNamed(graph, 'attributes')) {
    const domain = group.attributes.class === 'edge' ? 'edge' : 'node';
    for (const def of childrenNamed(group, 'attribute')) {
      const id = def.attributes.id;
      if (id === undefined) {
        problems.push({ path: at(def), message: '<attribute> needs an id' });
        continue;
      }
      const fallback = childNamed(def, 'default')?.text;
      attributes[domain].set(id, {
        title: def.attributes.title || id,
        type:
          def.attributes[LIST_MARK] === 'true'
            ? 'list'
            : (GEXF_TYPES[(def.attributes.type ?? 'string').toLowerCase()] ?? 'string'),
        ...(fallback !== undefined && { default: fallback }),
      });
    }
  }

  const valuesOf = (el: XmlElement, domain: 'node' | 'edge') => {
    const values = new Map<string, AttributeValue>();
    const holder = childNamed(el, 'attvalues');
    for (const value of holder ? childrenNamed(holder, 'attvalue') : []) {
      const key = value.attributes.for ?? value.attributes.id ?? '';
      // graphology's writer and some hand-written files use attvalues without declaring them.
      const def = attributes[domain].get(key) ?? { title: key, type: 'string' as const };
      const raw = value.attributes.value ?? '';
      const typed = typedValue(raw, def.type);
      if (typed === null) {
        problems.push({
          path: at(value),
          message: `'${raw.slice(0, 60)}' is not a ${def.type} (attribute '${def.title}')`,
        });
      } else values.set(def.title, typed);
    }
    for (const def of attributes[domain].values()) {
      if (def.default === undefined || values.has(def.title)) continue;
      const typed = typedValue(def.default, def.type);
      if (typed !== null) values.set(def.title, typed);
    }
    return values;
  };

  const nodes: GraphNode[] = [];
  const pending: { list: XmlElement; parent?: string }[] = childrenNamed(graph, 'nodes')
    .map((list) => ({ list }))
    .reverse();
  while (pending.length > 0) {
    const { list, parent } = pending.pop()!;
    const nested: typeof pending = [];
    for (const el of childrenNamed(list, 'node')) {
      const id = el.attributes.id;
      if (id === undefined || id === '') {
        problems.push({ path: at(el), message: '<node> needs an id' });
        continue;
      }
      const values = valuesOf(el, 'node');
      const vizPosition = childNamed(el, 'position');
      let position: { x: number; y: number } | undefined;
      if (vizPosition) {
        const x = Number(vizPosition.attributes.x);
        const y = Number(vizPosition.attributes.y);
        if (Number.isFinite(x) && Number.isFinite(y)) position = { x, y };
        else
          problems.push({ path: at(vizPosition), message: 'viz:position needs numbers x and y' });
      }
      const color = childNamed(el, 'color');
      const colour = color && colorOf(color);
      if (colour && !values.has('color')) values.set('color', colour);
      const size = Number(childNamed(el, 'size')?.attributes.value);
      if (Number.isFinite(size) && !values.has('size')) values.set('size', size);
      const parents = childNamed(el, 'parents');
      const ownParent =
        el.attributes.pid ?? (parents && childNamed(parents, 'parent')?.attributes.for) ?? parent;
      nodes.push({
        id,
        at: at(el),
        ...(el.attributes.label !== undefined && { label: el.attributes.label }),
        ...(position && { position }),
        ...(ownParent !== undefined && ownParent !== '' && { parent: ownParent }),
        attributes: values,
      });
      for (const inner of childrenNamed(el, 'nodes')) nested.push({ list: inner, parent: id });
    }
    pending.push(...nested.reverse());
  }

  const defaultDirected = graph.attributes.defaultedgetype !== 'undirected';
  const edges: GraphEdge[] = [];
  for (const list of childrenNamed(graph, 'edges')) {
    for (const el of childrenNamed(list, 'edge')) {
      const { source, target, id, label, type, weight } = el.attributes;
      if (!source || !target) {
        problems.push({ path: at(el), message: '<edge> needs a source and a target' });
        continue;
      }
      const values = valuesOf(el, 'edge');
      if (weight !== undefined) {
        const w = Number(weight);
        if (Number.isFinite(w)) values.set('weight', w);
        else problems.push({ path: at(el), message: `weight '${weight}' is not a number` });
      }
      edges.push({
        ...(id !== undefined && { id }),
        at: at(el),
        source,
        target,
        directed: type === undefined ? defaultDirected : type !== 'undirected' && type !== 'mutual',
        ...(label !== undefined && { label }),
        attributes: values,
      });
    }
  }
  return graphToDataset({ ...(title !== undefined && { title }), nodes, edges }, problems, options);
}
