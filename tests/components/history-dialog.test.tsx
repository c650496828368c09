// "History": the steps newest first, undone ones marked; choosing one goes back or forward to just
// after it, "Start of history" to before them all.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { addRecords } from '../../src/model/document';
import { useAppStore } from '../../src/store/app-store';
import { HistoryDialog } from '../../src/ui/edit/history-dialog';

describe('History dialog', () => {
  it('lists the steps newest first and goes back and forward to any of them', async () => {
    const mine = { ...centcomKh2024, id: 'mine', title: 'Mine' };
    const store = useAppStore.getState();
    store.addDataset(mine);
    store.selectDataset('mine');
    for (const name of ['One', 'Two', 'Three']) {
      const id = name.toLowerCase();
      useAppStore
        .getState()
        .commit('mine', addRecords([{ id, name, kind: 'person' }]), 'edit', `add ${name}`);
    }
    render(<HistoryDialog onClose={() => {}} />);
    const list = screen.getByRole('list', { name: 'Steps, newest first' });
    const names = () =>
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent);
    expect(names()).toEqual(['add Three', 'add Two', 'add One', 'Start of history']);
    expect(within(list).getByRole('button', { name: 'add Three' })).toHaveAttribute(
      'aria-current',
      'step',
    );

    await userEvent.click(within(list).getByRole('button', { name: 'add One' }));
    let ids = useAppStore.getState().dataset.actors.map((a) => a.id);
    expect(ids).toContain('one');
    expect(ids).not.toContain('two');
    expect(within(list).getByRole('button', { name: 'add One' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    // The undone steps stay listed, above, and can be gone forward to.
    expect(names()).toEqual(['add Three', 'add Two', 'add One', 'Start of history']);
    expect(within(list).getByRole('button', { name: 'add Three' }).closest('li')).toHaveTextContent(
      'undone',
    );

    await userEvent.click(within(list).getByRole('button', { name: 'Start of history' }));
    expect(useAppStore.getState().dataset).toEqual(mine);

    await userEvent.click(within(list).getByRole('button', { name: 'add Three' }));
    ids = useAppStore.getState().dataset.actors.map((a) => a.id);
    expect(ids.slice(-3)).toEqual(['one', 'two', 'three']);
  });
});
