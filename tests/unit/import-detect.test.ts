// Choosing the importer: by extension and content, with empty, binary, oversized and malformed files refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import {
  checkSize,
  detectSyntax,
  importBytes,
  importFile,
  MAX_IMPORT_BYTES,
} from '../../src/model/import/detect';
import { findJsonError, parseJson } from '../../src/model/import/json-location';

const problemsOf = (result: ReturnType<typeof importFile>) =>
  result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);

describe('importFile', () => {
  const builtIn = JSON.stringify(centcomKh2024);

  it('reads Actor Graph JSON and keeps its id', () => {
    const result = importFile('kh.json', builtIn);
    expect(result.ok && result.dataset.id).toBe('centcom-kh-2024');
  });

  it('never reuses an id already loaded, so the built-in dataset is never replaced', () => {
    const result = importFile('kh.json', builtIn, { existingIds: ['centcom-kh-2024'] });
    expect(result.ok && result.dataset.id).toBe('centcom-kh-2024-2');
    const csv = importFile('Edges.csv', 'source,target\nA,B\n', {
      existingIds: new Set(['edges']),
    });
    expect(csv.ok && csv.dataset.id).toBe('edges-2');
  });

  it('names Cytoscape and CSV datasets after the file', () => {
    const cy = importFile(
      'My Network (v2).cyjs',
      '{"elements": {"nodes": [{"data": {"id": "a"}}]}}',
    );
    expect(cy.ok && [cy.dataset.id, cy.dataset.title]).toEqual([
      'my-network-v2',
      'My Network (v2)',
    ]);
  });

  it('recognises JSON and CSV by content when the extension says nothing', () => {
    expect(detectSyntax('graph', '  [{"data": {}}]')).toBe('json');
    expect(detectSyntax('graph.txt', '{"format": "actor-graph"}')).toBe('json');
    expect(detectSyntax('graph.txt', 'source,target\n')).toBe('csv');
    expect(detectSyntax('graph.csv', '{')).toBe('csv');
    expect(detectSyntax('graph.CYJS', '')).toBe('json');
  });

  it('refuses empty and whitespace-only files', () => {
    expect(problemsOf(importFile('a.json', ''))).toEqual(['file: the file is empty']);
    expect(problemsOf(importFile('a.csv', ' \n\t\n'))).toEqual(['file: the file is empty']);
  });

  it('refuses binary data, and text decoded with replacement characters', () => {
    expect(problemsOf(importFile('a.json', '{"a":\u0000}'))).toEqual([
      'file: contains binary data: not a JSON, CSV, GEXF or GraphML text file',
    ]);
    expect(problemsOf(importFile('a.csv', 'source,target\nCaf\uFFFD,B\n'))).toEqual([
      'file: is not valid UTF-8 text: save it as UTF-8 and try again',
    ]);
    expect(problemsOf(importBytes('a.csv', new Uint8Array([0x73, 0x00, 0xfe])))).toEqual([
      'file: contains binary data: not a JSON, CSV, GEXF or GraphML text file',
    ]);
  });

  it('reads UTF-8 bytes with a byte-order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFFsource,target\nA,B\n');
    expect(importBytes('a.csv', bytes).ok).toBe(true);
  });

  it('refuses JSON that is neither format', () => {
    expect(problemsOf(importFile('a.json', '"just text"'))).toEqual([
      'file: neither Actor Graph JSON ("format": "actor-graph") nor Cytoscape.js JSON ("elements")',
    ]);
  });

  it('reads the example files in public/examples', () => {
    const dir = join(import.meta.dirname, '..', '..', 'public', 'examples');
    for (const name of [
      'kh-strikes.actor-graph.json',
      'kh-strikes.cytoscape.json',
      'kh-strikes.cyjs',
      'kh-strikes-edges.csv',
      'kh-strikes-gephi-edges.csv',
      'kh-strikes.gexf',
      'kh-strikes.graphml',
    ]) {
      const result = importFile(name, readFileSync(join(dir, name), 'utf8'));
      expect(problemsOf(result), name).toEqual([]);
      expect(result.ok && result.dataset.relations.length, name).toBeGreaterThan(3);
    }
  });
});

describe('the 20 MB limit', () => {
  it('lets exactly 20 MB through and refuses a byte more', () => {
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
    expect(checkSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkSize(MAX_IMPORT_BYTES + 1)).toEqual({
      path: 'file',
      message: 'too large: 20.0 MB, the limit is 20.0 MB',
    });
    expect(checkSize(30 * 1024 * 1024)?.message).toBe('too large: 30.0 MB, the limit is 20.0 MB');
  });

  it('refuses oversized text and bytes before reading them', () => {
    const big = 'a'.repeat(MAX_IMPORT_BYTES + 1);
    expect(problemsOf(importFile('big.csv', big))).toEqual([
      'file: too large: 20.0 MB, the limit is 20.0 MB',
    ]);
    expect(problemsOf(importBytes('big.json', new Uint8Array(MAX_IMPORT_BYTES + 1)))).toEqual([
      'file: too large: 20.0 MB, the limit is 20.0 MB',
    ]);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const text = 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1);
    expect(problemsOf(importFile('big.csv', text))[0]).toMatch(/^file: too large/);
  });
});

describe('malformed JSON', () => {
  it.each([
    ['{"a": 1,}', 'line 1, column 9', "expected a property name in double quotes, found '}'"],
    ['{"a": 1', 'line 1, column 8', "expected ',' or '}', found the end of the file"],
    ['[1, 2\n 3]', 'line 2, column 2', "expected ',' or ']', found '3'"],
    ['{"a" 1}', 'line 1, column 6', "expected ':' after a property name, found '1'"],
    ['{"a": tru}', 'line 1, column 7', "expected a value, found 't'"],
    ['{"a": "\\x"}', 'line 1, column 8', 'bad escape in a string'],
    ['{"a": 01}', 'line 1, column 8', "expected ',' or '}', found '1'"],
    ['[1] [2]', 'line 1, column 5', "expected the end of the file, found '['"],
    ['\n\n  {"a": "b\n"}', 'line 3, column 11', 'line break or control character inside a string'],
  ])('%j fails at %s', (text, path, message) => {
    expect(parseJson(text)).toEqual({
      ok: false,
      problem: { path, message: `not valid JSON: ${message}` },
    });
  });

  it('finds no error in valid JSON, however deep', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(findJsonError(deep)).toBeNull();
    expect(findJsonError('{"a": [1, -2.5e3, true, null, "\\u00e9"], "b": {}}')).toBeNull();
  });

  it('locates an error a million levels deep without overflowing the stack', () => {
    const text = `${'['.repeat(1_000_000)}x`;
    expect(findJsonError(text)).toEqual({
      offset: 1_000_000,
      message: "expected a value, found 'x'",
    });
  });
});
