// The "Export" dialog (docs/design.md §7): gathers options and hands them to the export functions.
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { describeFilters, describeSources, legendEntries } from '../../model/caption';
import { exportFileName } from '../../model/file-name';
import { useAppStore } from '../../store/app-store';
import { useVisibleGraph, useVocabulary } from '../../store/derived';
import type { GraphHandle } from '../../graph/graph-view';
import {
  DEFAULT_IMAGE_EXPORT,
  type ExportBackground,
  type ExportScale,
  type ExportScope,
} from '../../graph/export-options';
import { markMoment } from '../../graph/bench-marks';
import { loadImageExport, loadSvgExport } from '../../graph/export-loader';
import { downloadBlob } from '../common/download';
import { Modal } from '../common/modal';

type ExportFormat = 'png' | 'svg' | 'json' | 'csv' | 'gexf' | 'graphml';
type DataScope = 'shown' | 'all';

const isImage = (format: ExportFormat) => format === 'png' || format === 'svg';

/**
 * The export date as yyyy-mm-dd, by hand: the first `toLocaleDateString` of a page loads the
 * browser's locale data, some 20–30 ms that would sit between "Download" and the file.
 */
function isoDate(date: Date): string {
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${m}-${d}`;
}

/** For the benchmark (docs/design.md §10): the moment the image file is handed to the browser. */
const markExported = () => markMoment('actor-graph:exported');

/** Above this many elements shown, the drawing takes long enough to show "Exporting…" first. */
const LARGE_EXPORT = 2000;

/** Resolves after the next frame has been painted, so a status set just before shows. */
const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

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
  const [dataScope, setDataScope] = useState<DataScope>('shown');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  // The drawing code is a chunk of its own: fetch it while the user picks options, not on Download.
  useEffect(() => {
    if (format === 'png') void Promise.resolve(loadImageExport()).catch(() => {});
    else if (format === 'svg') void Promise.resolve(loadSvgExport()).catch(() => {});
  }, [format]);

  /** Report the saved file at once: the file is on its way, the user should not wait for React. */
  const report = (next: { kind: 'status' | 'alert'; text: string }) =>
    flushSync(() => {
      setMessage(next);
      setBusy(false);
    });

  // One export at a time; a ref, so a second click in the same frame sees the first.
  const running = useRef(false);
  const download = async () => {
    if (running.current) return;
    running.current = true;
    // A large drawing says "Exporting…" before it starts. Otherwise it is said only if the export
    // outlasts the click's own task: a small image is saved within it, and rendering the dialog
    // first would only delay the file.
    const large = visible.actorIds.size + visible.relations.length > LARGE_EXPORT;
    if (large) setBusy(true);
    const busyLater = large ? undefined : window.setTimeout(() => setBusy(true), 0);
    setMessage(null);
    const now = new Date();
    try {
      if (isImage(format)) {
        const handle = graph.current;
        if (!handle) throw new Error('The graph is not ready yet.');
        const options = { scale, background, scope, includeLegend };
        const caption = {
          title: dataset.title,
          legend: legendEntries(visible, vocabulary),
          lines: [
            describeFilters(filters, vocabulary, dataset.sources),
            describeSources(dataset, filters.hiddenSources),
            `Exported ${isoDate(now)} with Actor Graph`,
          ].filter(Boolean),
        };
        if (large) await afterPaint();
        if (format === 'png') {
          const result = await handle.exportPng(options, caption);
          downloadBlob(result.blob, exportFileName(dataset.id, now, 'png'));
          markExported();
          report({
            kind: 'status',
            text: `${result.notice ? `${result.notice} ` : ''}Saved a ${result.width} × ${result.height} px PNG.`,
          });
        } else {
          const result = await handle.exportSvg(options, caption);
          downloadBlob(result.blob, exportFileName(dataset.id, now, 'svg'));
          markExported();
          report({
            kind: 'status',
            text: `Saved a ${result.width} × ${result.height} px SVG.`,
          });
        }
      } else if (format === 'json') {
        // The writers load on demand: most sessions never export data.
        const { datasetToJson } = await import('../../model/export/dataset-json');
        const text = datasetToJson(dataset, dataScope === 'shown' ? { only: visible } : {});
        downloadBlob(
          new Blob([text], { type: 'application/json' }),
          exportFileName(dataset.id, now, 'json'),
        );
        setMessage({ kind: 'status', text: 'Saved the JSON file.' });
      } else if (format === 'gexf' || format === 'graphml') {
        const { datasetToGexf, datasetToGraphml } = await import('../../model/export/graph-xml');
        const write = format === 'gexf' ? datasetToGexf : datasetToGraphml;
        const text = write(dataset, dataScope === 'shown' ? { only: visible } : {});
        downloadBlob(
          new Blob([text], {
            type: format === 'gexf' ? 'application/gexf+xml' : 'application/graphml+xml',
          }),
          exportFileName(dataset.id, now, format),
        );
        setMessage({
          kind: 'status',
          text: `Saved the ${format === 'gexf' ? 'GEXF' : 'GraphML'} file.`,
        });
      } else {
        const { relationsToCsv } = await import('../../model/export/relations-csv');
        const text = relationsToCsv(dataset, dataScope === 'shown' ? { only: visible } : {});
        downloadBlob(
          new Blob([text], { type: 'text/csv;charset=utf-8' }),
          exportFileName(dataset.id, now, 'csv'),
        );
        const rows = text.split('\r\n').length - 2;
        setMessage({
          kind: 'status',
          text: `Saved the CSV file: ${rows} relationship${rows === 1 ? '' : 's'}.`,
        });
      }
    } catch (error) {
      setMessage({
        kind: 'alert',
        text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      window.clearTimeout(busyLater);
      running.current = false;
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
            ['svg', 'SVG image'],
            ['json', 'JSON (Actor Graph)'],
            ['csv', 'CSV (relationships)'],
            ['gexf', 'GEXF (Gephi)'],
            ['graphml', 'GraphML (Gephi, yEd, Cytoscape)'],
          ]}
          onChange={setFormat}
        />
        {isImage(format) ? (
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
            name="data-scope"
            value={dataScope}
            options={[
              ['shown', 'What is shown'],
              ['all', 'Everything'],
            ]}
            onChange={setDataScope}
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
