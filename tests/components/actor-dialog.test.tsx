// Editing an actor from its details: the "Actor" dialog saves one checked edit, refuses an invalid
// one with the field named, and the built-in dataset's first edit goes into a copy.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { useAppStore } from '../../src/store/app-store';
import { DetailsPanel } from '../../src/ui/details/details-panel';
import { Notices } from '../../src/ui/common/notices';
import { HistoryButtons } from '../../src/ui/toolbar/history-buttons';
import { ActorDialog } from '../../src/ui/edit/actor-dialog';
import { DeleteDialog } from '../../src/ui/edit/delete-dialog';

const details = () => screen.getByRole('complementary', { name: 'Details' });

async function openEditor() {
  useAppStore.getState().select({ kind: 'actor', id: 'kh' });
  render(
    <>
      <DetailsPanel />
      <Notices />
    </>,
  );
  await userEvent.click(within(details()).getByRole('button', { name: 'Edit' }));
  return screen.findByRole('dialog', { name: 'Actor' });
}

describe('Actor dialog', () => {
  it('shows the actor as it is and saves a rename into a copy of the built-in dataset', async () => {
    const dialog = await openEditor();
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('Kataib Hezbollah');
    expect(within(dialog).getByRole('textbox', { name: 'Short name' })).toHaveValue('KH');
    expect(within(dialog).getByRole('combobox', { name: 'Kind' })).toHaveValue('militia');
    await userEvent.clear(name);
    await userEvent.type(name, 'Kata’ib Hizballah');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(screen.queryByRole('dialog', { name: 'Actor' })).not.toBeInTheDocument();
    const state = useAppStore.getState();
    expect(state.dataset.id).toBe(`${centcomKh2024.id}-edited`);
    expect(state.dataset.title).toBe(`${centcomKh2024.title} (edited)`);
    expect(state.dataset.actors.find((a) => a.id === 'kh')!.name).toBe('Kata’ib Hizballah');
    // The built-in one is as the code has it.
    expect(state.datasets.find((d) => d.id === centcomKh2024.id)).toBe(centcomKh2024);
    expect(screen.getByText(/is built in and stays as it is/)).toBeInTheDocument();
    expect(
      within(details()).getByRole('heading', { name: 'Kata’ib Hizballah' }),
    ).toBeInTheDocument();
  });

  it('refuses an empty name with the field named, and changes nothing', async () => {
    const dialog = await openEditor();
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Name: an actor needs a name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(useAppStore.getState().dataset).toBe(centcomKh2024);
    expect(useAppStore.getState().datasets).toHaveLength(1);
  });

  it('closes on Cancel without a change', async () => {
    const dialog = await openEditor();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), ' (x)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Actor' })).not.toBeInTheDocument();
    expect(useAppStore.getState().dataset).toBe(centcomKh2024);
  });
});

describe('Undo and Redo buttons', () => {
  it('say what they will undo and redo, and do it', async () => {
    render(<HistoryButtons />);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    const dialog = await openEditor();
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'KH');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await userEvent.click(screen.getByRole('button', { name: 'Undo edit Kataib Hezbollah' }));
    const kh = () => useAppStore.getState().dataset.actors.find((a) => a.id === 'kh')!;
    expect(kh().name).toBe('Kataib Hezbollah');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Redo edit Kataib Hezbollah' }));
    expect(kh().name).toBe('KH');
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();
  });
});

describe('Adding and deleting', () => {
  it('adds an actor from empty fields, selects it, and the step is named', async () => {
    const mine = { ...centcomKh2024, id: 'mine', title: 'Mine' };
    useAppStore.getState().addDataset(mine);
    useAppStore.getState().selectDataset('mine');
    render(<ActorDialog onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Actor' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Name' }),
      'Harakat al-Nujaba',
    );
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Kind' }),
      'militia',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const state = useAppStore.getState();
    const added = state.dataset.actors.at(-1)!;
    expect(added).toMatchObject({
      id: 'harakat-al-nujaba',
      name: 'Harakat al-Nujaba',
      kind: 'militia',
    });
    expect(state.selection).toEqual({ kind: 'actor', id: 'harakat-al-nujaba' });
    expect(state.histories.mine!.past.at(-1)!.label).toBe('add Harakat al-Nujaba');
  });

  it('asks before deleting an actor, naming its relationships, and deletes it on "Delete"', async () => {
    const mine = { ...centcomKh2024, id: 'mine', title: 'Mine' };
    useAppStore.getState().addDataset(mine);
    useAppStore.getState().selectDataset('mine');
    const touching = mine.relations.filter((r) => r.source === 'kh' || r.target === 'kh').length;
    const onClose = vi.fn();
    render(<DeleteDialog targets={[{ kind: 'actor', id: 'kh' }]} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Delete actor' });
    expect(dialog).toHaveTextContent(
      `Delete “Kataib Hezbollah” and the ${touching} relationships it takes part in?`,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const state = useAppStore.getState();
    expect(state.dataset.actors.some((a) => a.id === 'kh')).toBe(false);
    expect(state.dataset.relations).toHaveLength(mine.relations.length - touching);
    expect(state.histories.mine!.past.at(-1)!.label).toBe('delete Kataib Hezbollah');
    expect(onClose).toHaveBeenCalled();
    useAppStore.getState().undo();
    expect(useAppStore.getState().dataset).toEqual(mine);
  });

  it('changes nothing when deleting is cancelled', async () => {
    render(
      <DeleteDialog
        targets={[{ kind: 'relation', id: centcomKh2024.relations[0]!.id }]}
        onClose={() => {}}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(useAppStore.getState().dataset).toBe(centcomKh2024);
  });
});

describe('Actor dialog: a new kind', () => {
  it('declares the kind it names, with its colour, for the actor it saves', async () => {
    const mine = { ...centcomKh2024, id: 'mine', title: 'Mine' };
    useAppStore.getState().addDataset(mine);
    useAppStore.getState().selectDataset('mine');
    render(<ActorDialog onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Actor' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Ministry of Oil');
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Kind' }),
      'New kind…',
    );
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'New kind' }), 'ministry');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const { dataset } = useAppStore.getState();
    expect(dataset.actorKinds).toEqual([{ id: 'ministry', label: 'ministry', color: '#8c6d31' }]);
    expect(dataset.actors.at(-1)).toMatchObject({ name: 'Ministry of Oil', kind: 'ministry' });
  });
});
