// JSON.parse with a located error: browsers' messages rarely say where, so we find the place ourselves.
import type { Problem } from './validate';

export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: Problem };

/** Parses JSON text; on failure says the line and column of the first mistake. */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const found = findJsonError(text);
    if (found) {
      const { line, column } = lineAndColumn(text, found.offset);
      return {
        ok: false,
        problem: {
          path: `line ${line}, column ${column}`,
          message: `not valid JSON: ${found.message}`,
        },
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { path: 'file', message: `not valid JSON: ${message}` } };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

interface JsonError {
  readonly offset: number;
  readonly message: string;
}

const describeChar = (text: string, at: number): string =>
  at >= text.length ? 'the end of the file' : `'${text[at]}'`;

/**
 * The offset and nature of the first syntax error in JSON text, or null when there is none. Only
 * run after JSON.parse has failed. Iterative, with an explicit stack, so `[[[[…` a million deep
 * cannot overflow the call stack.
 */
export function findJsonError(text: string): JsonError | null {
  let at = 0;
  // What each open container expects next.
  type Frame = 'array-first' | 'array-next' | 'object-first' | 'object-next';
  const stack: Frame[] = [];
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at += 1;
  };
  const fail = (message: string): JsonError => ({ offset: at, message });
  const expected = (what: string) => fail(`expected ${what}, found ${describeChar(text, at)}`);

  const readString = (): JsonError | null => {
    at += 1;
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === 0x22) {
        at += 1;
        return null;
      }
      if (c < 0x20) return fail('line break or control character inside a string');
      if (c === 0x5c) {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
            return fail('bad \\u escape in a string');
          }
          at += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) at += 2;
        else return fail('bad escape in a string');
      } else at += 1;
    }
    return fail('unterminated string');
  };

  const readValue = (): JsonError | null => {
    const c = text[at];
    if (c === '"') return readString();
    if (c === '{') {
      at += 1;
      stack.push('object-first');
      return null;
    }
    if (c === '[') {
      at += 1;
      stack.push('array-first');
      return null;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return null;
      }
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (number && number[0] !== '-') {
      at += number[0].length;
      return null;
    }
    return expected('a value');
  };

  const readKey = (): JsonError | null => {
    if (text[at] !== '"') return expected('a property name in double quotes');
    const error = readString();
    if (error) return error;
    skipSpace();
    if (text[at] !== ':') return expected("':' after a property name");
    at += 1;
    skipSpace();
    return readValue();
  };

  skipSpace();
  let error = readValue();
  while (!error) {
    skipSpace();
    const frame = stack.pop();
    if (frame === undefined) {
      return at < text.length ? expected('the end of the file') : null;
    }
    const c = text[at];
    if (frame === 'array-first' && c === ']') at += 1;
    else if (frame === 'object-first' && c === '}') at += 1;
    else if (frame === 'array-next' && c === ']') at += 1;
    else if (frame === 'object-next' && c === '}') at += 1;
    else if (frame === 'array-next' || frame === 'object-next') {
      const array = frame === 'array-next';
      if (c !== ',') return expected(array ? "',' or ']'" : "',' or '}'");
      at += 1;
      skipSpace();
      stack.push(frame);
      error = array ? readValue() : readKey();
    } else {
      stack.push(frame === 'array-first' ? 'array-next' : 'object-next');
      error = frame === 'array-first' ? readValue() : readKey();
    }
  }
  return error;
}
