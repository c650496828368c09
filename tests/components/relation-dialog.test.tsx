// The "Relationship" dialog: adds a relationship with evidence rows as one named undo step, and
// refuses one without evidence with the field named, changing nothing.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { useAppStore } from '../../src/store/app-store';
import { RelationDialog } from '../../src/ui/edit/relation-dialog';

const mine = { ...centcomKh2024, id: 'mine', title: 'Mine' };

beforeEach(() => {
  useAppStore.getState().addDataset(mine);
  useAppStore.getState().selectDataset('mine');
});

describe('Relationship dialog', () => {
  it('adds a relationship from the chosen actor, with two pieces of evidence', async () => {
    const user = userEvent.setup();
    render(<RelationDialog source="iran" onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Relationship' });
    expect(within(dialog).getByRole('combobox', { name: 'Source' })).toHaveValue('Iran');
    await user.type(within(dialog).getByRole('combobox', { name: 'Target' }), 'KH');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Type' }), 'allied');
    await user.type(within(dialog).getByRole('textbox', { name: 'Date' }), '2024');
    const first = within(dialog).getByRole('group', { name: 'Evidence 1' });
    await user.type(within(first).getByRole('textbox', { name: 'Paragraph' }), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Add evidence' }));
    const second = within(dialog).getByRole('group', { name: 'Evidence 2' });
    await user.type(within(second).getByRole('textbox', { name: 'Excerpt' }), 'Backed by Iran.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const state = useAppStore.getState();
    const added = state.dataset.relations.at(-1)!;
    expect(added).toMatchObject({ source: 'iran', target: 'kh', type: 'allied', date: '2024' });
    expect(added.evidence).toEqual([
      { source: mine.sources[0]!.id, paragraph: 2 },
      { source: mine.sources[0]!.id, excerpt: 'Backed by Iran.' },
    ]);
    expect(state.selection).toEqual({ kind: 'relation', id: added.id });
    expect(state.histories.mine!.past.at(-1)!.label).toBe('add Iran allied KH');
  });

  it('refuses a relationship without evidence, naming the field, and changes nothing', async () => {
    const user = userEvent.setup();
    render(<RelationDialog source="iran" target="kh" onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Relationship' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove evidence' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Evidence: a relationship needs at least one piece of evidence',
    );
    expect(useAppStore.getState().dataset).toBe(mine);
  });
});

describe('Relationship dialog: a new type', () => {
  it('declares the type it names and gives the new relationship that type', async () => {
    const user = userEvent.setup();
    render(<RelationDialog source="iran" target="kh" onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Relationship' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Type' }), 'New type…');
    await user.type(within(dialog).getByRole('textbox', { name: 'New type' }), 'funded');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const { dataset } = useAppStore.getState();
    expect(dataset.relationTypes).toContainEqual(
      expect.objectContaining({ id: 'funded', label: 'funded', directed: true }),
    );
    expect(dataset.relations.at(-1)).toMatchObject({
      source: 'iran',
      target: 'kh',
      type: 'funded',
    });
    useAppStore.getState().undo();
    expect(useAppStore.getState().dataset).toEqual(mine);
  });
});
