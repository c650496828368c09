// The question an import asks before it creates anything: day or month first in dates like
// 07/10/2023, or which sheet of a workbook to read. Answering runs the import again.
import { Modal } from '../common/modal';
import { answerImportQuestion, useImportStatus, type PendingQuestion } from './import-files';

const cancel = () => answerImportQuestion(null);

function DayOrderQuestion({ pending }: { pending: PendingQuestion }) {
  if (pending.question.kind !== 'day-order') return null;
  const examples = pending.question.examples;
  return (
    <Modal title="Day first or month first?" onClose={cancel}>
      <p>
        In {pending.fileName}, dates such as {examples.map((e) => e.text).join(', ')} can be read
        two ways, and no date in the file settles which. Nothing is imported until you choose.
      </p>
      <ul>
        {examples.map((e) => (
          <li key={e.text}>
            {e.text}: {e.dayFirst} (day first) or {e.monthFirst} (month first)
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" onClick={() => answerImportQuestion({ dayOrder: 'day-first' })}>
          Day first
        </button>
        <button type="button" onClick={() => answerImportQuestion({ dayOrder: 'month-first' })}>
          Month first
        </button>
        <button type="button" className="link" onClick={cancel}>
          Cancel import
        </button>
      </div>
    </Modal>
  );
}

function SheetQuestion({ pending }: { pending: PendingQuestion }) {
  if (pending.question.kind !== 'sheet') return null;
  return (
    <Modal title="Which sheet?" onClose={cancel}>
      <p>{pending.fileName} has several sheets. Choose the one that lists the relationships.</p>
      <div className="modal-actions">
        {pending.question.sheets.map((sheet) => (
          <button key={sheet} type="button" onClick={() => answerImportQuestion({ sheet })}>
            {sheet}
          </button>
        ))}
        <button type="button" className="link" onClick={cancel}>
          Cancel import
        </button>
      </div>
    </Modal>
  );
}

function TypeColumnQuestion({ pending }: { pending: PendingQuestion }) {
  if (pending.question.kind !== 'type-column') return null;
  return (
    <Modal title="Which attribute is the relationship type?" onClose={cancel}>
      <p>
        No edge in {pending.fileName} has a label. Choose the attribute whose values name the kind
        of relationship, or none to call every relationship “related”.
      </p>
      <div className="modal-actions">
        {pending.question.columns.map((column) => (
          <button
            key={column}
            type="button"
            onClick={() => answerImportQuestion({ typeColumn: column })}
          >
            {column}
          </button>
        ))}
        <button type="button" onClick={() => answerImportQuestion({ typeColumn: '' })}>
          None
        </button>
        <button type="button" className="link" onClick={cancel}>
          Cancel import
        </button>
      </div>
    </Modal>
  );
}

export function ImportQuestionDialog() {
  const pending = useImportStatus((s) => s.question);
  if (!pending) return null;
  switch (pending.question.kind) {
    case 'day-order':
      return <DayOrderQuestion pending={pending} />;
    case 'sheet':
      return <SheetQuestion pending={pending} />;
    case 'type-column':
      return <TypeColumnQuestion pending={pending} />;
  }
}
