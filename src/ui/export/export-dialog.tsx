// The "Export" dialog (SPEC §7): gathers options and hands them to the export functions.
import { useState, type ReactNode, type RefObject } from 'react';
import { describeFilters, describeSources, legendEntries } from '../../model/caption';
import { exportFileName } from '../../model/file-name';
import { datasetToJson } from '../../model/export/dataset-json';
import { useAppStore } from '../../store/app-store';
import { useVisibleGraph, useVocabulary } from '../../store/derived';
import type { GraphHandle } from '../../graph/graph-view';
import {
  DEFAULT_IMAGE_EXPORT,
  type ExportBackground,
  type ExportScale,
  type ExportScope,
} from '../../graph/export-image';
import { downloadBlob } from '../common/download';
import { Modal } from '../common/modal';

type ExportFormat = 'png' | 'json';
type JsonScope = 'shown' | 'all';

function Choice<T extends string | number>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly (readonly [T, ReactNode])[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={String(v)}>
          <input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function ExportDialog({
  graph,
  onClose,
}: {
  graph: RefObject<GraphHandle | null>;
  onClose: () => void;
}) {
  const dataset = useAppStore((s) => s.dataset);
  const filters = useAppStore((s) => s.filters);
  const visible = useVisibleGraph();
  const vocabulary = useVocabulary();
  const [format, setFormat] = useState<ExportFormat>('png');
  const [scale, setScale] = useState<ExportScale>(DEFAULT_IMAGE_EXPORT.scale);
  const [background, setBackground] = useState<ExportBackground>(DEFAULT_IMAGE_EXPORT.background);
  const [scope, setScope] = useState<ExportScope>(DEFAULT_IMAGE_EXPORT.scope);
  const [includeLegend, setIncludeLegend] = useState(DEFAULT_IMAGE_EXPORT.includeLegend);
  const [jsonScope, setJsonScope] = useState<JsonScope>('shown');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    const now = new Date();
    try {
      if (format === 'png') {
        const handle = graph.current;
        if (!handle) throw new Error('The graph is not ready yet.');
        const result = await handle.exportPng(
          { scale, background, scope, includeLegend },
          {
            title: dataset.title,
            legend: legendEntries(visible, vocabulary),
            lines: [
              describeFilters(filters, vocabulary),
              describeSources(dataset),
              `Exported ${now.toISOString().slice(0, 10)} with Actor Graph`,
            ].filter(Boolean),
          },
        );
        downloadBlob(result.blob, exportFileName(dataset.id, now, 'png'));
        setMessage({
          kind: 'status',
          text: `${result.notice ? `${result.notice} ` : ''}Saved a ${result.width} × ${result.height} px PNG.`,
        });
      } else {
        const text = datasetToJson(dataset, jsonScope === 'shown' ? { only: visible } : {});
        downloadBlob(
          new Blob([text], { type: 'application/json' }),
          exportFileName(dataset.id, now, 'json'),
        );
        setMessage({ kind: 'status', text: 'Saved the JSON file.' });
      }
    } catch (error) {
      setMessage({
        kind: 'alert',
        text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Export" onClose={onClose}>
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          void download();
        }}
      >
        <Choice
          legend="Format"
          name="format"
          value={format}
          options={[
            ['png', 'PNG image'],
            ['json', 'JSON (Actor Graph)'],
          ]}
          onChange={setFormat}
        />
        {format === 'png' ? (
          <>
            <Choice
              legend="Scale"
              name="scale"
              value={scale}
              options={[
                [1, '1×'],
                [2, '2×'],
                [4, '4×'],
              ]}
              onChange={setScale}
            />
            <Choice
              legend="Background"
              name="background"
              value={background}
              options={[
                ['white', 'White'],
                ['transparent', 'Transparent'],
              ]}
              onChange={setBackground}
            />
            <Choice
              legend="Scope"
              name="scope"
              value={scope}
              options={[
                ['whole', 'Whole graph'],
                ['view', 'Current view'],
              ]}
              onChange={setScope}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={includeLegend}
                onChange={(e) => setIncludeLegend(e.currentTarget.checked)}
              />
              Include legend and caption
            </label>
          </>
        ) : (
          <Choice
            legend="Include"
            name="json-scope"
            value={jsonScope}
            options={[
              ['shown', 'What is shown'],
              ['all', 'Everything'],
            ]}
            onChange={setJsonScope}
          />
        )}
        <div className="modal-actions">
          {/* aria-disabled, not disabled: a disabled button drops keyboard focus out of the dialog. */}
          <button type="submit" className="primary" aria-disabled={busy}>
            {busy ? 'Exporting…' : 'Download'}
          </button>
        </div>
        {busy && <p role="status">Exporting…</p>}
        {message && (
          <p role={message.kind} className={message.kind === 'alert' ? 'error' : 'notice'}>
            {message.text}
          </p>
        )}
      </form>
    </Modal>
  );
}
