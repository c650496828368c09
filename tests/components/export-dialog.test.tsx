// The export dialog (docs/design.md §7): a dialog named "Export" whose choices reach the graph's exportPng
// or the JSON writer, with the saved file reported in a status and a failure in an alert.
import { createRef, type RefObject } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import type { GraphHandle } from '../../src/graph/graph-view';
import type { ImageExportResult } from '../../src/graph/export-image';
import type { SvgExportResult } from '../../src/graph/export-svg';
import { useAppStore } from '../../src/store/app-store';
import { ExportDialog } from '../../src/ui/export/export-dialog';

/** What the download helper handed to the browser: the Blob and the file name. */
let downloads: { blob: Blob; fileName: string }[] = [];

beforeEach(() => {
  downloads = [];
  let lastBlob: Blob | undefined;
  // jsdom has no object URLs; record the Blob instead.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    writable: true,
    value: (blob: Blob) => {
      lastBlob = blob;
      return 'blob:fake';
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', {
    configurable: true,
    writable: true,
    value: () => {},
  });
  // jsdom cannot navigate; the download link's click is where the file would be saved.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (lastBlob) downloads.push({ blob: lastBlob, fileName: this.download });
  });
});

/** jsdom's Blob has no text(); its FileReader reads one. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(blob);
  });

function mockGraph(
  exportPng: GraphHandle['exportPng'],
  exportSvg: GraphHandle['exportSvg'],
): RefObject<GraphHandle | null> {
  const ref = createRef<GraphHandle>() as RefObject<GraphHandle | null>;
  ref.current = { fit: vi.fn(), centerOn: vi.fn(), exportPng, exportSvg };
  return ref;
}

const fakeSvg = (): SvgExportResult => {
  const text = '<svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>';
  return { blob: new Blob([text], { type: 'image/svg+xml' }), text, width: 800, height: 600 };
};

const fakeResult = (extra: Partial<ImageExportResult> = {}): ImageExportResult => ({
  blob: new Blob(['fake png'], { type: 'image/png' }),
  width: 1600,
  height: 900,
  ...extra,
});

function setup(
  exportPng = vi.fn<GraphHandle['exportPng']>().mockResolvedValue(fakeResult()),
  exportSvg = vi.fn<GraphHandle['exportSvg']>().mockResolvedValue(fakeSvg()),
) {
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(<ExportDialog graph={mockGraph(exportPng, exportSvg)} onClose={onClose} />);
  const dialog = screen.getByRole('dialog', { name: 'Export' });
  return { user, onClose, exportPng, exportSvg, dialog };
}

/** The status once the export has finished (while it runs, the status says "Exporting…"). */
const finished = async (dialog: HTMLElement) => {
  await waitFor(() =>
    expect(within(dialog).getByRole('status')).not.toHaveTextContent('Exporting…'),
  );
  return within(dialog).getByRole('status');
};

const group = (dialog: HTMLElement, name: string) => within(dialog).getByRole('group', { name });
const downloadButton = (dialog: HTMLElement) =>
  within(dialog).getByRole('button', { name: 'Download' });

describe('ExportDialog: choices', () => {
  it('is a modal dialog named "Export"', () => {
    const { dialog } = setup();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
  });

  it('moves focus into the dialog when it opens', () => {
    const { dialog } = setup();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('has PNG as the default format', () => {
    const { dialog } = setup();
    expect(within(group(dialog, 'Format')).getByRole('radio', { name: 'PNG image' })).toBeChecked();
  });

  it('offers scale 1×, 2× and 4× for images, 1× chosen', () => {
    const { dialog } = setup();
    const scale = group(dialog, 'Scale');
    expect(within(scale).getAllByRole('radio')).toHaveLength(3);
    expect(within(scale).getByRole('radio', { name: '1×' })).toBeChecked();
    expect(within(scale).getByRole('radio', { name: '2×' })).not.toBeChecked();
    expect(within(scale).getByRole('radio', { name: '4×' })).not.toBeChecked();
  });

  it('offers a white or transparent background, white chosen', () => {
    const { dialog } = setup();
    const background = group(dialog, 'Background');
    expect(within(background).getByRole('radio', { name: 'White' })).toBeChecked();
    expect(within(background).getByRole('radio', { name: 'Transparent' })).not.toBeChecked();
  });

  it('offers the whole graph or the current view, whole graph chosen', () => {
    const { dialog } = setup();
    const scope = group(dialog, 'Scope');
    expect(within(scope).getByRole('radio', { name: 'Whole graph' })).toBeChecked();
    expect(within(scope).getByRole('radio', { name: 'Current view' })).not.toBeChecked();
  });

  it('has "Include legend and caption" on by default', () => {
    const { dialog } = setup();
    expect(
      within(dialog).getByRole('checkbox', { name: 'Include legend and caption' }),
    ).toBeChecked();
  });

  it('choosing JSON swaps the image options for the what-to-include choice', async () => {
    const { user, dialog } = setup();
    expect(within(dialog).queryByRole('group', { name: 'Include' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'JSON (Actor Graph)' }));
    const include = group(dialog, 'Include');
    expect(within(include).getByRole('radio', { name: 'What is shown' })).toBeChecked();
    expect(within(include).getByRole('radio', { name: 'Everything' })).not.toBeChecked();
    expect(within(dialog).queryByRole('group', { name: 'Scale' })).not.toBeInTheDocument();
    expect(
      within(dialog).queryByRole('checkbox', { name: 'Include legend and caption' }),
    ).not.toBeInTheDocument();
  });
});

describe('ExportDialog: PNG download', () => {
  it('passes the default options and a caption to the graph handle', async () => {
    const { user, dialog, exportPng } = setup();
    await user.click(downloadButton(dialog));
    expect(exportPng).toHaveBeenCalledExactlyOnceWith(
      { scale: 1, background: 'white', scope: 'whole', includeLegend: true },
      expect.objectContaining({ title: 'US strikes on Kataib Hezbollah, January 2024' }),
    );
  });

  it('passes the chosen scale, background, scope and legend choice to exportPng', async () => {
    const { user, dialog, exportPng } = setup();
    await user.click(within(dialog).getByRole('radio', { name: '4×' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Transparent' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Current view' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Include legend and caption' }));
    await user.click(downloadButton(dialog));
    expect(exportPng).toHaveBeenCalledWith(
      { scale: 4, background: 'transparent', scope: 'view', includeLegend: false },
      expect.anything(),
    );
  });

  it('captions the image with the active filters, the source and the legend of what is shown', async () => {
    useAppStore.getState().setRelationTypeShown('attacked', false);
    const { user, dialog, exportPng } = setup();
    await user.click(downloadButton(dialog));
    const caption = exportPng.mock.calls[0]![1];
    expect(caption.lines.join('\n')).toMatch(/hidden relationship types: attacked/);
    expect(caption.lines.join('\n')).toMatch(/News report on the CENTCOM airstrikes/);
    expect(caption.legend.types.map((t) => t.id)).toEqual(['condemned', 'founded', 'allied']);
  });

  it('names a hidden source in the caption, and does not list it as a source', async () => {
    const { sources } = useAppStore.getState().dataset;
    useAppStore.getState().setSourceShown(sources[0]!.id, false);
    const { user, dialog, exportPng } = setup();
    await user.click(downloadButton(dialog));
    const lines = exportPng.mock.calls[0]![1].lines.join('\n');
    expect(lines).toContain(
      `Filters: hidden sources: “${sources[0]!.title}” (relationships only they support are left out)`,
    );
    expect(lines).not.toMatch(/^Sources?:/m);
  });

  it('dates the caption yyyy-mm-dd, the day of the export', async () => {
    const { user, dialog, exportPng } = setup();
    const now = new Date();
    await user.click(downloadButton(dialog));
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(exportPng.mock.calls[0]![1].lines).toContain(`Exported ${day} with Actor Graph`);
  });

  it('reports the saved PNG in the same task that hands the file to the browser', async () => {
    const { user, dialog } = setup();
    let statusThen: string | null | undefined;
    vi.mocked(HTMLAnchorElement.prototype.click).mockImplementationOnce(() => {
      // What the page shows once the code that started the download has run, before any render.
      queueMicrotask(() => (statusThen = within(dialog).queryByRole('status')?.textContent));
    });
    await user.click(downloadButton(dialog));
    await waitFor(() => expect(statusThen).toBeDefined());
    expect(statusThen).toBe('Saved a 1600 × 900 px PNG.');
  });

  it('saves the PNG as <dataset-id>-<yyyymmdd>.png and reports its size', async () => {
    const { user, dialog } = setup();
    await user.click(downloadButton(dialog));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Saved a 1600 × 900 px PNG.',
    );
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toMatch(/^centcom-kh-2024-\d{8}\.png$/);
    expect(downloads[0]!.blob.type).toBe('image/png');
  });

  it('shows the scaled-down notice when the image had to shrink to fit', async () => {
    const exportPng = vi
      .fn<GraphHandle['exportPng']>()
      .mockResolvedValue(fakeResult({ notice: 'Scaled down to fit the browser’s canvas limit.' }));
    const { user, dialog } = setup(exportPng);
    await user.click(downloadButton(dialog));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Scaled down to fit the browser’s canvas limit. Saved a 1600 × 900 px PNG.',
    );
  });

  it('marks Download unavailable while the export runs and ignores a second press', async () => {
    let finish: (r: ImageExportResult) => void = () => {};
    const exportPng = vi
      .fn<GraphHandle['exportPng']>()
      .mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const { user, dialog } = setup(exportPng);
    await user.click(downloadButton(dialog));
    // aria-disabled rather than disabled, so keyboard focus stays inside the dialog.
    const busy = within(dialog).getByRole('button', { name: 'Exporting…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).toHaveFocus();
    await user.click(busy);
    expect(exportPng).toHaveBeenCalledOnce();
    finish(fakeResult());
    await waitFor(() =>
      expect(downloadButton(dialog)).not.toHaveAttribute('aria-disabled', 'true'),
    );
    expect(downloads).toHaveLength(1);
  });

  it('shows an alert and saves nothing when the export is rejected', async () => {
    const exportPng = vi
      .fn<GraphHandle['exportPng']>()
      .mockRejectedValue(new Error('canvas too large'));
    const { user, dialog } = setup(exportPng);
    await user.click(downloadButton(dialog));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Export failed: canvas too large',
    );
    expect(downloads).toHaveLength(0);
    expect(downloadButton(dialog)).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('shows an alert when the graph is not ready', async () => {
    const user = userEvent.setup();
    render(<ExportDialog graph={createRef<GraphHandle>()} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await user.click(downloadButton(dialog));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Export failed');
    expect(downloads).toHaveLength(0);
  });
});

describe('ExportDialog: JSON download', () => {
  const savedJson = async () => {
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toMatch(/^centcom-kh-2024-\d{8}\.json$/);
    return JSON.parse(await readText(downloads[0]!.blob)) as Dataset;
  };

  it('saves Actor Graph JSON of what is shown by default', async () => {
    useAppStore.getState().setRelationTypeShown('attacked', false);
    const { user, dialog, exportPng } = setup();
    await user.click(within(dialog).getByRole('radio', { name: 'JSON (Actor Graph)' }));
    await user.click(downloadButton(dialog));
    expect(await finished(dialog)).toHaveTextContent('Saved the JSON file.');
    const saved = await savedJson();
    expect(saved.format).toBe('actor-graph');
    expect(saved.relations).toHaveLength(7);
    expect(saved.relations.some((r) => r.type === 'attacked')).toBe(false);
    expect(exportPng).not.toHaveBeenCalled();
  });

  it('saves everything when "Everything" is chosen', async () => {
    useAppStore.getState().setRelationTypeShown('attacked', false);
    const { user, dialog } = setup();
    await user.click(within(dialog).getByRole('radio', { name: 'JSON (Actor Graph)' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Everything' }));
    await user.click(downloadButton(dialog));
    await finished(dialog);
    const saved = await savedJson();
    expect(saved.actors).toHaveLength(15);
    expect(saved.relations).toHaveLength(13);
  });
});

describe('ExportDialog: formats', () => {
  it('offers PNG, SVG, JSON, CSV, GEXF and GraphML', () => {
    const { dialog } = setup();
    const format = group(dialog, 'Format');
    expect(
      within(format)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual([
      'PNG image',
      'SVG image',
      'JSON (Actor Graph)',
      'CSV (relationships)',
      'GEXF (Gephi)',
      'GraphML (Gephi, yEd, Cytoscape)',
    ]);
  });

  it('keeps the image options for SVG', async () => {
    const { user, dialog } = setup();
    await user.click(within(dialog).getByRole('radio', { name: 'SVG image' }));
    expect(group(dialog, 'Scale')).toBeInTheDocument();
    expect(group(dialog, 'Background')).toBeInTheDocument();
    expect(group(dialog, 'Scope')).toBeInTheDocument();
    expect(
      within(dialog).getByRole('checkbox', { name: 'Include legend and caption' }),
    ).toBeChecked();
  });

  it('offers what-to-include for CSV instead of the image options', async () => {
    const { user, dialog } = setup();
    await user.click(within(dialog).getByRole('radio', { name: 'CSV (relationships)' }));
    expect(
      within(group(dialog, 'Include')).getByRole('radio', { name: 'What is shown' }),
    ).toBeChecked();
    expect(within(dialog).queryByRole('group', { name: 'Scale' })).not.toBeInTheDocument();
  });
});

describe('ExportDialog: SVG download', () => {
  it('passes the chosen options and the caption to exportSvg, not exportPng', async () => {
    const { user, dialog, exportPng, exportSvg } = setup();
    await user.click(within(dialog).getByRole('radio', { name: 'SVG image' }));
    await user.click(within(dialog).getByRole('radio', { name: '4×' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Transparent' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Current view' }));
    await user.click(downloadButton(dialog));
    await finished(dialog);
    expect(exportPng).not.toHaveBeenCalled();
    expect(exportSvg).toHaveBeenCalledWith(
      { scale: 4, background: 'transparent', scope: 'view', includeLegend: true },
      expect.objectContaining({
        title: useAppStore.getState().dataset.title,
        lines: expect.arrayContaining(['Filters: none']) as unknown,
      }),
    );
  });

  it('saves the SVG as <dataset-id>-<yyyymmdd>.svg and reports its size', async () => {
    const { user, dialog } = setup();
    await user.click(within(dialog).getByRole('radio', { name: 'SVG image' }));
    await user.click(downloadButton(dialog));
    expect(await finished(dialog)).toHaveTextContent('Saved a 800 × 600 px SVG.');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toMatch(/^centcom-kh-2024-\d{8}\.svg$/);
    expect(downloads[0]!.blob.type).toBe('image/svg+xml');
  });

  it('shows an alert and saves nothing when the SVG export fails', async () => {
    const exportSvg = vi
      .fn<GraphHandle['exportSvg']>()
      .mockRejectedValue(new Error('Nothing is shown: there is nothing to export.'));
    const { user, dialog } = setup(undefined, exportSvg);
    await user.click(within(dialog).getByRole('radio', { name: 'SVG image' }));
    await user.click(downloadButton(dialog));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Export failed: Nothing is shown: there is nothing to export.',
    );
    expect(downloads).toHaveLength(0);
  });
});

describe('ExportDialog: CSV download', () => {
  const savedCsvLines = async () => {
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toMatch(/^centcom-kh-2024-\d{8}\.csv$/);
    return (await readText(downloads[0]!.blob)).split('\r\n').filter(Boolean);
  };

  it('saves the shown relationships, one row each under a source,target,type header', async () => {
    useAppStore.getState().setRelationTypeShown('attacked', false);
    const { user, dialog, exportPng } = setup();
    await user.click(within(dialog).getByRole('radio', { name: 'CSV (relationships)' }));
    await user.click(downloadButton(dialog));
    expect(await finished(dialog)).toHaveTextContent('Saved the CSV file: 7 relationships.');
    const lines = await savedCsvLines();
    expect(lines[0]).toBe('source,target,type,date,summary');
    expect(lines).toHaveLength(1 + 7);
    expect(lines.slice(1).some((l) => l.includes(',attacked,'))).toBe(false);
    expect(exportPng).not.toHaveBeenCalled();
  });

  it('saves every relationship when "Everything" is chosen', async () => {
    useAppStore.getState().setRelationTypeShown('attacked', false);
    const { user, dialog } = setup();
    await user.click(within(dialog).getByRole('radio', { name: 'CSV (relationships)' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Everything' }));
    await user.click(downloadButton(dialog));
    await finished(dialog);
    expect(await savedCsvLines()).toHaveLength(1 + 13);
  });

  it('leaves out relationships whose actor a kind filter hides', async () => {
    useAppStore.getState().setActorKindShown('person', false);
    const { user, dialog } = setup();
    await user.click(within(dialog).getByRole('radio', { name: 'CSV (relationships)' }));
    await user.click(downloadButton(dialog));
    await finished(dialog);
    const lines = await savedCsvLines();
    expect(lines.length).toBeLessThan(1 + 13);
    expect(lines.join('\n')).not.toMatch(/Soleimani|Muhandis/);
  });
});

describe('ExportDialog: GEXF and GraphML download', () => {
  it.each([
    ['GEXF (Gephi)', 'gexf', 'Saved the GEXF file.', /^<gexf /m, /<edge [^>]*label="/g],
    [
      'GraphML (Gephi, yEd, Cytoscape)',
      'graphml',
      'Saved the GraphML file.',
      /^<graphml /m,
      /<edge /g,
    ],
  ])('%s saves what is shown, or everything', async (label, ext, said, root, edge) => {
    useAppStore.getState().setRelationTypeShown('attacked', false);
    const { user, dialog, exportPng } = setup();
    await user.click(within(dialog).getByRole('radio', { name: label }));
    expect(group(dialog, 'Include')).toBeInTheDocument();
    await user.click(downloadButton(dialog));
    expect(await finished(dialog)).toHaveTextContent(said);
    expect(downloads[0]!.fileName).toMatch(new RegExp(`^centcom-kh-2024-\\d{8}\\.${ext}$`));
    const shown = await readText(downloads[0]!.blob);
    expect(shown).toMatch(root);
    expect(shown.match(edge)).toHaveLength(7);
    expect(exportPng).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('radio', { name: 'Everything' }));
    await user.click(downloadButton(dialog));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect((await readText(downloads[1]!.blob)).match(edge)).toHaveLength(13);
  });
});

describe('ExportDialog: closing', () => {
  it('Escape closes the dialog', async () => {
    const { user, onClose } = setup();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('Escape closes the dialog even when focus has left it', async () => {
    const { user, onClose } = setup();
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.body).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('the "Close" button closes the dialog', async () => {
    const { user, dialog, onClose } = setup();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
