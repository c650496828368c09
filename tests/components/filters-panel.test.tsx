// The filters panel (docs/design.md §6): relationship types with counts, actor kinds, "Show all"/"Show none"
// per group, and "Hide unconnected actors", all read from and written to the store.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { useAppStore } from '../../src/store/app-store';
import { FiltersPanel } from '../../src/ui/filters/filters-panel';

const typesGroup = () => screen.getByRole('group', { name: 'Relationship types' });
const kindsGroup = () => screen.getByRole('group', { name: 'Actor kinds' });

describe('FiltersPanel: relationship types', () => {
  it('offers one checkbox per relationship type, named by its label and count', () => {
    render(<FiltersPanel />);
    const group = typesGroup();
    expect(within(group).getAllByRole('checkbox')).toHaveLength(4);
    for (const name of ['attacked (6)', 'condemned (3)', 'founded (1)', 'allied (3)']) {
      const escaped = name.replace(/[()]/g, '\\$&');
      expect(
        within(group).getByRole('checkbox', { name: new RegExp(`^${escaped}`) }),
      ).toBeChecked();
    }
  });

  it('unchecking a type hides it in the store filter, checking it again shows it', async () => {
    const user = userEvent.setup();
    render(<FiltersPanel />);
    const attacked = within(typesGroup()).getByRole('checkbox', { name: /^attacked/ });

    await user.click(attacked);
    expect(useAppStore.getState().filters.hiddenRelationTypes).toEqual(['attacked']);
    expect(attacked).not.toBeChecked();

    await user.click(attacked);
    expect(useAppStore.getState().filters.hiddenRelationTypes).toEqual([]);
    expect(attacked).toBeChecked();
  });

  it('reflects a type hidden elsewhere (the store is the source of truth)', () => {
    useAppStore.getState().setRelationTypeShown('condemned', false);
    render(<FiltersPanel />);
    expect(within(typesGroup()).getByRole('checkbox', { name: /^condemned/ })).not.toBeChecked();
    expect(within(typesGroup()).getByRole('checkbox', { name: /^allied/ })).toBeChecked();
  });

  it('"Show none" unchecks every type and "Show all" checks them again', async () => {
    const user = userEvent.setup();
    render(<FiltersPanel />);
    const group = typesGroup();

    await user.click(within(group).getByRole('button', { name: 'Show none' }));
    expect([...useAppStore.getState().filters.hiddenRelationTypes].sort()).toEqual([
      'allied',
      'attacked',
      'condemned',
      'founded',
    ]);
    for (const box of within(group).getAllByRole('checkbox')) expect(box).not.toBeChecked();
    // The type buttons leave the actor kinds alone.
    expect(useAppStore.getState().filters.hiddenActorKinds).toEqual([]);

    await user.click(within(group).getByRole('button', { name: 'Show all' }));
    expect(useAppStore.getState().filters.hiddenRelationTypes).toEqual([]);
    for (const box of within(group).getAllByRole('checkbox')) expect(box).toBeChecked();
  });

  it('counts relations under the other filters: hiding people drops their attacks from the count', async () => {
    const user = userEvent.setup();
    render(<FiltersPanel />);
    await user.click(within(kindsGroup()).getByRole('checkbox', { name: /^person/ }));
    // us-attacked-soleimani and us-attacked-al-muhandis end at a person; al-araji and Rasool
    // condemned, al-Muhandis founded, and KH allied with Soleimani.
    const group = typesGroup();
    expect(within(group).getByRole('checkbox', { name: /^attacked \(4\)/ })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: /^condemned \(1\)/ })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: /^founded \(0\)/ })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: /^allied \(2\)/ })).toBeInTheDocument();
  });
});

describe('FiltersPanel: counts after a type toggle', () => {
  it('keeps every type count when a type is switched off, and recounts when a kind then is', async () => {
    const user = userEvent.setup();
    render(<FiltersPanel />);
    await user.click(within(typesGroup()).getByRole('checkbox', { name: /^attacked/ }));
    const group = typesGroup();
    for (const name of ['attacked (6)', 'condemned (3)', 'founded (1)', 'allied (3)']) {
      const escaped = name.replace(/[()]/g, '\\$&');
      expect(
        within(group).getByRole('checkbox', { name: new RegExp(`^${escaped}`) }),
      ).toBeInTheDocument();
    }
    await user.click(within(kindsGroup()).getByRole('checkbox', { name: /^person/ }));
    expect(within(group).getByRole('checkbox', { name: /^attacked \(4\)/ })).not.toBeChecked();
    expect(within(group).getByRole('checkbox', { name: /^allied \(2\)/ })).toBeChecked();
  });

  it('counts the relations of a newly chosen dataset', () => {
    const fewer = { ...centcomKh2024, relations: centcomKh2024.relations.slice(0, 2) };
    render(<FiltersPanel />);
    act(() => useAppStore.setState({ dataset: fewer }));
    const counts = new Map<string, number>();
    for (const r of fewer.relations) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    const boxes = within(typesGroup()).getAllByRole('checkbox');
    expect(boxes).toHaveLength(counts.size);
    for (const [type, n] of counts) {
      expect(
        within(typesGroup()).getByRole('checkbox', { name: new RegExp(`^${type} \\(${n}\\)`) }),
      ).toBeInTheDocument();
    }
  });
});

describe('FiltersPanel: actor kinds', () => {
  it('offers a checkbox for every kind the dataset uses, with its number of actors', () => {
    render(<FiltersPanel />);
    const group = kindsGroup();
    const expected = [
      'state (2)',
      'government (2)',
      'military (3)',
      'militia (1)',
      'coalition (1)',
      'person (5)',
      'facility (1)',
    ];
    expect(within(group).getAllByRole('checkbox')).toHaveLength(expected.length);
    for (const name of expected) {
      expect(within(group).getByRole('checkbox', { name })).toBeChecked();
    }
  });

  it('unchecking a kind hides it in the store filter', async () => {
    const user = userEvent.setup();
    render(<FiltersPanel />);
    const militia = within(kindsGroup()).getByRole('checkbox', { name: /^militia/ });
    await user.click(militia);
    expect(useAppStore.getState().filters.hiddenActorKinds).toEqual(['militia']);
    expect(militia).not.toBeChecked();
  });

  it('"Show none" hides every kind and "Show all" shows them again', async () => {
    const user = userEvent.setup();
    render(<FiltersPanel />);
    const group = kindsGroup();

    await user.click(within(group).getByRole('button', { name: 'Show none' }));
    expect(useAppStore.getState().filters.hiddenActorKinds).toHaveLength(7);
    for (const box of within(group).getAllByRole('checkbox')) expect(box).not.toBeChecked();
    expect(useAppStore.getState().filters.hiddenRelationTypes).toEqual([]);

    await user.click(within(group).getByRole('button', { name: 'Show all' }));
    expect(useAppStore.getState().filters.hiddenActorKinds).toEqual([]);
    for (const box of within(group).getAllByRole('checkbox')) expect(box).toBeChecked();
  });
});

describe('FiltersPanel: hide unconnected actors', () => {
  it('"Hide unconnected actors" is off by default and toggles the store filter', async () => {
    const user = userEvent.setup();
    render(<FiltersPanel />);
    const box = screen.getByRole('checkbox', { name: 'Hide unconnected actors' });
    expect(box).not.toBeChecked();

    await user.click(box);
    expect(useAppStore.getState().filters.hideUnconnected).toBe(true);
    expect(box).toBeChecked();

    await user.click(box);
    expect(useAppStore.getState().filters.hideUnconnected).toBe(false);
  });
});
