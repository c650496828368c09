// "New from report" (docs/design.md §13): the dialog's fields, drafting (on the main thread here: jsdom has no
// Worker), the "Review" step's decisions, "Create dataset", and clear messages for bad input.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/app-store';
import { NewFromReportButton } from '../../src/ui/draft/new-from-report-button';

const REPORT = [
  'The Coastal Command (CC) struck positions of the Iron Hand near Port Selim on Tuesday.',
  '',
  'The Fenwick Council condemned the strikes, calling them "a reckless escalation."',
  '',
  'The Iron Hand, an Ostria-backed militia, denied shelling Port Selim.',
].join('\n');

async function openDialog() {
  const user = userEvent.setup();
  render(<NewFromReportButton />);
  await user.click(screen.getByRole('button', { name: 'New from report' }));
  const dialog = await screen.findByRole('dialog', { name: 'New from report' });
  return { user, dialog };
}

async function draftReport(text = REPORT) {
  const { user, dialog } = await openDialog();
  await user.type(within(dialog).getByLabelText('Title'), 'Port Selim strikes');
  // Pasted, not typed: fireEvent sets the whole text at once.
  fireEvent.change(within(dialog).getByLabelText('Report text'), { target: { value: text } });
  fireEvent.change(within(dialog).getByLabelText('Published'), {
    target: { value: '2025-03-07' },
  });
  await user.click(within(dialog).getByRole('button', { name: 'Find actors and relations' }));
  return { user };
}

const candidates = () =>
  within(screen.getByRole('list', { name: 'Candidate relations' })).getAllByRole('listitem');

describe('New from report', () => {
  it('opens a dialog with the fields docs/design.md §13 names', async () => {
    const { dialog } = await openDialog();
    for (const label of ['Title', 'Report text', 'Open file', 'Publisher', 'Published', 'URL'])
      expect(within(dialog).getByLabelText(label)).toBeInTheDocument();
  });

  it('drafts the report and shows "Review" with actors and one item per candidate relation', async () => {
    await draftReport();
    const review = await screen.findByRole('dialog', { name: 'Review' }, { timeout: 10_000 });
    const actors = within(review).getByRole('list', { name: 'Actors found' });
    expect(within(actors).getByLabelText('Name of Coastal Command')).toHaveValue('Coastal Command');
    const items = candidates();
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual([
      'Coastal Command attacked Iron Hand',
      'Fenwick Council condemned Coastal Command',
      'Ostria allied Iron Hand',
    ]);
    // The sentence is shown with the cue marked.
    expect(within(items[0]!).getByText('struck', { selector: 'mark' })).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('a reckless escalation');
  });

  it('creates a dataset of the accepted relations whose source keeps the report text', async () => {
    const { user } = await draftReport();
    const review = await screen.findByRole('dialog', { name: 'Review' }, { timeout: 10_000 });
    await user.click(within(review).getByRole('button', { name: 'Accept all' }));
    await user.click(within(candidates()[2]!).getByRole('button', { name: 'Reject' }));
    await user.click(within(review).getByRole('button', { name: 'Create dataset' }));
    const { dataset } = useAppStore.getState();
    expect(dataset.title).toBe('Port Selim strikes');
    expect(dataset.sources).toEqual([
      { id: 'report', title: 'Port Selim strikes', published: '2025-03-07', text: REPORT },
    ]);
    expect(dataset.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual([
      'coastal-command attacked iron-hand',
      'fenwick-council condemned coastal-command',
    ]);
    expect(dataset.relations[0]!.evidence[0]).toMatchObject({
      source: 'report',
      paragraph: 1,
      excerpt:
        'The Coastal Command (CC) struck positions of the Iron Hand near Port Selim on Tuesday.',
    });
    expect(dataset.relations[0]!.date).toBe('2025-03-04');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("changes a candidate's type, swaps its direction, renames and drops actors before creating", async () => {
    const { user } = await draftReport();
    const review = await screen.findByRole('dialog', { name: 'Review' }, { timeout: 10_000 });
    const first = candidates()[0]!;
    await user.selectOptions(within(first).getByRole('combobox', { name: 'Type' }), 'condemned');
    await user.click(within(first).getByRole('button', { name: 'Swap direction' }));
    await user.click(within(first).getByRole('button', { name: 'Accept' }));
    const name = within(review).getByLabelText('Name of Iron Hand');
    await user.clear(name);
    await user.type(name, 'Iron Hand Brigades');
    await user.click(within(review).getByRole('button', { name: 'Drop Ostria' }));
    await user.click(within(review).getByRole('button', { name: 'Create dataset' }));
    const { dataset } = useAppStore.getState();
    expect(dataset.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual([
      'iron-hand-brigades condemned coastal-command',
    ]);
    expect(dataset.actors.map((a) => a.name)).toEqual(['Coastal Command', 'Iron Hand Brigades']);
  });

  it('says what is wrong with an empty report, and creates nothing when nothing is accepted', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Find actors and relations' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The report is empty');
  });

  it('says so when the text names no relation', async () => {
    await draftReport('The weather was calm all week and the markets were open.');
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'No actors or relations were found',
    );
  });

  it('refuses a binary file and reads an HTML file as text, leaving its scripts out', async () => {
    const { user, dialog } = await openDialog();
    const open = within(dialog).getByLabelText('Open file');
    await user.upload(
      open,
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])], 'photo.txt'),
    );
    // The file is read asynchronously: wait for its verdict.
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '“photo.txt” is not a text file',
    );
    const html =
      '<html><head><script>alert(1)</script></head><body><p>The Red Banner shelled Port Selim.</p><script>steal()</script></body></html>';
    await user.upload(open, new File([html], 'story.html', { type: 'text/html' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Report text')).toHaveValue(
        'The Red Banner shelled Port Selim.',
      ),
    );
    expect(within(dialog).getByText(/contains scripts: they were left out/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Title')).toHaveValue('story');
  });

  it('refuses a file over 2 MB before reading it', async () => {
    const { user, dialog } = await openDialog();
    const big = new File([new Uint8Array(2 * 1024 * 1024 + 1).fill(97)], 'huge.txt');
    await user.upload(within(dialog).getByLabelText('Open file'), big);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('a report may be at most 2 MB');
  });
});
