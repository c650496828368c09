// GEXF and GraphML import: Les Misérables as Gephi and graphology keep it (every node, edge,
// position and attribute), nesting and pid as parents, yEd's shapes, and the XML reader's refusals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBytes, importFile } from '../../src/model/import/detect';
import { parseXml } from '../../src/model/import/xml';

const FILES = join(import.meta.dirname, '..', 'fixtures', 'files');
const text = (name: string) => readFileSync(join(FILES, name), 'utf8');
const problemsOf = (result: ReturnType<typeof importFile>) =>
  result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);

/** Every <node …> and <edge …> tag of a file, by regular expression: a check independent of the reader. */
function tags(source: string, name: 'node' | 'edge'): Record<string, string>[] {
  return [...source.matchAll(new RegExp(`<${name}\\s([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
}

describe('Les Misérables in GEXF (graphology test resource, Gephi 0.7 export)', () => {
  const source = text('les-miserables.gexf');
  const result = importFile('les-miserables.gexf', source);
  const dataset = result.ok ? result.dataset : undefined;

  it('imports every node as an actor named by its label', () => {
    expect(problemsOf(result)).toEqual([]);
    const nodes = tags(source, 'node');
    expect(nodes).toHaveLength(77);
    expect(dataset?.actors.map((a) => [a.id, a.name])).toEqual(nodes.map((n) => [n.id, n.label]));
    expect(dataset?.title).toBe('Les Misérables, the characters coappearance weighted graph');
  });

  it('keeps every position, colour, size and attribute', () => {
    const myriel = dataset?.actors[0];
    expect(myriel?.position).toEqual({ x: 268.72385, y: 91.18155 });
    expect({ ...myriel?.attributes }).toEqual({
      Authority: 0.01880342,
      Hub: 0.01880342,
      color: '#d8482d',
      size: 22.714287,
    });
    const positions = [...source.matchAll(/<viz:position x="([^"]+)" y="([^"]+)"/g)];
    expect(dataset?.actors.map((a) => a.position)).toEqual(
      positions.map((p) => ({ x: Number(p[1]), y: Number(p[2]) })),
    );
    expect(dataset?.actors.every((a) => typeof a.attributes?.Authority === 'number')).toBe(true);
  });

  it('imports every edge with its ends and weight, typed related, directed as the file says', () => {
    const edges = tags(source, 'edge');
    expect(edges).toHaveLength(254);
    expect(dataset?.relations.map((r) => [r.source, r.target, r.attributes?.weight])).toEqual(
      edges.map((e) => [e.source, e.target, e.weight === undefined ? undefined : Number(e.weight)]),
    );
    expect(new Set(dataset?.relations.map((r) => r.type))).toEqual(new Set(['related']));
    expect(dataset?.relationTypes).toEqual([{ id: 'related', label: 'related', directed: true }]);
    // Edge ids 0…253 overlap node ids in spirit only (nodes are 0.0…76.0): kept as they are.
    expect(dataset?.relations[5]?.id).toBe('5');
  });
});

describe('Les Misérables in GraphML (graphology test resource, Gephi export)', () => {
  const source = text('les-miserables.graphml');
  const result = importFile('les-miserables.graphml', source);
  const dataset = result.ok ? result.dataset : undefined;

  it('imports every node with its label, x/y position and attributes', () => {
    expect(problemsOf(result)).toEqual([]);
    expect(dataset?.actors).toHaveLength(77);
    const valjean = dataset?.actors.find((a) => a.name === 'Valjean');
    expect(valjean?.id).toBe('11');
    expect(valjean?.position).toEqual({ x: -87.93029, y: 6.8120565 });
    expect({ ...valjean?.attributes }).toEqual({
      'Modularity Class': 1,
      size: 100,
      r: 245,
      g: 91,
      b: 91,
    });
    expect(dataset?.actors.every((a) => a.position !== undefined)).toBe(true);
  });

  it('imports every edge, undirected as the graph says, weights kept, ids clear of node ids', () => {
    const edges = tags(source, 'edge');
    expect(dataset?.relations.map((r) => [r.source, r.target])).toEqual(
      edges.map((e) => [e.source, e.target]),
    );
    expect(dataset?.relations[1]?.attributes?.weight).toBe(8);
    expect(dataset?.relationTypes).toEqual([{ id: 'related', label: 'related', directed: false }]);
    // Edge "1" and node "1" would share Cytoscape's one id space.
    expect(dataset?.relations[1]?.id).toBe('edge-1');
    const ids = [...(dataset?.actors ?? []), ...(dataset?.relations ?? [])].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('GraphML as other tools write it', () => {
  it('nested graphs make parents; edge labels become types; directed="false" is kept', () => {
    const result = importFile(
      'nested.graphml',
      `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="l" for="all" attr.name="label" attr.type="string"/>
        <key id="w" for="edge" attr.name="weight" attr.type="double"><default>1</default></key>
        <graph edgedefault="directed">
          <node id="iri"><data key="l">Islamic Resistance in Iraq</data>
            <graph id="iri:" edgedefault="directed">
              <node id="kh"><data key="l">Kataib Hezbollah</data></node>
            </graph>
          </node>
          <node id="us"/>
          <edge source="us" target="kh"><data key="l">Attacked</data><data key="w">3</data></edge>
          <edge source="iri" target="us" directed="false"><data key="l">talks</data></edge>
        </graph>
      </graphml>`,
    );
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.actors.map((a) => [a.id, a.name, a.parent])).toEqual([
      ['iri', 'Islamic Resistance in Iraq', undefined],
      ['us', 'us', undefined],
      ['kh', 'Kataib Hezbollah', 'iri'],
    ]);
    expect(result.dataset.relations.map((r) => [r.type, r.attributes?.weight])).toEqual([
      ['attacked', 3],
      ['talks', 1],
    ]);
    expect(result.dataset.relationTypes).toEqual([
      { id: 'talks', label: 'talks', directed: false },
    ]);
  });

  it("reads yEd's node labels, geometry (centre) and fill colour", () => {
    const result = importFile(
      'yed.graphml',
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
        <key for="node" id="d6" yfiles.type="nodegraphics"/>
        <key for="edge" id="d10" yfiles.type="edgegraphics"/>
        <graph edgedefault="directed" id="G">
          <node id="n0"><data key="d6"><y:ShapeNode>
            <y:Geometry height="30.0" width="100.0" x="10.0" y="20.0"/>
            <y:Fill color="#FFCC00" transparent="false"/>
            <y:NodeLabel>CENTCOM</y:NodeLabel>
          </y:ShapeNode></data></node>
          <node id="n1"><data key="d6"><y:ShapeNode>
            <y:Geometry height="30.0" width="30.0" x="200.0" y="20.0"/>
            <y:NodeLabel>KH</y:NodeLabel></y:ShapeNode></data></node>
          <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge>
            <y:EdgeLabel>attacked</y:EdgeLabel></y:PolyLineEdge></data></edge>
        </graph>
      </graphml>`,
    );
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.actors.map((a) => [a.name, a.position, a.attributes?.color])).toEqual([
      ['CENTCOM', { x: 60, y: 35 }, '#FFCC00'],
      ['KH', { x: 215, y: 35 }, undefined],
    ]);
    expect(result.dataset.relations[0]?.type).toBe('attacked');
  });

  it('locates data of the wrong type and data with no key', () => {
    const result = importFile(
      'bad.graphml',
      `<graphml>\n<key id="n" for="node" attr.name="count" attr.type="int"/>\n<graph>\n<node id="a"><data key="n">many</data></node>\n<node id="b"><data key="zz">1</data></node>\n</graph>\n</graphml>`,
    );
    expect(problemsOf(result)).toEqual([
      "line 4, column 14: 'many' is not a number (key 'count')",
      'line 5, column 14: <data key="zz"> names no <key> for nodes',
    ]);
  });
});

describe('an edge type from a chosen attribute', () => {
  const gexf = `<gexf version="1.3"><graph>
    <attributes class="edge"><attribute id="0" title="relation" type="string"/>
      <attribute id="1" title="source note" type="string"/></attributes>
    <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
    <edges>
      <edge id="e1" source="a" target="b"><attvalues><attvalue for="0" value="funds"/>
        <attvalue for="1" value="ledger"/></attvalues></edge>
      <edge id="e2" source="b" target="a"><attvalues><attvalue for="0" value="attacked"/></attvalues></edge>
    </edges></graph></gexf>`;

  it('asks which attribute holds the type when no edge has a label, creating nothing', () => {
    const result = importFile('t.gexf', gexf);
    expect(result.ok || result.question).toEqual({
      kind: 'type-column',
      columns: ['relation', 'source note'],
    });
  });

  it('reads the type from the attribute chosen, or calls every relation related', () => {
    const chosen = importFile('t.gexf', gexf, { answers: { typeColumn: 'relation' } });
    expect(chosen.ok && chosen.dataset.relations.map((r) => [r.type, r.attributes])).toEqual([
      ['funds', { 'source note': 'ledger' }],
      ['attacked', undefined],
    ]);
    const none = importFile('t.gexf', gexf, { answers: { typeColumn: '' } });
    expect(none.ok && none.dataset.relations.map((r) => r.type)).toEqual(['related', 'related']);
    expect(none.ok && none.dataset.relations[0]?.attributes?.relation).toBe('funds');
  });

  it('does not ask when edges carry only numbers, or have labels', () => {
    expect(importFile('les-miserables.gexf', text('les-miserables.gexf')).ok).toBe(true);
    const labelled = gexf.replace('<edge id="e1"', '<edge id="e1" label="funds"');
    expect(importFile('t.gexf', labelled).ok).toBe(true);
  });
});

describe('GEXF hierarchies and kinds', () => {
  it('pid, <parents> and nested <nodes> all make parents; edge type undirected is kept', () => {
    const result = importFile(
      'h.gexf',
      `<gexf version="1.2"><graph defaultedgetype="directed">
        <nodes>
          <node id="a" label="A"><nodes><node id="b" label="B"/></nodes></node>
          <node id="c" label="C" pid="a"/>
          <node id="d" label="D"><parents><parent for="c"/></parents></node>
        </nodes>
        <edges><edge source="b" target="d" type="undirected" label="allied"/></edges>
      </graph></gexf>`,
    );
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.actors.map((a) => [a.id, a.parent])).toEqual([
      ['a', undefined],
      ['c', 'a'],
      ['d', 'c'],
      ['b', 'a'],
    ]);
    expect(result.dataset.relations[0]?.type).toBe('allied');
  });

  it('a .xml file is told GEXF or GraphML by its root element', () => {
    const gexf = importFile(
      'x.xml',
      '<?xml version="1.0"?><!-- Gephi --><gexf><graph><nodes><node id="a"/></nodes></graph></gexf>',
    );
    expect(problemsOf(gexf)).toEqual([]);
    const graphml = importFile('x.xml', '<graphml><graph><node id="a"/></graph></graphml>');
    expect(problemsOf(graphml)).toEqual([]);
  });
});

describe('the XML reader', () => {
  it('expands the predefined entities and character references, and nothing else', () => {
    const doc = parseXml('<a t="&lt;&#233;&#xE9;&quot;">x &amp; y<![CDATA[<z>]]></a>');
    expect(doc.ok && [doc.document.root.attributes.t, doc.document.root.text]).toEqual([
      '<éé"',
      'x & y<z>',
    ]);
    expect(parseXml('<a>&nbsp;</a>')).toEqual({
      ok: false,
      problem: {
        path: 'line 1, column 4',
        message:
          'not valid XML: unknown entity &nbsp; (only &lt; &gt; &amp; &quot; &apos; are read; no DTD is processed)',
      },
    });
  });

  it('refuses entity declarations however they hide, and reads a DOCTYPE without any', () => {
    const laughs = importBytes(
      'laughs.gexf',
      new TextEncoder().encode(
        '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<gexf><graph><nodes><node id="x" label="&b;"/></nodes></graph></gexf>',
      ),
    );
    expect(problemsOf(laughs)).toEqual([
      'line 2, column 1: not valid XML: a DOCTYPE with declarations is refused: entity declarations are not processed',
    ]);
    const plain = parseXml('<!DOCTYPE graphml SYSTEM "graphml.dtd"><graphml/>');
    expect(plain.ok).toBe(true);
  });

  it.each([
    ['<a><b></a>', 'line 1, column 7', '</a> closes <b>'],
    ['<a>\n  <b x=1/></a>', 'line 2, column 8', 'the value of x must be in quotes'],
    ['<a x="1" x="2"/>', 'line 1, column 12', 'attribute x appears twice in <a>'],
    ['<a>', 'line 1, column 1', '<a> is never closed'],
    ['<a/><b/>', 'line 1, column 5', 'a second root element'],
    ['<a>&</a>', 'line 1, column 4', "'&' must start an entity such as &amp;"],
    ['hello', 'line 1, column 1', 'text before the root element'],
    ['<a><!-- x </a>', 'line 1, column 4', 'unterminated comment'],
  ])('%j fails at %s', (source, path, message) => {
    expect(parseXml(source)).toEqual({
      ok: false,
      problem: { path, message: `not valid XML: ${message}` },
    });
  });

  it('never throws: a cut or garbled GEXF or GraphML is imported or refused with located problems', () => {
    const sources = [text('les-miserables.gexf'), text('les-miserables.graphml')];
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1),
        fc.nat(),
        fc.nat(),
        fc.string({ unit: 'binary', maxLength: 8 }),
        (which, cut, at, inserted) => {
          const source = sources[which]!.slice(0, 2000 + (cut % 10_000));
          const i = at % source.length;
          const garbled = source.slice(0, i) + inserted + source.slice(i);
          const result = importFile(which === 0 ? 'a.gexf' : 'a.graphml', garbled);
          if (result.ok) return;
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(p.path).toMatch(/^(file|line \d+, column \d+)/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads nesting a hundred thousand deep without overflowing the stack', () => {
    const deep = `${'<g>'.repeat(100_000)}${'</g>'.repeat(100_000)}`;
    expect(parseXml(deep).ok).toBe(true);
  });
});
