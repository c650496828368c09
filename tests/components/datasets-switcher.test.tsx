// The dataset switcher (docs/design.md §6, §8): the built-in dataset and every imported one; imported ones
// can be renamed and, after a confirmation in a dialog, deleted; the built-in one can be neither.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { useAppStore } from '../../src/store/app-store';
import { DatasetSwitcher } from '../../src/ui/datasets/dataset-switcher';

const imported = (id: string, title: string): Dataset => ({ ...centcomKh2024, id, title });

beforeEach(() => {});

function setup(...extra: Dataset[]) {
  for (const d of extra) useAppStore.getState().addDataset(d);
  const user = userEvent.setup();
  render(<DatasetSwitcher />);
  const select = screen.getByRole('combobox', { name: 'Dataset' });
  return { user, select };
}

describe('DatasetSwitcher', () => {
  it('lists only the built-in dataset at first, with no Rename or Delete', () => {
    const { select } = setup();
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([centcomKh2024.title]);
    expect(screen.queryByRole('button', { name: /Rename/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
  });

  it('lists the built-in dataset and every imported one, in groups', () => {
    const { select } = setup(imported('one', 'First import'), imported('two', 'Second import'));
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([centcomKh2024.title, 'First import', 'Second import']);
    expect(within(select).getByRole('group', { name: 'Imported' })).toBeInTheDocument();
  });

  it('switches the dataset shown', async () => {
    const { user, select } = setup(imported('one', 'First import'));
    await user.selectOptions(select, 'one');
    expect(useAppStore.getState().dataset.id).toBe('one');
    expect(screen.getByRole('button', { name: 'Rename dataset “First import”' })).toBeVisible();
  });

  it('offers no Rename or Delete while the built-in dataset is shown', () => {
    setup(imported('one', 'First import'));
    expect(useAppStore.getState().dataset.id).toBe(centcomKh2024.id);
    expect(screen.queryByRole('button', { name: /Rename|Delete/ })).not.toBeInTheDocument();
  });
});

describe('DatasetSwitcher: rename', () => {
  it('renames the shown imported dataset through a dialog', async () => {
    const { user, select } = setup(imported('one', 'First import'));
    await user.selectOptions(select, 'one');
    await user.click(screen.getByRole('button', { name: /^Rename dataset/ }));
    const dialog = screen.getByRole('dialog', { name: 'Rename dataset' });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('First import');
    await user.clear(title);
    await user.type(title, 'Strikes, my notes');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useAppStore.getState().dataset.title).toBe('Strikes, my notes');
    expect(within(select).getByRole('option', { name: 'Strikes, my notes' })).toBeInTheDocument();
  });

  it('keeps the title when the new one is blank or the dialog is cancelled', async () => {
    const { user, select } = setup(imported('one', 'First import'));
    await user.selectOptions(select, 'one');
    await user.click(screen.getByRole('button', { name: /^Rename dataset/ }));
    const dialog = screen.getByRole('dialog', { name: 'Rename dataset' });
    await user.clear(within(dialog).getByRole('textbox', { name: 'Title' }));
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(useAppStore.getState().dataset.title).toBe('First import');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useAppStore.getState().dataset.title).toBe('First import');
  });
});

describe('DatasetSwitcher: delete', () => {
  it('asks for confirmation in a dialog, not window.confirm', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    const { user, select } = setup(imported('one', 'First import'));
    await user.selectOptions(select, 'one');
    await user.click(screen.getByRole('button', { name: /^Delete dataset/ }));
    const dialog = screen.getByRole('dialog', { name: 'Delete dataset?' });
    expect(dialog).toHaveTextContent('Delete “First import” from Actor Graph?');
    expect(confirm).not.toHaveBeenCalled();
    expect(useAppStore.getState().datasets).toHaveLength(2);
  });

  it('Cancel keeps the dataset', async () => {
    const { user, select } = setup(imported('one', 'First import'));
    await user.selectOptions(select, 'one');
    await user.click(screen.getByRole('button', { name: /^Delete dataset/ }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete dataset?' })).getByRole('button', {
        name: 'Cancel',
      }),
    );
    expect(useAppStore.getState().datasets.map((d) => d.id)).toEqual([centcomKh2024.id, 'one']);
    expect(useAppStore.getState().dataset.id).toBe('one');
  });

  it('Delete removes it and goes back to the built-in dataset', async () => {
    const { user, select } = setup(imported('one', 'First import'), imported('two', 'Second'));
    await user.selectOptions(select, 'one');
    await user.click(screen.getByRole('button', { name: /^Delete dataset/ }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete dataset?' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    expect(useAppStore.getState().datasets.map((d) => d.id)).toEqual([centcomKh2024.id, 'two']);
    expect(useAppStore.getState().dataset.id).toBe(centcomKh2024.id);
    expect(within(select).queryByRole('option', { name: 'First import' })).not.toBeInTheDocument();
  });
});
