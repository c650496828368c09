// The build writes Rolldown's CommonJS wrappers as `(function …)` expressions, which V8 compiles
// with the script instead of at the first `require` (vite-eager-commonjs-plugin.ts).
import { SourceMapConsumer } from 'source-map-js';
import { describe, expect, it } from 'vitest';
import { eagerCommonJsWrappers } from '../../vite-eager-commonjs-plugin';

/** A chunk as Rolldown renders it before minification: its runtime helper and two modules. */
const CHUNK = [
  'var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);',
  'var require_answer = /* @__PURE__ */ __commonJSMin(((exports) => {',
  '\texports.answer = [1, 2].map((n) => { return n * 21; });',
  '}));',
  'var require_index = /* @__PURE__ */ __commonJSMin(((exports, module) => {',
  '\tmodule.exports = { answer: require_answer().answer, self: typeof this, args: typeof arguments };',
  '}));',
  'return require_index();',
].join('\n');

describe('eagerCommonJsWrappers', () => {
  it('writes each wrapper as a function expression and leaves other arrows alone', () => {
    const result = eagerCommonJsWrappers(CHUNK)!;
    expect(result.code).toContain('__commonJSMin((function(exports) {');
    expect(result.code).toContain('__commonJSMin((function(exports, module) {');
    expect(result.code).not.toMatch(/__commonJSMin\(\(\([\w, ]*\) =>/);
    // The runtime helper and the arrows inside module bodies are not wrappers.
    expect(result.code).toContain('var __commonJSMin = (cb, mod) => () =>');
    expect(result.code).toContain('[1, 2].map((n) => { return n * 21; })');
  });

  it('keeps what the modules export; inside the wrapper `this` stays undefined', () => {
    const run = (code: string) => new Function(`'use strict';\n${code}`)() as unknown;
    const before = run(CHUNK) as { answer: number[]; self: string };
    const after = run(eagerCommonJsWrappers(CHUNK)!.code) as typeof before;
    expect(after.answer).toEqual([21, 42]);
    expect(after.self).toBe('undefined');
    expect({ ...after, args: undefined }).toEqual({ ...before, args: undefined });
  });

  it('maps the code after a rewritten wrapper back to where it was', () => {
    const result = eagerCommonJsWrappers(CHUNK)!;
    const map = new SourceMapConsumer(
      JSON.parse(result.map.generateMap({ hires: true, source: 'chunk.js' }).toString()),
    );
    const line = result.code.split('\n').findIndex((l) => l.includes('exports.answer')) + 1;
    const column = result.code.split('\n')[line - 1]!.indexOf('answer');
    const original = map.originalPositionFor({ line, column });
    expect(original.line).toBe(3);
    expect(original.column).toBe(CHUNK.split('\n')[2]!.indexOf('answer'));
  });

  it('returns nothing for a chunk without CommonJS modules', () => {
    expect(eagerCommonJsWrappers('export const list = [1].map((x) => { return x; });')).toBeNull();
  });
});
