// Text encodings as spreadsheets save them: UTF-8 with and without a byte-order mark, UTF-16 by its
// mark, Windows-1252 when the bytes are not UTF-8 (with a notice), and binaries still refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/model/import/detect';
import { decodeBytes } from '../../src/model/import/text-encoding';

const FILES = join(import.meta.dirname, '..', 'fixtures', 'files');
const read = (name: string) => new Uint8Array(readFileSync(join(FILES, name)));
const names = (result: ReturnType<typeof importBytes>) =>
  result.ok ? result.dataset.actors.map((a) => a.name) : result.problems;

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeBytes', () => {
  it('reads UTF-8 without a byte-order mark as UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('Café'))).toEqual({
      ok: true,
      text: 'Café',
      encoding: 'utf-8',
    });
  });

  it('drops the UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café')]);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: 'Café', encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian by their byte-order marks', () => {
    expect(decodeBytes(utf16('Café Group', true))).toEqual({
      ok: true,
      text: 'Café Group',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(utf16('Café Group', false))).toEqual({
      ok: true,
      text: 'Café Group',
      encoding: 'utf-16be',
    });
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    // Only bytes on which Windows-1252 and Latin-1 agree: Node 20's TextDecoder decodes
    // 'windows-1252' as Latin-1 (0x80 gives U+0080, not €). Browsers follow the Encoding
    // standard; the browser test checks € there.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x47, 0x72, 0x6f, 0x75, 0x70]);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: 'Café Group', encoding: 'windows-1252' });
  });

  it('refuses binaries: NUL bytes, control characters, UTF-16 with odd bytes', () => {
    expect(decodeBytes(new Uint8Array([0x73, 0x00, 0x74])).ok).toBe(false);
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])).ok).toBe(
      false,
    );
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41])).ok).toBe(false);
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x01, 0x00])).ok).toBe(false);
  });
});

describe('importing Excel-saved CSVs', () => {
  it('a Windows-1252 CSV imports with its accents, and says how it was read', () => {
    const result = importBytes('excel-windows-1252.csv', read('excel-windows-1252.csv'));
    expect(names(result)).toContain('Café Group');
    expect(result.ok && result.notices).toEqual(['read as Windows-1252: the bytes are not UTF-8']);
  });

  it('the Latin-1 file once refused now imports', () => {
    const result = importBytes('latin1-encoded.csv', read('latin1-encoded.csv'));
    expect(names(result)).toEqual(['Café owner', 'Police']);
  });

  it('a UTF-16 "Unicode Text" export (tab-separated, .txt) imports, with a notice', () => {
    const result = importBytes('excel-unicode-text.txt', read('excel-unicode-text.txt'));
    expect(names(result)).toContain('Café Group');
    expect(result.ok && result.notices).toEqual(['read as UTF-16']);
    expect(result.ok && result.dataset.relations.map((r) => r.date ?? '')).toEqual([
      '2023-10-07',
      '2023-10',
      '2023-10-11',
      '',
    ]);
  });

  it('plain UTF-8 gives no notice', () => {
    const result = importBytes('a.csv', new TextEncoder().encode('source,target\nA,B\n'));
    expect(result.ok && result.notices).toBeUndefined();
  });
});
