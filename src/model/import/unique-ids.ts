// Ids for imported things: slugs derived from names and file names, kept unique within a list.

/**
 * A readable, stable id from a name: lower case, accents dropped, anything but letters and digits
 * turned into single dashes. Letters of every script are kept, so Arabic or Cyrillic names still
 * give distinct ids. Empty when the name has no letters or digits at all.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Hands out ids that are unique among those claimed so far: `base`, else `base-2`, `base-3`… */
export class UniqueIds {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** Marks an id as used, as it is; false when it already was. */
  reserve(id: string): boolean {
    if (this.taken.has(id)) return false;
    this.taken.add(id);
    return true;
  }

  /** The first free id among `base`, `base-2`, `base-3`…, now marked as used. */
  claim(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n += 1) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** A file's name without folders and without its last extension: `Kataib net.cyjs` → `Kataib net`. */
export function fileBaseName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** A dataset id from a file name, unique among the ids already in use. */
export function datasetIdFromFileName(
  fileName: string,
  existingIds: Iterable<string> = [],
): string {
  return new UniqueIds(existingIds).claim(slugify(fileBaseName(fileName)) || 'imported');
}
