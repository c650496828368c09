// An import's result as the worker posts it: a large dataset in runs of actors and relations.
import { datasetFromParts, datasetInParts, type DatasetPart } from '../../model/document';
import type { ImportResult } from '../../model/import/validate';
import type { ResultParts } from '../../workers/worker-job';

/** Actors or relations per message: reading one takes the page some 20 ms. */
export const RECORDS_PER_PART = 10_000;

export function importResultInParts(result: ImportResult): ResultParts<ImportResult> {
  if (!result.ok) return { parts: [], rest: result };
  const { head, parts } = datasetInParts(result.dataset, RECORDS_PER_PART);
  return { parts, rest: { ...result, dataset: head } };
}

export function importResultFromParts(rest: ImportResult, parts: readonly unknown[]): ImportResult {
  if (!rest.ok) return rest;
  return { ...rest, dataset: datasetFromParts(rest.dataset, parts as readonly DatasetPart[]) };
}
