// The bad-file corpus: every file in fixtures/bad is refused with the located problems listed here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/model/import/detect';

const BAD = join(import.meta.dirname, 'fixtures', 'bad');

/**
 * Each file's problems, exactly, as `path: message`. Malformed JSON is kept in `.txt` files, which
 * the importer reads by their content, so that prettier leaves their mistakes alone.
 */
const EXPECTED: Record<string, readonly string[]> = {
  'malformed-trailing-comma.txt': [
    "line 4, column 1: not valid JSON: expected a property name in double quotes, found '}'",
  ],
  'malformed-unterminated.txt': [
    'line 3, column 20: not valid JSON: line break or control character inside a string',
  ],
  'malformed-single-quotes.txt': [
    "line 1, column 2: not valid JSON: expected a property name in double quotes, found '''",
  ],
  'empty.json': ['file: the file is empty'],
  'blank-lines.csv': ['file: the file is empty'],
  'binary-image.png': ['file: contains binary data: not a JSON, CSV, GEXF or GraphML text file'],
  'wrong-types.json': [
    'actors[0].name: expected text, got 42',
    "relations[0].dateInferred: expected true or false, got 'yes'",
  ],
  'actors-not-a-list.json': [
    "actors: expected a list, got 'centcom, kh'",
    "relations[0].source: no actor 'centcom'",
    "relations[0].target: no actor 'kh'",
  ],
  'duplicate-actor-ids.json': ["actors[2].id: duplicate id 'kh' (also actors[1])"],
  'duplicate-relation-ids.json': [
    "relations[1].id: duplicate id 'centcom-attacked-kh' (also relations[0])",
  ],
  'dangling-target.json': ["relations[0].target: no actor 'kh2'"],
  'dangling-parent.json': ["actors[1].parent: no actor 'islamic-resistance'"],
  'parent-cycle.json': ["actors[0].parent: parent cycle: 'centcom' → 'kh' → 'centcom'"],
  'undeclared-relation-type.json': [
    "relations[0].type: relation type 'bombed' is neither built in nor declared in relationTypes",
  ],
  'undeclared-actor-kind.json': [
    "actors[1].kind: actor kind 'proxy' is neither built in nor declared in actorKinds",
  ],
  'enormous-name.json': ['actors[1].name: longer than 500 characters (680)'],
  'enormous-summary.json': ['relations[0].summary: longer than 20000 characters (24000)'],
  'proto-in-attributes.json': [
    "actors[0].attributes.__proto__: the key '__proto__' is not allowed: it names a built-in property of every object",
  ],
  'impossible-date.json': [
    "relations[0].date: expected a date YYYY, YYYY-MM or YYYY-MM-DD, got '2024-13-01'",
  ],
  'fractional-paragraph.json': [
    'relations[0].evidence[0].paragraph: expected a whole number, got 1.5',
  ],
  'unknown-evidence-source.json': ["relations[0].evidence[0].source: no source 'tweet'"],
  'wrong-format.json': ["format: expected 'actor-graph', got 'graphml'"],
  'future-version.json': ['version: unsupported version 2: this app reads version 1'],
  'not-a-graph.json': [
    'file: neither Actor Graph JSON ("format": "actor-graph") nor Cytoscape.js JSON ("elements")',
  ],
  'bad-colour.json': [
    "relationTypes[0].color: expected a colour like #1f77b4, got 'javascript:alert(1)'",
  ],
  'wrong-header.csv': ["header: missing column 'source'", "header: missing column 'target'"],
  'bad-rows.csv': [
    'row 3: missing target',
    "row 4: date '31/02/2024' is not a real day, read day first or month first",
  ],
  'unquoted-comma.csv': ['row 2: 5 values but the header names 4 columns (an unquoted comma?)'],
  'cytoscape-dangling-edge.cyjs': ["elements.edges[0].data.target: no actor '99'"],
  'cytoscape-bad-position.json': ["elements[0].position.x: expected a number, got 'left'"],
  'cytoscape-elements-not-a-list.json': ["elements.nodes: expected a list, got 'kh, iri'"],
  'graphml-dangling-edge.graphml': ["line 8, column 5, edge 'e2' target: no actor 'kh2'"],
  'malformed-mismatched-tag.gexf': ['line 6, column 5: not valid XML: </nodes> closes <node>'],
  'billion-laughs.graphml': [
    'line 2, column 1: not valid XML: a DOCTYPE with declarations is refused: entity declarations are not processed',
  ],
};

const files = readdirSync(BAD).sort();

describe('the bad-file corpus', () => {
  it('has at least 20 files, each with its expected problems listed here', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('refuses %s with located problems', (file) => {
    const result = importBytes(file, new Uint8Array(readFileSync(join(BAD, file))));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual(EXPECTED[file]);
  });
});
