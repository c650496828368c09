// A small, safe XML reader for GEXF and GraphML: elements, attributes, text and CDATA into a tree,
// errors with their line and column. It runs in the import worker, where there is no DOMParser.
// No DTD is processed: an internal subset (where "billion laughs" entities live) is refused, and
// only the five predefined entities and character references are expanded, so no input can make
// the text grow beyond its own size.
import type { Problem } from './validate';

export interface XmlElement {
  /** The qualified name as written: `node`, `viz:position`. */
  readonly name: string;
  /** The name without its prefix: `position`. */
  readonly local: string;
  /** Attributes by qualified name; no prototype, so no name reaches Object.prototype. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text (its CDATA included), children's text not included. */
  readonly text: string;
  /** Offset of the `<` that opens it, for locating problems (see `XmlDocument.locate`). */
  readonly offset: number;
}

export interface XmlDocument {
  readonly root: XmlElement;
  /** `line 12, column 5` of an offset in the text. */
  readonly locate: (offset: number) => string;
}

export type XmlParseResult =
  | { readonly ok: true; readonly document: XmlDocument }
  | { readonly ok: false; readonly problem: Problem };

/** Line and column of offsets, by binary search over the line starts (found once). */
export function lineLocator(text: string): (offset: number) => string {
  let starts: number[] | null = null;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `line ${lo + 1}, column ${offset - starts[lo]! + 1}`;
  };
}

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*/y;
const SPACE = /[ \t\r\n]*/y;

class XmlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

interface OpenElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  offset: number;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Expands entity and character references in `raw`, which starts at `offset` of the text. */
function decodeEntities(raw: string, offset: number): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&<\s]*);?/g, (whole, ref: string, at: number) => {
    const where = offset + at;
    if (!whole.endsWith(';')) throw new XmlError(`'&' must start an entity such as &amp;`, where);
    if (ref.startsWith('#')) {
      const code = /^#x[0-9a-f]+$/i.test(ref)
        ? Number.parseInt(ref.slice(2), 16)
        : /^#\d+$/.test(ref)
          ? Number(ref.slice(1))
          : Number.NaN;
      if (!(code >= 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
        throw new XmlError(`bad character reference &${ref};`, where);
      }
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[ref];
    if (value === undefined) {
      throw new XmlError(
        `unknown entity &${ref}; (only &lt; &gt; &amp; &quot; &apos; are read; no DTD is processed)`,
        where,
      );
    }
    return value;
  });
}

/**
 * XML text into a tree, or the first syntax error with its line and column. Iterative, so
 * nesting a million deep cannot overflow the call stack.
 */
export function parseXml(text: string): XmlParseResult {
  const locate = lineLocator(text);
  try {
    return { ok: true, document: { root: read(text), locate } };
  } catch (error) {
    if (error instanceof XmlError) {
      return {
        ok: false,
        problem: { path: locate(error.offset), message: `not valid XML: ${error.message}` },
      };
    }
    throw error;
  }
}

function read(text: string): XmlElement {
  const stack: OpenElement[] = [];
  let root: XmlElement | null = null;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const expectEnd = (end: string, what: string, from: number): number => {
    const close = text.indexOf(end, at);
    if (close === -1) throw new XmlError(`unterminated ${what}`, from);
    return close;
  };

  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const textEnd = lt === -1 ? text.length : lt;
    if (textEnd > at) {
      const chunk = text.slice(at, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.text += decodeEntities(chunk.replace(/\r\n?/g, '\n'), at);
      else if (/\S/.test(chunk)) {
        throw new XmlError(
          root ? 'text after the root element' : 'text before the root element',
          at,
        );
      }
    }
    if (lt === -1) break;
    at = lt;
    if (text.startsWith('<!--', at)) {
      at = expectEnd('-->', 'comment', lt) + 3;
    } else if (text.startsWith('<![CDATA[', at)) {
      const top = stack[stack.length - 1];
      if (!top) throw new XmlError('CDATA outside the root element', at);
      const close = expectEnd(']]>', 'CDATA section', lt);
      top.text += text.slice(at + 9, close).replace(/\r\n?/g, '\n');
      at = close + 3;
    } else if (text.startsWith('<?', at)) {
      at = expectEnd('?>', 'processing instruction', lt) + 2;
    } else if (text.startsWith('<!DOCTYPE', at)) {
      if (root || stack.length > 0) throw new XmlError('DOCTYPE inside the document', at);
      const close = expectEnd('>', 'DOCTYPE', lt);
      // An internal subset may declare entities that expand without bound: refused, unread.
      const bracket = text.indexOf('[', at);
      if (bracket !== -1 && bracket < close) {
        throw new XmlError(
          'a DOCTYPE with declarations is refused: entity declarations are not processed',
          at,
        );
      }
      at = close + 1;
    } else if (text.startsWith('<!', at)) {
      throw new XmlError('unexpected markup declaration', at);
    } else if (text.startsWith('</', at)) {
      NAME.lastIndex = at + 2;
      const name = NAME.exec(text)?.[0];
      if (!name) throw new XmlError('a closing tag needs a name', at);
      const top = stack.pop();
      if (!top) throw new XmlError(`closing tag </${name}> without an opening tag`, at);
      if (top.name !== name) {
        throw new XmlError(`</${name}> closes <${top.name}>`, at);
      }
      SPACE.lastIndex = at + 2 + name.length;
      SPACE.exec(text);
      at = SPACE.lastIndex;
      if (text[at] !== '>') throw new XmlError(`expected '>' to end </${name}>`, at);
      at += 1;
      finish(top);
    } else {
      NAME.lastIndex = at + 1;
      const name = NAME.exec(text)?.[0];
      if (!name) throw new XmlError(`'<' must start a tag`, at);
      if (root && stack.length === 0) throw new XmlError('a second root element', at);
      const element: OpenElement = {
        name,
        attributes: Object.create(null) as Record<string, string>,
        children: [],
        text: '',
        offset: at,
      };
      at += 1 + name.length;
      for (;;) {
        SPACE.lastIndex = at;
        const spaced = SPACE.exec(text)![0].length > 0;
        at = SPACE.lastIndex;
        if (text.startsWith('/>', at)) {
          at += 2;
          stack.push(element);
          finish(stack.pop()!);
          break;
        }
        if (text[at] === '>') {
          at += 1;
          stack.push(element);
          break;
        }
        if (at >= text.length) throw new XmlError(`unterminated tag <${name}>`, element.offset);
        NAME.lastIndex = at;
        const attribute = NAME.exec(text)?.[0];
        if (!attribute || !spaced) {
          throw new XmlError(`unexpected '${text[at]}' in tag <${name}>`, at);
        }
        at += attribute.length;
        SPACE.lastIndex = at;
        SPACE.exec(text);
        at = SPACE.lastIndex;
        if (text[at] !== '=')
          throw new XmlError(`attribute ${attribute} needs '=' and a value`, at);
        at += 1;
        SPACE.lastIndex = at;
        SPACE.exec(text);
        at = SPACE.lastIndex;
        const quote = text[at];
        if (quote !== '"' && quote !== "'") {
          throw new XmlError(`the value of ${attribute} must be in quotes`, at);
        }
        const close = text.indexOf(quote, at + 1);
        if (close === -1) throw new XmlError(`unterminated value of ${attribute}`, at);
        const raw = text.slice(at + 1, close);
        if (raw.includes('<')) throw new XmlError(`'<' in the value of ${attribute}`, at);
        if (attribute in element.attributes) {
          throw new XmlError(`attribute ${attribute} appears twice in <${name}>`, at);
        }
        // Attribute-value normalisation (XML 1.0 §3.3.3): literal line breaks and tabs are spaces.
        element.attributes[attribute] = decodeEntities(raw.replace(/\r\n|[\t\r\n]/g, ' '), at + 1);
        at = close + 1;
      }
    }
  }
  const open = stack[stack.length - 1];
  if (open) throw new XmlError(`<${open.name}> is never closed`, open.offset);
  if (!root) throw new XmlError('no root element', at);
  return root;

  function finish(element: OpenElement) {
    const done: XmlElement = {
      name: element.name,
      local: localName(element.name),
      attributes: element.attributes,
      children: element.children,
      text: element.text,
      offset: element.offset,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(done);
    else root = done;
  }
}

/** The children of `element` with this local name. */
export const childrenNamed = (element: XmlElement, local: string): XmlElement[] =>
  element.children.filter((c) => c.local === local);

/** The first child of `element` with this local name. */
export const childNamed = (element: XmlElement, local: string): XmlElement | undefined =>
  element.children.find((c) => c.local === local);

/** Text safe inside an element: markup characters, and characters XML 1.0 cannot hold, escaped. */
export function escapeText(value: string): string {
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  return value.replace(/[&<>\r\uFFFD]|[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, escapeChar);
}

/** Text safe inside a double-quoted attribute; line breaks and tabs kept as references. */
export function escapeAttribute(value: string): string {
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  return value.replace(/[&<>"\t\n\r\uFFFD]|[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, escapeChar);
}

function escapeChar(c: string): string {
  if (c === '&') return '&amp;';
  if (c === '<') return '&lt;';
  if (c === '>') return '&gt;';
  if (c === '"') return '&quot;';
  // XML 1.0 forbids most control characters even as references; our reader accepts them so a
  // round trip keeps them, and other tools meet them only where the data had them. U+FFFD is
  // written as a reference because the importer takes a raw one for a sign of mis-decoded bytes.
  return `&#${c.charCodeAt(0)};`;
}
