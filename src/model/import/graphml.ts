// GraphML (Gephi, yEd, Cytoscape desktop, NetworkX, igraph) into a dataset (docs/design.md §8): <key>s name
// and type the <data> of nodes and edges; a <graph> inside a <node> makes that node the parent of
// its nodes; yEd's shape data gives label, position and colour.
import type { AttributeValue } from '../../../graph-data/schema';
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

/** The namespace and the attribute by which our export marks list-valued keys. */
export const ACTOR_GRAPH_NS = 'urn:x-actor-graph:1';
export const LIST_MARK = 'ag:list';

interface Key {
  readonly name: string;
  readonly type: XmlValueType;
  readonly default?: string;
}

const GRAPHML_TYPES: Readonly<Record<string, XmlValueType>> = {
  boolean: 'boolean',
  int: 'number',
  long: 'number',
  float: 'number',
  double: 'number',
  string: 'string',
};

/** yEd keeps a node's look in a <data> of shapes: label, geometry and fill. */
function yEdNode(data: XmlElement): { label?: string; x?: number; y?: number; color?: string } {
  const found: { label?: string; x?: number; y?: number; color?: string } = {};
  const walk: XmlElement[] = [data];
  while (walk.length > 0) {
    const el = walk.pop()!;
    if (el.local === 'NodeLabel' && found.label === undefined && /\S/.test(el.text)) {
      found.label = el.text.trim();
    } else if (el.local === 'Geometry' && found.x === undefined) {
      const x = Number(el.attributes.x);
      const y = Number(el.attributes.y);
      const w = Number(el.attributes.width ?? 0);
      const h = Number(el.attributes.height ?? 0);
      // yEd gives the top-left corner; a node's position is its centre.
      if (Number.isFinite(x) && Number.isFinite(y)) {
        found.x = x + (Number.isFinite(w) ? w / 2 : 0);
        found.y = y + (Number.isFinite(h) ? h / 2 : 0);
      }
    } else if (el.local === 'Fill' && found.color === undefined && el.attributes.color) {
      found.color = el.attributes.color;
    }
    walk.push(...el.children);
  }
  return found;
}

function yEdEdgeLabel(data: XmlElement): string | undefined {
  const walk: XmlElement[] = [data];
  while (walk.length > 0) {
    const el = walk.pop()!;
    if (el.local === 'EdgeLabel' && /\S/.test(el.text)) return el.text.trim();
    walk.push(...el.children);
  }
  return undefined;
}

/** GraphML text into a dataset, or every problem located by line and column. */
export function graphmlToDataset(text: string, options: XmlGraphOptions = {}): ImportResult {
  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const { root, locate } = parsed.document;
  const problems: Problem[] = [];
  const at = (el: XmlElement) => locate(el.offset);
  if (root.local !== 'graphml') {
    return {
      ok: false,
      problems: [{ path: at(root), message: `expected <graphml>, found <${root.name}>` }],
    };
  }

  const keys = { node: new Map<string, Key>(), edge: new Map<string, Key>() };
  for (const key of childrenNamed(root, 'key')) {
    const id = key.attributes.id;
    if (!id) {
      problems.push({ path: at(key), message: '<key> needs an id' });
      continue;
    }
    const type: XmlValueType =
      key.attributes[LIST_MARK] === 'true'
        ? 'list'
        : (GRAPHML_TYPES[key.attributes['attr.type'] ?? 'string'] ?? 'string');
    const fallback = childNamed(key, 'default')?.text;
    const entry: Key = {
      name: key.attributes['attr.name'] || id,
      type,
      ...(fallback !== undefined && { default: fallback }),
    };
    const domain = key.attributes.for ?? 'all';
    if (domain === 'node' || domain === 'all') keys.node.set(id, entry);
    if (domain === 'edge' || domain === 'all') keys.edge.set(id, entry);
  }

  /** The <data> of an element by attribute name, with the keys' defaults for what it lacks. */
  const dataOf = (el: XmlElement, domain: 'node' | 'edge') => {
    const values = new Map<string, AttributeValue>();
    const shapes: XmlElement[] = [];
    for (const data of childrenNamed(el, 'data')) {
      const key = keys[domain].get(data.attributes.key ?? '');
      if (!key) {
        problems.push({
          path: at(data),
          message: `<data key="${data.attributes.key ?? ''}"> names no <key> for ${domain}s`,
        });
        continue;
      }
      if (data.children.length > 0) {
        shapes.push(data);
        continue;
      }
      const value = typedValue(data.text, key.type);
      if (value === null) {
        problems.push({
          path: at(data),
          message: `'${data.text.slice(0, 60)}' is not a ${key.type} (key '${key.name}')`,
        });
      } else values.set(key.name, value);
    }
    for (const key of keys[domain].values()) {
      if (key.default === undefined || values.has(key.name)) continue;
      const value = typedValue(key.default, key.type);
      if (value !== null) values.set(key.name, value);
    }
    return { values, shapes };
  };

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const graphs = childrenNamed(root, 'graph');
  if (graphs.length === 0) {
    return { ok: false, problems: [{ path: at(root), message: 'no <graph> in the file' }] };
  }
  // Depth first through nested graphs, without recursion: (graph, parent node, its default).
  const pending: { graph: XmlElement; parent?: string; directed: boolean }[] = graphs
    .map((graph) => ({ graph, directed: graph.attributes.edgedefault !== 'undirected' }))
    .reverse();
  while (pending.length > 0) {
    const { graph, parent, directed } = pending.pop()!;
    const nested: typeof pending = [];
    for (const el of graph.children) {
      if (el.local === 'node') {
        const id = el.attributes.id;
        if (!id) {
          problems.push({ path: at(el), message: '<node> needs an id' });
          continue;
        }
        const { values, shapes } = dataOf(el, 'node');
        const yEd = shapes.map(yEdNode).reduce((a, b) => ({ ...b, ...a }), {});
        const x = values.get('x');
        const y = values.get('y');
        let position: { x: number; y: number } | undefined;
        if (typeof x === 'number' && typeof y === 'number') {
          position = { x, y };
          values.delete('x');
          values.delete('y');
        } else if (yEd.x !== undefined && yEd.y !== undefined) position = { x: yEd.x, y: yEd.y };
        if (yEd.color !== undefined && !values.has('color')) values.set('color', yEd.color);
        nodes.push({
          id,
          at: at(el),
          ...(yEd.label !== undefined && !values.has('label') && { label: yEd.label }),
          ...(position && { position }),
          ...(parent !== undefined && { parent }),
          attributes: values,
        });
        for (const inner of childrenNamed(el, 'graph')) {
          nested.push({
            graph: inner,
            parent: id,
            directed: inner.attributes.edgedefault
              ? inner.attributes.edgedefault !== 'undirected'
              : directed,
          });
        }
      } else if (el.local === 'edge') {
        const { source, target } = el.attributes;
        if (!source || !target) {
          problems.push({ path: at(el), message: '<edge> needs a source and a target' });
          continue;
        }
        const { values, shapes } = dataOf(el, 'edge');
        const label = shapes.map(yEdEdgeLabel).find((l) => l !== undefined);
        const own = el.attributes.directed;
        edges.push({
          ...(el.attributes.id !== undefined && { id: el.attributes.id }),
          at: at(el),
          source,
          target,
          directed: own === undefined ? directed : own === 'true' || own === '1',
          ...(label !== undefined && { label }),
          attributes: values,
        });
      }
    }
    pending.push(...nested.reverse());
  }
  const title = childNamed(graphs[0]!, 'desc')?.text ?? childNamed(root, 'desc')?.text;
  return graphToDataset({ ...(title !== undefined && { title }), nodes, edges }, problems, options);
}
