// What the merging worker is asked and answers: the plan of a merge, and with the analyst's
// decisions, its diff. The same function runs on the main thread where no worker starts.
import type { Dataset } from '../../../graph-data/schema';
import {
  mergeDatasets,
  planMerge,
  type MergeDecisions,
  type MergePlan,
  type MergeResult,
} from '../../model/merge/merge-datasets';

export interface MergeRequest {
  readonly base: Dataset;
  readonly incoming: Dataset;
  /** Without decisions, only the plan; with them, the merge too. */
  readonly decisions?: MergeDecisions;
}

export type MergeReply =
  | { readonly ok: true; readonly plan: MergePlan; readonly result?: MergeResult }
  | { readonly ok: false; readonly message: string };

export function mergeInWorker(request: MergeRequest): MergeReply {
  try {
    const plan = planMerge(request.base, request.incoming);
    if (!request.decisions) return { ok: true, plan };
    return {
      ok: true,
      plan,
      result: mergeDatasets(request.base, request.incoming, plan, request.decisions),
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
