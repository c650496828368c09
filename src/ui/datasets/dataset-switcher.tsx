// The toolbar's dataset switcher: the built-in dataset and every imported one; imported ones can
// be renamed and deleted (after a confirmation), the built-in one cannot.
import { useState } from 'react';
import { BUILT_IN_DATASETS, isBuiltInDataset, useAppStore } from '../../store/app-store';
import { Modal } from '../common/modal';
import './datasets.css';

function RenameDialog({
  title,
  onRename,
  onClose,
}: {
  title: string;
  onRename: (title: string) => void;
  onClose: () => void;
}) {
  const [value, setValue] = useState(title);
  const empty = value.trim() === '';
  return (
    <Modal title="Rename dataset" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (empty) return;
          onRename(value.trim());
          onClose();
        }}
      >
        <label className="text-field">
          <span>Title</span>
          <input
            value={value}
            maxLength={500}
            required
            onChange={(e) => setValue(e.currentTarget.value)}
          />
        </label>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" aria-disabled={empty}>
            Rename
          </button>
        </div>
      </form>
    </Modal>
  );
}

function DeleteDialog({
  title,
  onDelete,
  onClose,
}: {
  title: string;
  onDelete: () => void;
  onClose: () => void;
}) {
  return (
    <Modal title="Delete dataset?" onClose={onClose}>
      <p>
        Delete “{title}” from Actor Graph? It is removed from this browser; the file you imported is
        not touched.
      </p>
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            onDelete();
            onClose();
          }}
        >
          Delete
        </button>
      </div>
    </Modal>
  );
}

export function DatasetSwitcher() {
  const datasets = useAppStore((s) => s.datasets);
  const dataset = useAppStore((s) => s.dataset);
  const selectDataset = useAppStore((s) => s.selectDataset);
  const renameDataset = useAppStore((s) => s.renameDataset);
  const removeDataset = useAppStore((s) => s.removeDataset);
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const imported = datasets.filter((d) => !isBuiltInDataset(d.id));
  const builtIn = datasets.filter((d) => isBuiltInDataset(d.id));
  const canEdit = !isBuiltInDataset(dataset.id);
  return (
    <div className="dataset-switcher">
      <label className="field">
        <span>Dataset</span>
        <select value={dataset.id} onChange={(e) => selectDataset(e.currentTarget.value)}>
          {imported.length === 0 ? (
            builtIn.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))
          ) : (
            <>
              <optgroup label={BUILT_IN_DATASETS.length > 1 ? 'Built-in' : 'Built-in dataset'}>
                {builtIn.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Imported">
                {imported.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title}
                  </option>
                ))}
              </optgroup>
            </>
          )}
        </select>
      </label>
      {canEdit && (
        <>
          <button
            type="button"
            onClick={() => setDialog('rename')}
            aria-label={`Rename dataset “${dataset.title}”`}
          >
            Rename
          </button>
          <button
            type="button"
            onClick={() => setDialog('delete')}
            aria-label={`Delete dataset “${dataset.title}”`}
          >
            Delete
          </button>
        </>
      )}
      {dialog === 'rename' && (
        <RenameDialog
          title={dataset.title}
          onRename={(title) => renameDataset(dataset.id, title)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <DeleteDialog
          title={dataset.title}
          onDelete={() => removeDataset(dataset.id)}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
