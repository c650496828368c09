// A report as the user gives it (docs/design.md §13): a file's bytes read as text — plain, Markdown, or HTML
// reduced to its words (nothing in it runs or loads) — and the checks that refuse bad input.

/** docs/design.md §4: a source keeps at most 2 MB of text. */
export const MAX_REPORT_BYTES = 2 * 1024 * 1024;

export const REPORT_FILE_ACCEPT =
  '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

export type ReportText =
  | { readonly ok: true; readonly text: string; readonly notice?: string }
  | { readonly ok: false; readonly message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A file's bytes as report text, or why not: too large, binary, not UTF-8 text. */
export function reportFromFile(fileName: string, bytes: Uint8Array): ReportText {
  if (bytes.length > MAX_REPORT_BYTES)
    return {
      ok: false,
      message: `“${fileName}” is ${megabytes(bytes.length)}; a report may be at most 2 MB.`,
    };
  // A NUL byte never occurs in text: this is an image, a PDF, a word-processor file…
  if (bytes.includes(0))
    return {
      ok: false,
      message: `“${fileName}” is not a text file. Open a .txt, .md or .html file, or paste the text.`,
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    text = decodeWindows1252(bytes);
  }
  if (/\.html?$/i.test(fileName) || /^\s*<(?:!doctype html|html)/i.test(text)) {
    const scripts = /<script\b/i.test(text);
    return {
      ok: true,
      text: htmlToText(text),
      ...(scripts && {
        notice: `“${fileName}” contains scripts: they were left out, and nothing in the file ran.`,
      }),
    };
  }
  return { ok: true, text };
}

/** Bytes 0x80–0x9F of Windows-1252 (the rest is Latin-1); Node's TextDecoder reads them as Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Text that is not UTF-8, read as Windows-1252, what Word and older sites save. */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes)
    out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** Refuses a pasted or read text that cannot be drafted: empty, or over 2 MB. */
export function checkReportText(text: string): string | undefined {
  if (!/\p{L}/u.test(text)) return 'The report is empty: paste its text or open a file.';
  if (new TextEncoder().encode(text).length > MAX_REPORT_BYTES)
    return 'The report is larger than 2 MB; shorten it or split it into several reports.';
  return undefined;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
};

/**
 * The words of an HTML page, without parsing it into a document (so nothing can load or run):
 * scripts, styles and comments dropped, block ends turned into paragraph breaks, tags removed,
 * character references decoded.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|h[1-6]|li|blockquote|section|article|tr|pre)\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code =
          ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000
          ? String.fromCodePoint(code)
          : ' ';
      }
      return ENTITIES[ref.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
