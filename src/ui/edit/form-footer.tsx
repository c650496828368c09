// The end of an editing dialog's form: every problem that kept it from saving, then Cancel and Save.
import type { FieldProblem } from '../../model/edits';

export function FormFooter({
  problems,
  onCancel,
}: {
  problems: readonly FieldProblem[];
  onCancel: () => void;
}) {
  return (
    <>
      {problems.length > 0 && (
        <div role="alert" className="form-problems">
          Not saved: {problems.map((p) => `${p.field}: ${p.message}`).join('; ')}
        </div>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save
        </button>
      </div>
    </>
  );
}
