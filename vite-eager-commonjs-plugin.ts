// CommonJS module bodies compiled with their script, off the main thread (docs/design.md §10).
//
// Rolldown wraps each CommonJS module it bundles (React, ReactDOM, the scheduler) in an arrow
// function that runs on the module's first `require`. V8 compiles a function when it is first
// called, on the main thread, unless the function is written as a parenthesised `(function …)`:
// that one it takes to be called at once and compiles with the rest of the script, on the thread
// that parses the script as it downloads. ReactDOM's body is one such wrapper of about 180 kB, and
// the page's first `require` of it compiled it on the main thread before the first React render.
// This plugin writes the wrappers as function expressions before the chunk is minified. The
// functions inside a module body stay lazy; only the bodies that run at their first `require` are
// compiled sooner. (The wrapper takes no `this` or `arguments` of its own; a CommonJS body using
// either at its top level would fail inside the arrow anyway.)
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/** Rolldown's wrapper as it appears in a chunk before minification. */
const WRAPPER = /\b(__commonJS(?:Min)?)\(\(\(([\w$, ]*)\) => \{/g;

/** `code` with its CommonJS wrappers written as function expressions, and a map; null if none. */
export function eagerCommonJsWrappers(code: string): { code: string; map: MagicString } | null {
  let s: MagicString | null = null;
  for (const match of code.matchAll(WRAPPER)) {
    s ??= new MagicString(code);
    const [whole, wrap, params] = match;
    s.overwrite(match.index, match.index + whole.length, `${wrap}((function(${params}) {`);
  }
  return s ? { code: s.toString(), map: s } : null;
}

export function eagerCommonJs(): Plugin {
  return {
    name: 'actor-graph-eager-commonjs',
    apply: 'build',
    renderChunk(code) {
      const result = eagerCommonJsWrappers(code);
      return result && { code: result.code, map: result.map.generateMap({ hires: 'boundary' }) };
    },
  };
}
