// In-place editing in the tables: the selected actor's name (Rename or F2; Enter saves, Escape
// cancels) and kind, the selected relationship's type; each one undoable step, a refused one says
// why and changes nothing.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { useAppStore } from '../../src/store/app-store';
import { TableView } from '../../src/ui/table/table-view';

function openMine() {
  const mine = { ...centcomKh2024, id: 'mine', title: 'Mine' };
  useAppStore.getState().addDataset(mine);
  useAppStore.getState().selectDataset('mine');
  return mine;
}
const actorsTable = () => screen.getByRole('table', { name: 'Actors' });
const actor = (id: string) => useAppStore.getState().dataset.actors.find((a) => a.id === id)!;

describe('editing in the tables', () => {
  it('renames the selected actor in place: Enter saves one undoable step', async () => {
    const mine = openMine();
    useAppStore.getState().select({ kind: 'actor', id: 'kh' });
    render(<TableView />);
    await userEvent.click(
      within(actorsTable()).getByRole('button', { name: 'Rename Kataib Hezbollah' }),
    );
    const field = within(actorsTable()).getByRole('textbox', { name: 'Name of Kataib Hezbollah' });
    expect(field).toHaveFocus();
    await userEvent.clear(field);
    await userEvent.type(field, 'Kata’ib Hizballah{Enter}');
    expect(actor('kh').name).toBe('Kata’ib Hizballah');
    expect(
      within(actorsTable()).getByRole('button', { name: 'Kata’ib Hizballah' }),
    ).toBeInTheDocument();
    expect(useAppStore.getState().histories.mine!.past.at(-1)!.label).toBe(
      'rename Kataib Hezbollah to Kata’ib Hizballah',
    );
    useAppStore.getState().undo();
    expect(useAppStore.getState().dataset).toEqual(mine);
  });

  it('refuses an empty name, saying why, and Escape leaves the name as it was', async () => {
    const mine = openMine();
    useAppStore.getState().select({ kind: 'actor', id: 'kh' });
    render(<TableView />);
    within(actorsTable()).getByRole('button', { name: 'Kataib Hezbollah' }).focus();
    await userEvent.keyboard('{F2}');
    const field = within(actorsTable()).getByRole('textbox', { name: 'Name of Kataib Hezbollah' });
    await userEvent.clear(field);
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Not changed: Name: an actor needs a name');
    expect(useAppStore.getState().dataset).toBe(useAppStore.getState().datasets.at(-1));
    expect(actor('kh').name).toBe('Kataib Hezbollah');
    await userEvent.keyboard('{Escape}');
    expect(within(actorsTable()).queryByRole('textbox')).not.toBeInTheDocument();
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'kh' });
    expect(useAppStore.getState().dataset).toEqual(mine);
    expect(useAppStore.getState().histories.mine).toBeUndefined();
  });

  it('sets the selected actor’s kind and the selected relationship’s type from their lists', async () => {
    const mine = openMine();
    useAppStore.getState().select({ kind: 'actor', id: 'kh' });
    const { rerender } = render(<TableView />);
    await userEvent.selectOptions(
      within(actorsTable()).getByRole('combobox', { name: 'Kind of Kataib Hezbollah' }),
      'organization',
    );
    expect(actor('kh').kind).toBe('organization');
    const relation = mine.relations.find((r) => r.type === 'attacked')!;
    useAppStore.getState().select({ kind: 'relation', id: relation.id });
    rerender(<TableView />);
    const type = screen.getByRole('combobox', { name: /^Type of / });
    expect(type).toHaveValue('attacked');
    await userEvent.selectOptions(type, 'condemned');
    const after = useAppStore.getState().dataset.relations.find((r) => r.id === relation.id)!;
    expect(after.type).toBe('condemned');
    expect(useAppStore.getState().histories.mine!.past.map((s) => s.label)[0]).toBe(
      'set kind of Kataib Hezbollah to organization',
    );
    useAppStore.getState().undo();
    useAppStore.getState().undo();
    expect(useAppStore.getState().dataset).toEqual(mine);
  });
});
