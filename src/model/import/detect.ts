// The import entry point: refuses what is not a readable text file, picks the format, names the dataset.
import { csvToDataset } from './csv';
import { checkSize, MAX_IMPORT_BYTES } from './size-limit';
import { cytoscapeToDataset, isCytoscapeJson } from './cytoscape-json';
import { gexfToDataset } from './gexf';
import { graphmlToDataset } from './graphml';
import { parseJson } from './json-location';
import { decodeBytes, encodingNotice } from './text-encoding';
import { datasetIdFromFileName, UniqueIds } from './unique-ids';
import { validateDataset, type ImportAnswers, type ImportResult, type Problem } from './validate';

export { checkSize, MAX_IMPORT_BYTES };

export type ImportFormat = 'actor-graph' | 'cytoscape' | 'csv' | 'gexf' | 'graphml' | 'xlsx';

export interface ImportOptions {
  /** Ids of the datasets already loaded: an import never replaces one (the built-in least of all). */
  readonly existingIds?: Iterable<string>;
  /** Answers to the questions an earlier run of the same import asked. */
  readonly answers?: ImportAnswers;
}

/** Bytes of `text` in UTF-8, without encoding it when its length alone settles the question. */
function utf8Length(text: string): number {
  // Each UTF-16 unit is at most 3 UTF-8 bytes.
  if (text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

const extensionOf = (name: string): string => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

export type Syntax = 'json' | 'csv' | 'gexf' | 'graphml';

/**
 * JSON for `.json`/`.cyjs`, CSV for `.csv`/`.tsv`, GEXF and GraphML by their extensions;
 * otherwise (`.txt`, `.xml`, none) by the content: XML by its root element, JSON by `[` or `{`.
 */
export function detectSyntax(name: string, text: string): Syntax {
  const ext = extensionOf(name);
  if (ext === 'json' || ext === 'cyjs') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'gexf') return 'gexf';
  if (ext === 'graphml') return 'graphml';
  if (/^\s*</.test(text)) {
    // The root element's name, past any declaration, comments and DOCTYPE.
    const root = /<(?![?!])(?:[\w.-]+:)?([\w.-]+)/.exec(text.slice(0, 4096))?.[1];
    return root === 'gexf' ? 'gexf' : 'graphml';
  }
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** An Excel workbook: `.xlsx` by name, or a zip archive by its first bytes. */
export function isWorkbook(name: string, bytes: Uint8Array): boolean {
  return extensionOf(name) === 'xlsx' || ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

const fail = (path: string, message: string): ImportResult => ({
  ok: false,
  problems: [{ path, message }],
});

/** Problems that make a file unreadable before any format is tried. */
function unreadable(text: string): Problem | null {
  if (text.trim() === '') return { path: 'file', message: 'the file is empty' };
  // NUL never occurs in text files; U+FFFD is what a decoder leaves of bytes that are not UTF-8.
  if (text.includes('\u0000')) {
    return {
      path: 'file',
      message: 'contains binary data: not a JSON, CSV, GEXF or GraphML text file',
    };
  }
  if (text.includes('\uFFFD')) {
    return { path: 'file', message: 'is not valid UTF-8 text: save it as UTF-8 and try again' };
  }
  return null;
}

/** The dataset's own id for Actor Graph JSON, the file's name for the others; never one in use. */
function withUniqueId(
  result: ImportResult,
  format: ImportFormat,
  name: string,
  existing: readonly string[],
): ImportResult {
  if (!result.ok) return result;
  const id =
    format === 'actor-graph'
      ? new UniqueIds(existing).claim(result.dataset.id)
      : datasetIdFromFileName(name, existing);
  return id === result.dataset.id ? result : { ok: true, dataset: { ...result.dataset, id } };
}

/** The format of parsed JSON: Actor Graph JSON says so; Cytoscape's shapes are recognised. */
export function jsonFormat(value: unknown): Exclude<ImportFormat, 'csv'> | null {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    if ('format' in value || 'actors' in value || 'relations' in value) return 'actor-graph';
  }
  return isCytoscapeJson(value) ? 'cytoscape' : null;
}

/**
 * A file's text into a dataset, whichever supported format it is in, or every problem with its
 * place. Never throws: anything unexpected becomes a problem too (docs/design.md §11).
 */
export function importFile(name: string, text: string, options: ImportOptions = {}): ImportResult {
  try {
    const existing = [...(options.existingIds ?? [])];
    const size = checkSize(utf8Length(text));
    if (size) return { ok: false, problems: [size] };
    const body = text.replace(/^\uFEFF/, '');
    const bad = unreadable(body);
    if (bad) return { ok: false, problems: [bad] };
    const syntax = detectSyntax(name, body);
    if (syntax === 'gexf' || syntax === 'graphml') {
      const read = syntax === 'gexf' ? gexfToDataset : graphmlToDataset;
      const typeColumn = options.answers?.typeColumn;
      return withUniqueId(
        read(body, { fileName: name, ...(typeColumn !== undefined && { typeColumn }) }),
        syntax,
        name,
        existing,
      );
    }
    if (syntax === 'csv') {
      return withUniqueId(
        csvToDataset(body, { fileName: name, dayOrder: options.answers?.dayOrder }),
        'csv',
        name,
        existing,
      );
    }
    const parsed = parseJson(body);
    if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
    const format = jsonFormat(parsed.value);
    if (format === 'actor-graph') {
      return withUniqueId(
        validateDataset(parsed.value, { fileName: name }),
        format,
        name,
        existing,
      );
    }
    if (format === 'cytoscape') {
      return withUniqueId(
        cytoscapeToDataset(parsed.value, { fileName: name }),
        format,
        name,
        existing,
      );
    }
    return fail(
      'file',
      'neither Actor Graph JSON ("format": "actor-graph") nor Cytoscape.js JSON ("elements")',
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail('file', `could not be read: ${message}`);
  }
}

/**
 * A file's bytes into a dataset: the size is checked first, then the bytes are decoded (UTF-8,
 * UTF-16 by its byte-order mark, else Windows-1252, said in a notice); binaries are refused.
 */
export function importBytes(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): ImportResult {
  const size = checkSize(bytes.byteLength);
  if (size) return { ok: false, problems: [size] };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const result = importFile(name, decoded.text, options);
  const notice = encodingNotice(decoded.encoding);
  return result.ok && notice ? { ...result, notices: [...(result.notices ?? []), notice] } : result;
}

/**
 * Any file's bytes into a dataset: a workbook through the .xlsx reader (a chunk of its own,
 * loaded only when a workbook is opened), anything else through `importBytes`.
 */
export async function importAnyBytes(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (!isWorkbook(name, bytes)) return importBytes(name, bytes, options);
  const size = checkSize(bytes.byteLength);
  if (size) return { ok: false, problems: [size] };
  const { importWorkbook } = await import('./xlsx');
  return importWorkbook(name, bytes, options);
}
