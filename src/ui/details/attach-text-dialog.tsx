// The dialog "Attach text" (docs/design.md §13), loaded on first use: the source's text pasted or opened,
// checked against the paragraphs its evidence names, and kept on the source.
import { useState } from 'react';
import { reportFromFile, REPORT_FILE_ACCEPT } from '../../model/draft/report-input';
import { attachSourceText } from '../../model/source-text';
import { useAppStore } from '../../store/app-store';
import { Modal } from '../common/modal';

export function AttachTextDialog({
  sourceId,
  sourceTitle,
  onClose,
  onAttached,
}: {
  sourceId: string;
  sourceTitle: string;
  onClose: () => void;
  onAttached: () => void;
}) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const attach = () => {
    const store = useAppStore.getState();
    const current = store.dataset;
    const selection = store.selection;
    // One undoable edit through the store, which copies a built-in dataset on its first edit.
    const result = attachSourceText(current, sourceId, text);
    if (!result.ok) return setProblem(result.message);
    store.commit(current.id, result.diff, 'edit', `attach text to ${sourceTitle}`);
    if (selection) store.select(selection);
    onAttached();
    onClose();
  };
  return (
    <Modal title="Attach text" onClose={onClose}>
      <p className="muted small">
        The full text of “{sourceTitle}”, so its evidence can be read in it.
      </p>
      <label className="field">
        <span>Text</span>
        <textarea rows={8} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      </label>
      <label className="field">
        <span>Open file</span>
        <input
          type="file"
          accept={REPORT_FILE_ACCEPT}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (!file) return;
            void file.arrayBuffer().then((buffer) => {
              const read = reportFromFile(file.name, new Uint8Array(buffer));
              if (read.ok) setText(read.text);
              else setProblem(read.message);
            });
          }}
        />
      </label>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="primary" onClick={attach}>
          Attach
        </button>
      </div>
    </Modal>
  );
}
