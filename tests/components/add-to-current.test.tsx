// "Add to current dataset" from the Review of a draft (docs/design.md §13, §14): the reviewed draft goes
// through the merge preview into the open dataset, its actors matched to the existing ones.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { useAppStore } from '../../src/store/app-store';
import { NewFromReportButton } from '../../src/ui/draft/new-from-report-button';

const REPORT = [
  'The Coastal Command (CC) struck positions of the Iron Hand near Port Selim on Tuesday.',
  '',
  'The Fenwick Council condemned the strikes, calling them "a reckless escalation."',
].join('\n');

const open: Dataset = {
  format: 'actor-graph',
  version: 1,
  id: 'selim',
  title: 'Port Selim so far',
  sources: [{ id: 'earlier', title: 'Earlier report' }],
  actors: [
    { id: 'cc', name: 'Coastal Command', shortName: 'CC', kind: 'military' },
    { id: 'ih', name: 'Iron Hand', kind: 'militia' },
  ],
  relations: [
    {
      id: 'strike',
      source: 'cc',
      target: 'ih',
      type: 'attacked',
      date: '2025-03',
      evidence: [{ source: 'earlier', paragraph: 2 }],
    },
  ],
};

describe('Add to current dataset', () => {
  it('merges the reviewed draft into the open dataset through the preview, as one undo step', async () => {
    useAppStore.getState().addDataset(open);
    useAppStore.getState().selectDataset('selim');
    const user = userEvent.setup();
    render(<NewFromReportButton />);
    await user.click(screen.getByRole('button', { name: 'New from report' }));
    const dialog = await screen.findByRole('dialog', { name: 'New from report' });
    await user.type(within(dialog).getByLabelText('Title'), 'Port Selim strikes');
    fireEvent.change(within(dialog).getByLabelText('Report text'), { target: { value: REPORT } });
    fireEvent.change(within(dialog).getByLabelText('Published'), {
      target: { value: '2025-03-07' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Find actors and relations' }));
    const review = await screen.findByRole('dialog', { name: 'Review' }, { timeout: 10_000 });
    await user.click(within(review).getByRole('button', { name: 'Accept all' }));
    await user.click(within(review).getByRole('button', { name: 'Add to current dataset' }));

    const adding = await screen.findByRole('dialog', { name: 'Add to current dataset' });
    const merged = await within(adding).findByRole('list', { name: 'Merged' });
    expect(
      within(merged)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Coastal Command (same name)']);
    expect(within(adding).getByRole('list', { name: 'New' })).toHaveTextContent('Fenwick Council');
    // The drafter guessed another kind for the militia: the same name is asked about, not merged.
    const question = within(adding).getByRole('group', { name: 'Is “Iron Hand” already here?' });
    await user.click(
      within(question).getByRole('radio', {
        name: 'Same as Iron Hand (same name, but a person and a militia)',
      }),
    );
    await user.click(within(adding).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const { dataset, histories } = useAppStore.getState();
    expect(dataset.id).toBe('selim');
    expect(dataset.sources.map((s) => s.title)).toEqual(['Earlier report', 'Port Selim strikes']);
    expect(dataset.sources[1]!.text).toBe(REPORT);
    expect(dataset.actors.map((a) => a.name)).toEqual([
      'Coastal Command',
      'Iron Hand',
      'Fenwick Council',
    ]);
    const strike = dataset.relations.find((r) => r.id === 'strike')!;
    expect(strike.date).toBe('2025-03-04');
    expect(strike.evidence.map((e) => e.source)).toEqual(['earlier', 'report']);
    expect(histories.selim!.past.map((e) => e.label)).toEqual(['merge “Port Selim strikes”']);
    useAppStore.getState().undo();
    expect(useAppStore.getState().dataset).toEqual(open);
  }, 20_000);
});
