// Corroboration in the details (docs/design.md §14): how many sources support a relation, dates that
// disagree marked, and "Merge into…" on an actor as one undo step.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { useAppStore } from '../../src/store/app-store';
import { DetailsPanel } from '../../src/ui/details/details-panel';
import { TableView } from '../../src/ui/table/table-view';
import { FiltersPanel } from '../../src/ui/filters/filters-panel';
import { graphStylesheet, LIGHT_PALETTE } from '../../src/graph/stylesheet';
import { relationElement } from '../../src/graph/elements';
import { vocabularyOf } from '../../src/model/vocabulary';

const d: Dataset = {
  format: 'actor-graph',
  version: 1,
  id: 'd',
  title: 'D',
  sources: [
    { id: 'wire', title: 'Wire' },
    { id: 'paper', title: 'Paper' },
  ],
  actors: [
    { id: 'us', name: 'United States', kind: 'state' },
    { id: 'kh', name: 'Kataib Hezbollah', kind: 'militia' },
    { id: 'kh2', name: "Kata'ib Hizballah", kind: 'militia' },
  ],
  relations: [
    {
      id: 'r1',
      source: 'us',
      target: 'kh',
      type: 'attacked',
      date: '2024-01-24',
      evidence: [
        { source: 'wire', paragraph: 1 },
        { source: 'paper', paragraph: 2 },
        { source: 'paper', paragraph: 5 },
      ],
      attributes: { otherDates: ['2024-01-23'] },
    },
    {
      id: 'r2',
      source: 'us',
      target: 'kh2',
      type: 'attacked',
      date: '2024-01',
      evidence: [{ source: 'paper', paragraph: 3 }],
    },
  ],
};

const open = () => {
  useAppStore.getState().addDataset(d);
  useAppStore.getState().selectDataset('d');
};
const details = () => screen.getByRole('complementary', { name: 'Details' });

// The panels load these parts lazily; loaded once here, a busy test run does not race the import.
beforeAll(async () => {
  await import('../../src/ui/merge/merge-panels');
});

describe('corroboration in the details', () => {
  it('says how many sources support a relation and marks dates that disagree', async () => {
    open();
    useAppStore.getState().select({ kind: 'relation', id: 'r1' });
    render(<DetailsPanel />);
    expect(await within(details()).findByText('Supported by 2 sources')).toBeInTheDocument();
    expect(within(details()).getByRole('note')).toHaveTextContent(
      'Sources disagree on the date: others give 2024-01-23',
    );
    // Said once, by that line, not listed again among the attributes.
    expect(within(details()).queryByText('otherDates')).toBeNull();
  });

  it('says one source, and no mark, for a relation one source supports', async () => {
    open();
    useAppStore.getState().select({ kind: 'relation', id: 'r2' });
    render(<DetailsPanel />);
    expect(await within(details()).findByText('Supported by 1 source')).toBeInTheDocument();
    expect(within(details()).queryByRole('note')).toBeNull();
  });

  it('"Merge into…" makes the actor an alias of another and joins their relations, one undo step', async () => {
    const user = userEvent.setup();
    open();
    useAppStore.getState().select({ kind: 'actor', id: 'kh2' });
    render(<DetailsPanel />);
    await user.click(within(details()).getByRole('button', { name: 'Merge into…' }));
    const dialog = await screen.findByRole('dialog', {
      name: "Merge “Kata'ib Hizballah” into…",
    });
    // Matching suggests the actor it is likely the same as.
    await user.click(within(dialog).getByRole('button', { name: 'Kataib Hezbollah' }));
    expect(within(dialog).getByRole('combobox', { name: 'Into' })).toHaveValue('Kataib Hezbollah');
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    const after = useAppStore.getState().dataset;
    expect(after.actors.map((a) => a.name)).toEqual(['United States', 'Kataib Hezbollah']);
    expect(after.actors[1]!.aliases).toEqual(["Kata'ib Hizballah"]);
    expect(after.relations).toHaveLength(1);
    expect(after.relations[0]!.evidence).toHaveLength(4);
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'kh' });
    useAppStore.getState().undo();
    expect(useAppStore.getState().dataset).toEqual(d);
  });
});

describe('corroboration in the table and the drawing', () => {
  it('marks a relation whose sources give different dates in the table', () => {
    open();
    useAppStore.getState().setTab('table');
    render(<TableView />);
    expect(screen.getByText(/≠ sources also give 2024-01-23/)).toBeInTheDocument();
    expect(screen.getAllByText(/≠ sources also give/)).toHaveLength(1);
  });

  it('"Edge width by sources" switches the width rule on, read from each edge\'s source count', async () => {
    const user = userEvent.setup();
    open();
    render(<FiltersPanel />);
    const box = await screen.findByRole('checkbox', { name: 'Edge width by sources' });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(useAppStore.getState().edgeWidthBySources).toBe(true);
    const rule = (on: boolean) =>
      graphStylesheet(LIGHT_PALETTE, on).find((b) => b.selector === 'edge[sources > 1]');
    expect(rule(true)).toBeDefined();
    expect(rule(false)).toBeUndefined();
    expect(relationElement(d.relations[0]!, vocabularyOf(d)).data.sources).toBe(2);
    expect(relationElement(d.relations[1]!, vocabularyOf(d)).data.sources).toBe(1);
  });
});
