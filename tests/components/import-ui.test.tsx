// The import UI (docs/design.md §8): the "Import" button's file chooser and drag and drop; refused files list
// every located problem in an alert and change nothing; big files are refused before reading.
// jsdom has no Worker, so these run the import on the main thread: the fallback path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/store/app-store';
import { DatasetSwitcher } from '../../src/ui/datasets/dataset-switcher';
import { ImportDropZone } from '../../src/ui/import/drop-zone';
import { ImportButton } from '../../src/ui/import/import-button';
import { useImportStatus } from '../../src/ui/import/import-files';
import { TableView } from '../../src/ui/table/table-view';

const FIXTURES = join(import.meta.dirname, '..', 'unit', 'fixtures');
const EXAMPLES = join(import.meta.dirname, '..', '..', 'public', 'examples');

const fileOf = (path: string, name = path.split('/').pop()!) =>
  new File([readFileSync(path)], name, { type: 'application/octet-stream' });

// The import code loads lazily, as in the app; load it once up front so that transforming the
// codecs on a cold start is not counted against the first test's wait for its status.
beforeAll(async () => {
  await import('../../src/ui/import/import-job');
});

beforeEach(() => {
  useImportStatus.setState(useImportStatus.getInitialState(), true);
});

function setup() {
  const user = userEvent.setup();
  render(
    <ImportDropZone>
      <DatasetSwitcher />
      <ImportButton />
      <TableView />
    </ImportDropZone>,
  );
  const upload = (file: File) => user.upload(screen.getByLabelText('Import file'), file);
  return { user, upload };
}

/** Relations `0..n-1`, each pointing at a missing actor `ghost-i`. */
function datasetWithDanglingTargets(n: number): string {
  return JSON.stringify({
    format: 'actor-graph',
    version: 1,
    id: 'many-problems',
    title: 'Many problems',
    sources: [{ id: 's', title: 'S' }],
    actors: [{ id: 'a', name: 'A', kind: 'state' }],
    relations: Array.from({ length: n }, (_, i) => ({
      id: `r${i}`,
      source: 'a',
      target: `ghost-${i}`,
      type: 'attacked',
      evidence: [{ source: 's' }],
    })),
  });
}

describe('Import: a good file', () => {
  it('the toolbar has an "Import" button that opens a file chooser for JSON, .cyjs and CSV', () => {
    setup();
    const input = screen.getByLabelText('Import file');
    expect(screen.getByRole('button', { name: 'Import' })).toBeInTheDocument();
    expect(input).toHaveAttribute('type', 'file');
    expect(input.getAttribute('accept')).toMatch(/\.json.*\.cyjs.*\.csv/);
  });

  it('becomes a new dataset, is shown at once and announced in a status', async () => {
    const { upload } = setup();
    await upload(fileOf(join(EXAMPLES, 'kh-strikes-edges.csv')));
    expect(await screen.findByText(/Imported “.*” from kh-strikes-edges\.csv\./)).toHaveAttribute(
      'role',
      'status',
    );
    const state = useAppStore.getState();
    expect(state.datasets.map((d) => d.id)).toEqual(['centcom-kh-2024', 'kh-strikes-edges']);
    expect(state.dataset.id).toBe('kh-strikes-edges');
    expect(screen.getByRole('combobox', { name: 'Dataset' })).toHaveValue('kh-strikes-edges');
  });

  it('never replaces a dataset already loaded: a second import of the same file gets a new id', async () => {
    const { upload } = setup();
    const file = fileOf(join(EXAMPLES, 'kh-strikes.actor-graph.json'));
    await upload(file);
    await waitFor(() => expect(useAppStore.getState().datasets).toHaveLength(2));
    await upload(file);
    await waitFor(() => expect(useAppStore.getState().datasets).toHaveLength(3));
    const ids = useAppStore.getState().datasets.map((d) => d.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe('centcom-kh-2024');
  });

  it('shows names with markup as text, never as elements', async () => {
    const { upload } = setup();
    await upload(fileOf(join(FIXTURES, 'good', 'html-names.json')));
    await screen.findByText(/Imported/);
    const table = screen.getByRole('table', { name: 'Actors' });
    expect(within(table).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(within(table).getByText("<script>alert('xss')</script>")).toBeInTheDocument();
    expect(document.querySelector('img, script, svg[onload], a[href^="javascript"]')).toBeNull();
    expect(screen.getByRole('option', { name: '<b>Markup</b> in a title' })).toBeInTheDocument();
  });
});

describe('Import: a refused file', () => {
  it('lists every problem with its location in an alert', async () => {
    const { upload } = setup();
    await upload(fileOf(join(FIXTURES, 'bad', 'dangling-target.json')));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not import dangling-target.json: nothing was changed.');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(["relations[0].target: no actor 'kh2'"]);
  });

  it('changes nothing: the datasets, the one shown, its filters and its table stay as they were', async () => {
    useAppStore.getState().setRelationTypeShown('allied', false);
    const { upload } = setup();
    const before = useAppStore.getState();
    const table = screen.getByRole('table', { name: 'Relationships' }).innerHTML;
    for (const bad of [
      'duplicate-actor-ids.json',
      'malformed-trailing-comma.txt',
      'bad-rows.csv',
    ]) {
      await upload(fileOf(join(FIXTURES, 'bad', bad)));
      await screen.findByText(`Could not import ${bad}`, { exact: false });
      const after = useAppStore.getState();
      expect(after.datasets).toBe(before.datasets);
      expect(after.dataset).toBe(before.dataset);
      expect(after.filters).toBe(before.filters);
      expect(screen.getByRole('table', { name: 'Relationships' }).innerHTML).toBe(table);
    }
  });

  it('lists ten problems and counts the rest as "and N more"', async () => {
    const { upload } = setup();
    await upload(new File([datasetWithDanglingTargets(25)], 'many.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('25 problems:');
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    expect(items[0]).toHaveTextContent("relations[0].target: no actor 'ghost-0'");
    expect(alert).toHaveTextContent('and 15 more');
  });

  it('refuses a file over 20 MB with a message, without reading it', async () => {
    const read = vi.spyOn(FileReader.prototype, 'readAsArrayBuffer');
    const { upload } = setup();
    const big = new File([new Uint8Array(21 * 1024 * 1024)], 'huge.csv', { type: 'text/csv' });
    await upload(big);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not import huge.csv');
    expect(alert).toHaveTextContent('too large: 21.0 MB, the limit is 20.0 MB');
    expect(read).not.toHaveBeenCalled();
    expect(useAppStore.getState().datasets).toHaveLength(1);
  });

  it('the alert can be dismissed', async () => {
    const { user, upload } = setup();
    await upload(fileOf(join(FIXTURES, 'bad', 'empty.json')));
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('Import: progress', () => {
  it('shows "Importing… n%" in a status while a file is read', async () => {
    setup();
    act(() => useImportStatus.setState({ busy: { fileName: 'big.json', percent: 42 } }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Importing… 42%');
    expect(within(status).getByRole('progressbar', { name: 'Importing big.json' })).toHaveAttribute(
      'value',
      '42',
    );
  });
});

describe('Import: drag and drop', () => {
  const drag = (files: File[]) => ({ dataTransfer: { types: ['Files'], files, dropEffect: '' } });

  it('shows an overlay while a file is dragged over the page, and hides it when it leaves', () => {
    setup();
    const page = screen.getByRole('table', { name: 'Relationships' });
    fireEvent.dragEnter(page, drag([]));
    expect(screen.getByText('Drop a file to import it')).toBeInTheDocument();
    fireEvent.dragLeave(page, drag([]));
    expect(screen.queryByText('Drop a file to import it')).not.toBeInTheDocument();
  });

  it('ignores drags that carry no files (text, links)', () => {
    setup();
    fireEvent.dragEnter(screen.getByRole('table', { name: 'Actors' }), {
      dataTransfer: { types: ['text/plain'], files: [] },
    });
    expect(screen.queryByText('Drop a file to import it')).not.toBeInTheDocument();
  });

  it('imports a dropped file', async () => {
    setup();
    const page = screen.getByRole('table', { name: 'Actors' });
    const file = fileOf(join(EXAMPLES, 'kh-strikes.cyjs'));
    fireEvent.dragEnter(page, drag([file]));
    fireEvent.drop(page, drag([file]));
    expect(screen.queryByText('Drop a file to import it')).not.toBeInTheDocument();
    expect(await screen.findByText(/from kh-strikes\.cyjs/)).toHaveAttribute('role', 'status');
    expect(useAppStore.getState().dataset.id).toBe('kh-strikes');
  });
});

describe('Import: a question before anything is created', () => {
  const FILES = join(import.meta.dirname, '..', 'fixtures', 'files');

  it('asks "Day first or month first?" once, creating nothing, and imports with the answer', async () => {
    const { user, upload } = setup();
    const before = useAppStore.getState().datasets;
    await upload(fileOf(join(FILES, 'excel-semicolon-bom-crlf.csv')));
    const dialog = await screen.findByRole('dialog', { name: 'Day first or month first?' });
    expect(dialog).toHaveTextContent('07/10/2023: 7 October 2023 (day first) or 10 July 2023');
    expect(useAppStore.getState().datasets).toBe(before);
    await user.click(within(dialog).getByRole('button', { name: 'Day first' }));
    expect(
      await screen.findByText(/Imported “excel-semicolon-bom-crlf” from excel-semicolon/),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('dialog')).toBeNull();
    const dates = useAppStore.getState().dataset.relations.map((r) => r.date);
    expect(dates).toEqual(['2023-10-07', '2023-10-08', '2023-10-11', undefined]);
  });

  it('"Month first" reads the same file the other way', async () => {
    const { user, upload } = setup();
    await upload(fileOf(join(FILES, 'excel-semicolon-bom-crlf.csv')));
    const dialog = await screen.findByRole('dialog', { name: 'Day first or month first?' });
    await user.click(within(dialog).getByRole('button', { name: 'Month first' }));
    await screen.findByText(/Imported/);
    expect(useAppStore.getState().dataset.relations[0]?.date).toBe('2023-07-10');
  });

  it('cancelling the question changes nothing and says so', async () => {
    const { user, upload } = setup();
    const before = useAppStore.getState();
    await upload(fileOf(join(FILES, 'excel-semicolon-bom-crlf.csv')));
    const dialog = await screen.findByRole('dialog', { name: 'Day first or month first?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel import' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Import of excel-semicolon-bom-crlf.csv cancelled: nothing was changed.',
    );
    expect(useAppStore.getState().datasets).toBe(before.datasets);
    expect(useAppStore.getState().dataset).toBe(before.dataset);
  });

  it('asks which attribute is the relationship type when no edge of a GraphML file has a label', async () => {
    const { user, upload } = setup();
    const graphml = `<graphml><key id="k" for="edge" attr.name="relation" attr.type="string"/>
      <graph><node id="a"/><node id="b"/>
      <edge source="a" target="b"><data key="k">funds</data></edge></graph></graphml>`;
    await upload(new File([graphml], 'funding.graphml'));
    const dialog = await screen.findByRole('dialog', {
      name: 'Which attribute is the relationship type?',
    });
    expect(within(dialog).getByRole('button', { name: 'None' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'relation' }));
    await screen.findByText(/Imported “funding” from funding\.graphml\./);
    expect(useAppStore.getState().dataset.relations[0]?.type).toBe('funds');
  });

  it('a Windows-1252 file is imported with a notice saying how it was read', async () => {
    const { upload } = setup();
    await upload(fileOf(join(FILES, 'excel-windows-1252.csv')));
    expect(await screen.findByText(/Imported/)).toHaveTextContent(
      'Imported “excel-windows-1252” from excel-windows-1252.csv (read as Windows-1252: the bytes are not UTF-8).',
    );
  });
});
