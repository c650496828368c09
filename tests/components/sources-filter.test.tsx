// The "Sources" fieldset of the filters (docs/design.md §14): one checkbox per source with its count;
// unticking one hides in the store what only it supports.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { useAppStore } from '../../src/store/app-store';
import { visibleFor } from '../../src/store/derived';
import { FiltersPanel } from '../../src/ui/filters/filters-panel';

const merged: Dataset = {
  format: 'actor-graph',
  version: 1,
  id: 'merged',
  title: 'Merged',
  sources: [
    { id: 'wire', title: 'Wire report' },
    { id: 'paper', title: 'Paper report' },
  ],
  actors: [
    { id: 'a', name: 'Alpha', kind: 'state' },
    { id: 'b', name: 'Bravo', kind: 'state' },
    { id: 'c', name: 'Charlie', kind: 'militia' },
  ],
  relations: [
    {
      id: 'r1',
      source: 'a',
      target: 'b',
      type: 'attacked',
      evidence: [{ source: 'wire' }, { source: 'paper' }],
    },
    { id: 'r2', source: 'a', target: 'c', type: 'attacked', evidence: [{ source: 'paper' }] },
  ],
};

const open = (dataset: Dataset) => {
  useAppStore.getState().addDataset(dataset);
  useAppStore.getState().selectDataset(dataset.id);
};

// The panels load these parts lazily; loaded once here, a busy test run does not race the import.
beforeAll(async () => {
  await import('../../src/ui/merge/merge-panels');
});

describe('FiltersPanel: sources', () => {
  it('lists each source with the number of relations it supports', async () => {
    open(merged);
    render(<FiltersPanel />);
    const group = await screen.findByRole('group', { name: 'Sources' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(2);
    expect(within(group).getByRole('checkbox', { name: 'Wire report (1)' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Paper report (2)' })).toBeChecked();
  });

  it('unticking a source hides what only it supports', async () => {
    const user = userEvent.setup();
    open(merged);
    render(<FiltersPanel />);
    await user.click(await screen.findByRole('checkbox', { name: 'Paper report (2)' }));
    const { dataset, filters, focus } = useAppStore.getState();
    expect(filters.hiddenSources).toEqual(['paper']);
    expect(visibleFor({ dataset, filters, focus }).relations.map((r) => r.id)).toEqual(['r1']);
    await user.click(screen.getByRole('checkbox', { name: 'Wire report (1)' }));
    const after = useAppStore.getState();
    expect(visibleFor({ ...after }).relations).toEqual([]);
    await user.click(
      within(screen.getByRole('group', { name: 'Sources' })).getByRole('button', {
        name: 'Show all',
      }),
    );
    expect(useAppStore.getState().filters.hiddenSources).toEqual([]);
  });

  it('is not offered for a dataset of one source', () => {
    render(<FiltersPanel />);
    expect(screen.queryByRole('group', { name: 'Sources' })).toBeNull();
  });
});
