// "Merge datasets…" (docs/design.md §14): the preview lists what merges, what is new and what needs a
// decision; "Merge" is one undo step; merging a dataset with itself or an empty one is refused.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { useAppStore } from '../../src/store/app-store';
import { MergeDialog } from '../../src/ui/merge/merge-dialog';

const base = (id: string, title: string): Omit<Dataset, 'actors' | 'relations'> => ({
  format: 'actor-graph',
  version: 1,
  id,
  title,
  sources: [{ id: 'report', title: `${title} report` }],
});

const wire: Dataset = {
  ...base('wire', 'Wire'),
  actors: [
    { id: 'us', name: 'United States', kind: 'state' },
    { id: 'kh', name: 'Kataib Hezbollah', shortName: 'KH', kind: 'militia' },
    { id: 'qs', name: 'Qassem Soleimani', kind: 'person' },
  ],
  relations: [
    {
      id: 'r1',
      source: 'us',
      target: 'kh',
      type: 'attacked',
      evidence: [{ source: 'report', paragraph: 1 }],
    },
  ],
};

const paper: Dataset = {
  ...base('paper', 'Paper'),
  actors: [
    { id: 'usa', name: 'United States', kind: 'state' },
    { id: 'kh', name: "Kata'ib Hizballah", kind: 'militia' },
    { id: 'sol', name: 'Soleimani', kind: 'person' },
    { id: 'iq', name: 'Iraq', kind: 'state' },
  ],
  relations: [
    {
      id: 'p1',
      source: 'usa',
      target: 'kh',
      type: 'attacked',
      evidence: [{ source: 'report', paragraph: 3 }],
    },
    {
      id: 'p2',
      source: 'iq',
      target: 'usa',
      type: 'condemned',
      evidence: [{ source: 'report', paragraph: 4 }],
    },
  ],
};

const openWith = (...datasets: Dataset[]) => {
  const store = useAppStore.getState();
  for (const d of datasets) store.addDataset(d);
  store.selectDataset(datasets[0]!.id);
};

// jsdom has no Worker: the merge runs on the main thread, its module loaded on first use. Loaded
// once here, a busy test run does not race the import.
beforeAll(async () => {
  await import('../../src/ui/merge/merge-request');
});

describe('MergeDialog', () => {
  it('previews what merges, what is new and what needs a decision', async () => {
    openWith(wire, paper);
    render(<MergeDialog onClose={() => {}} />);
    expect(screen.getByRole('combobox', { name: 'Dataset to merge' })).toHaveValue('paper');
    const merged = await screen.findByRole('list', { name: 'Merged' });
    expect(
      within(merged)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['United States (same name)', "Kata'ib Hizballah → Kataib Hezbollah (same name)"]);
    expect(within(screen.getByRole('list', { name: 'New' })).getByText('Iraq')).toBeInTheDocument();
    const question = screen.getByRole('group', { name: 'Is “Soleimani” already here?' });
    expect(
      within(question).getByRole('radio', {
        name: /Same as Qassem Soleimani \(a shared surname only\)/,
      }),
    ).not.toBeChecked();
  });

  it('merges only once every question is answered, as one undo step', async () => {
    const user = userEvent.setup();
    openWith(wire, paper);
    let closed = false;
    render(<MergeDialog onClose={() => (closed = true)} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dataset to merge' }), 'paper');
    await screen.findByRole('list', { name: 'Merged' });
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Soleimani/);
    expect(useAppStore.getState().dataset).toBe(
      useAppStore.getState().datasets.find((d) => d.id === 'wire'),
    );
    expect(useAppStore.getState().dataset.actors).toHaveLength(3);

    await user.click(screen.getByRole('radio', { name: /Same as Qassem Soleimani/ }));
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    await vi.waitFor(() => expect(closed).toBe(true));
    const after = useAppStore.getState();
    expect(after.dataset.actors.map((a) => a.name)).toEqual([
      'United States',
      'Kataib Hezbollah',
      'Qassem Soleimani',
      'Iraq',
    ]);
    expect(after.dataset.relations.find((r) => r.id === 'r1')!.evidence).toHaveLength(2);
    expect(after.histories.wire!.past.map((e) => e.label)).toEqual(['merge “Paper”']);
    after.undo();
    expect(useAppStore.getState().dataset).toEqual(wire);
    expect(useAppStore.getState().datasets.find((d) => d.id === 'paper')).toBe(paper);
  });

  it('refuses an empty dataset with a message and no Merge', async () => {
    const empty: Dataset = { ...base('empty', 'Empty'), actors: [], relations: [] };
    openWith(wire, empty);
    const user = userEvent.setup();
    render(<MergeDialog onClose={() => {}} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dataset to merge' }), 'empty');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Empty” has no actors or relations to merge.',
    );
    expect(screen.getByRole('button', { name: 'Merge' })).toBeDisabled();
  });

  it('refuses to add the open dataset to itself', async () => {
    openWith(wire);
    render(<MergeDialog incoming={wire} onClose={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /merging it with itself changes nothing/,
    );
    expect(screen.getByRole('button', { name: 'Merge' })).toBeDisabled();
  });
});
