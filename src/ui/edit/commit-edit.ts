// Commit a checked edit of the open dataset as one undo step, or report why it was refused: what
// the tables' cells and the several-selected details share.
import type { Dataset } from '../../../graph-data/schema';
import type { EditResult } from '../../model/edits';
import { useAppStore } from '../../store/app-store';

/** Commit an edit's diff with its label, or report its first problem. */
export function commitEdit(
  edit: (dataset: Dataset) => EditResult,
  label: string,
  onProblem: (message: string | null) => void,
): boolean {
  const { dataset, commit } = useAppStore.getState();
  const result = edit(dataset);
  if (!result.ok) {
    const first = result.problems[0]!;
    onProblem(`${first.field}: ${first.message}`);
    return false;
  }
  onProblem(null);
  commit(dataset.id, result.diff, 'edit', label);
  return true;
}
