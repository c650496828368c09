// Actor Graph JSON export (docs/design.md §7): everything, or only what the graph shows, as a file import reads back.
import type { Actor, Dataset } from '../../../graph-data/schema';

/** The elements the graph shows: `VisibleGraph` from the filters fits. */
export interface ShownElements {
  readonly actorIds: ReadonlySet<string>;
  readonly relationIds: ReadonlySet<string>;
}

export interface DatasetJsonOptions {
  /** Export only these elements; by default everything. */
  readonly only?: ShownElements;
}

/**
 * The part of a dataset that is shown, still a valid dataset: relations only with both ends,
 * parents only when shown, and only the sources, declared types and kinds that remain in use.
 */
export function shownPart(dataset: Dataset, only: ShownElements): Dataset {
  const actors = dataset.actors.filter((a) => only.actorIds.has(a.id));
  const kept = new Set(actors.map((a) => a.id));
  const relations = dataset.relations.filter(
    (r) => only.relationIds.has(r.id) && kept.has(r.source) && kept.has(r.target),
  );
  const sourceIds = new Set(relations.flatMap((r) => r.evidence.map((e) => e.source)));
  const typeIds = new Set(relations.map((r) => r.type));
  const kindIds = new Set(actors.map((a) => a.kind));
  const relationTypes = dataset.relationTypes?.filter((t) => typeIds.has(t.id));
  const actorKinds = dataset.actorKinds?.filter((k) => kindIds.has(k.id));
  const { relationTypes: _types, actorKinds: _kinds, ...rest } = dataset;
  return {
    ...rest,
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    ...(relationTypes?.length && { relationTypes }),
    ...(actorKinds?.length && { actorKinds }),
    actors: actors.map((actor): Actor => {
      if (actor.parent === undefined || kept.has(actor.parent)) return actor;
      const { parent: _parent, ...withoutParent } = actor;
      return withoutParent;
    }),
    relations,
  };
}

/** Pretty-printed Actor Graph JSON, fields in the order the format lists them. */
export function datasetToJson(dataset: Dataset, options: DatasetJsonOptions = {}): string {
  const d = options.only ? shownPart(dataset, options.only) : dataset;
  const ordered: Dataset = {
    format: d.format,
    version: d.version,
    id: d.id,
    title: d.title,
    description: d.description,
    sources: d.sources,
    relationTypes: d.relationTypes,
    actorKinds: d.actorKinds,
    actors: d.actors,
    relations: d.relations,
  };
  // Undefined fields vanish in JSON.stringify, so the optional ones need no special case. U+FFFD
  // is written as an escape: the importer reads a raw one as a sign of a mis-decoded file.
  return `${JSON.stringify(ordered, null, 2).replace(/\uFFFD/g, '\\ufffd')}\n`;
}
