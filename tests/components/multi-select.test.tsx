// Several elements selected: the details say what they are, "Set kind" gives the actors one kind in
// one step, and "Delete" asks first, naming what goes, then deletes all in one step.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { selectedElements, useAppStore } from '../../src/store/app-store';
import { DetailsPanel } from '../../src/ui/details/details-panel';
import { DeleteDialog } from '../../src/ui/edit/delete-dialog';

const details = () => screen.getByRole('complementary', { name: 'Details' });

function openMine() {
  const mine = { ...centcomKh2024, id: 'mine', title: 'Mine' };
  useAppStore.getState().addDataset(mine);
  useAppStore.getState().selectDataset('mine');
  return mine;
}

describe('selecting several elements', () => {
  it('adds with Shift-click and takes out again; one left is a plain selection', () => {
    const s = useAppStore.getState();
    s.select({ kind: 'actor', id: 'kh' });
    s.toggleSelected({ kind: 'actor', id: 'iran' });
    expect(useAppStore.getState().selection).toBeNull();
    expect(useAppStore.getState().multiSelection).toEqual([
      { kind: 'actor', id: 'kh' },
      { kind: 'actor', id: 'iran' },
    ]);
    s.toggleSelected({ kind: 'actor', id: 'kh' });
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'iran' });
    expect(useAppStore.getState().multiSelection).toEqual([]);
    s.addToSelection([
      { kind: 'actor', id: 'iran' },
      { kind: 'relation', id: centcomKh2024.relations[0]!.id },
    ]);
    expect(selectedElements(useAppStore.getState())).toHaveLength(2);
  });

  it('lists the selection and sets one kind on its actors as one undoable step', async () => {
    const mine = openMine();
    useAppStore.getState().addToSelection([
      { kind: 'actor', id: 'kh' },
      { kind: 'actor', id: 'iran' },
      { kind: 'relation', id: mine.relations[0]!.id },
    ]);
    render(<DetailsPanel />);
    const panel = within(details());
    // The details of several elements load when first shown.
    await panel.findByRole('combobox', { name: 'Kind' });
    expect(panel.getByRole('heading', { name: '3 selected' })).toBeInTheDocument();
    expect(panel.getByText('Kataib Hezbollah')).toBeInTheDocument();
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Kind' }), 'organization');
    await userEvent.click(panel.getByRole('button', { name: 'Set kind' }));
    const { dataset, histories } = useAppStore.getState();
    expect(dataset.actors.find((a) => a.id === 'kh')!.kind).toBe('organization');
    expect(dataset.actors.find((a) => a.id === 'iran')!.kind).toBe('organization');
    expect(histories.mine!.past.at(-1)!.label).toBe('set kind of 2 actors to organization');
    useAppStore.getState().undo();
    expect(useAppStore.getState().dataset).toEqual(mine);
  });

  it('deletes a selection in one step after naming what goes with it', async () => {
    const mine = openMine();
    const targets = [
      { kind: 'actor', id: 'kh' },
      { kind: 'actor', id: 'iran' },
    ] as const;
    const touching = mine.relations.filter((r) =>
      ['kh', 'iran'].some((id) => r.source === id || r.target === id),
    ).length;
    useAppStore.getState().addToSelection(targets);
    render(<DeleteDialog targets={targets} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Delete selection' });
    expect(dialog).toHaveTextContent(
      `Delete 2 actors and the ${touching} relationships they take part in?`,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const state = useAppStore.getState();
    expect(state.dataset.actors).toHaveLength(mine.actors.length - 2);
    expect(state.dataset.relations).toHaveLength(mine.relations.length - touching);
    expect(state.multiSelection).toEqual([]);
    expect(state.histories.mine!.past.at(-1)!.label).toBe('delete 2 elements');
    state.undo();
    expect(useAppStore.getState().dataset).toEqual(mine);
  });
});
