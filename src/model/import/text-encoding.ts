// A text file's bytes into text, in the encodings spreadsheets save (docs/design.md §8): UTF-8 with or
// without a byte-order mark, UTF-16 by its mark, and Windows-1252 when the bytes are not UTF-8.
// The browser's TextDecoder does the decoding; this module only chooses which one, and refuses
// what is not text at all.
import type { Problem } from './validate';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly problem: Problem };

const BINARY: Problem = {
  path: 'file',
  message: 'contains binary data: not a JSON, CSV, GEXF or GraphML text file',
};

/**
 * C0 control characters that no text file holds (tab, line feed, form feed and carriage return
 * aside), nor Windows-1252 text: a file of bytes that decode to one is a binary, not a spreadsheet.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

function decode(bytes: Uint8Array, encoding: TextEncodingName, skip: number): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    return null;
  }
}

/** The first 64 KiB is enough to tell a binary from text without scanning 20 MB twice. */
const SNIFF = 64 * 1024;

const looksBinary = (text: string) => CONTROL.test(text.slice(0, SNIFF));

/**
 * Decodes a file's bytes: a byte-order mark decides UTF-8 or UTF-16 (LE/BE); without one, UTF-8
 * when the bytes are valid UTF-8, else Windows-1252 (what Excel's "CSV (comma delimited)" writes
 * on Windows). Bytes that hold NUL or other control characters are refused as binary.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const [a, b, c] = bytes;
  let found: { encoding: TextEncodingName; skip: number } | null = null;
  if (a === 0xef && b === 0xbb && c === 0xbf) found = { encoding: 'utf-8', skip: 3 };
  else if (a === 0xff && b === 0xfe) found = { encoding: 'utf-16le', skip: 2 };
  else if (a === 0xfe && b === 0xff) found = { encoding: 'utf-16be', skip: 2 };
  if (found) {
    const text = decode(bytes, found.encoding, found.skip);
    if (text === null || looksBinary(text)) return { ok: false, problem: BINARY };
    return { ok: true, text, encoding: found.encoding };
  }
  const utf8 = decode(bytes, 'utf-8', 0);
  if (utf8 !== null) {
    return looksBinary(utf8)
      ? { ok: false, problem: BINARY }
      : { ok: true, text: utf8, encoding: 'utf-8' };
  }
  // Windows-1252 maps every byte to a character, so it cannot fail: only the control characters
  // tell that these bytes were never text.
  const text = new TextDecoder('windows-1252').decode(bytes);
  if (looksBinary(text)) return { ok: false, problem: BINARY };
  return { ok: true, text, encoding: 'windows-1252' };
}

/** The notice an import gives about its encoding, or none for plain UTF-8. */
export function encodingNotice(encoding: TextEncodingName): string | undefined {
  if (encoding === 'windows-1252') return 'read as Windows-1252: the bytes are not UTF-8';
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'read as UTF-16';
  return undefined;
}
