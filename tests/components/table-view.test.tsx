// The table view (docs/design.md §6): tables "Actors" and "Relationships" list exactly what the filters show,
// and choosing a row selects that element — the keyboard and screen-reader way into the graph.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { useAppStore } from '../../src/store/app-store';
import { TableView } from '../../src/ui/table/table-view';

const actorsTable = () => screen.getByRole('table', { name: 'Actors' });
const relationsTable = () => screen.getByRole('table', { name: 'Relationships' });
/** Body rows only: each has a row header (the actor's name, or the relation's type). */
const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryByRole('rowheader') !== null);
const actorNames = () =>
  bodyRows(actorsTable()).map((row) => within(row).getByRole('button').textContent);
const relationRow = (sourceName: string, targetName: string) => {
  const row = bodyRows(relationsTable()).find(
    (r) =>
      within(r).queryByRole('cell', { name: sourceName }) !== null &&
      within(r).queryByRole('cell', { name: targetName }) !== null,
  );
  if (!row) throw new Error(`no relationship row ${sourceName} → ${targetName}`);
  return row;
};

describe('TableView', () => {
  it('lists every actor and every relationship when nothing is filtered', () => {
    render(<TableView />);
    expect(actorNames()).toEqual(centcomKh2024.actors.map((a) => a.name));
    expect(bodyRows(relationsTable())).toHaveLength(13);
  });

  it('hiding the "attacked" type leaves 7 relationship rows, none of them attacks', () => {
    useAppStore.getState().setRelationTypeShown('attacked', false);
    render(<TableView />);
    const rows = bodyRows(relationsTable());
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      expect(within(row).getByRole('rowheader')).not.toHaveTextContent('attacked');
    }
  });

  it('follows a filter change made while it is shown', () => {
    render(<TableView />);
    expect(bodyRows(relationsTable())).toHaveLength(13);
    act(() => useAppStore.getState().setRelationTypeShown('condemned', false));
    expect(screen.getByRole('heading', { name: 'Relationships (10)' })).toBeInTheDocument();
    expect(bodyRows(relationsTable())).toHaveLength(10);
  });

  it('"Hide unconnected actors" drops the actors without relationships', () => {
    useAppStore.getState().setHideUnconnected(true);
    render(<TableView />);
    const names = actorNames();
    expect(names).toHaveLength(12);
    for (const gone of ['Lloyd Austin', 'Biden administration', 'Iraqi armed forces']) {
      expect(names).not.toContain(gone);
    }
    expect(names).toContain('Kataib Hezbollah');
  });

  it('hiding an actor kind removes its actors and every relationship that touches them', () => {
    useAppStore.getState().setActorKindShown('person', false);
    render(<TableView />);
    expect(actorNames()).toHaveLength(10);
    expect(actorNames()).not.toContain('Qassem Soleimani');
    // 13 minus the 6 that start or end at a person.
    expect(bodyRows(relationsTable())).toHaveLength(7);
    expect(within(relationsTable()).queryByText('Qassem Soleimani')).not.toBeInTheDocument();
  });

  it('shows each relationship with its source, type, target, date and summary', () => {
    render(<TableView />);
    const row = relationRow('U.S. Central Command', 'Kataib Hezbollah');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('attacked');
    expect(row).toHaveTextContent('2024-01-24 (inferred)');
  });

  it('choosing an actor row selects that actor in the store and marks the row', async () => {
    const user = userEvent.setup();
    render(<TableView />);
    await user.click(within(actorsTable()).getByRole('button', { name: 'Kataib Hezbollah' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'kh' });
    const row = bodyRows(actorsTable()).find((r) => r.textContent?.includes('Kataib Hezbollah'));
    expect(row).toHaveAttribute('aria-current', 'true');
  });

  it('choosing a relationship row selects that relation in the store', async () => {
    const user = userEvent.setup();
    render(<TableView />);
    const row = relationRow('Qassem al-Araji', 'United States');
    await user.click(within(row).getByRole('button', { name: 'condemned' }));
    expect(useAppStore.getState().selection).toEqual({
      kind: 'relation',
      id: 'al-araji-condemned-us',
    });
    expect(row).toHaveAttribute('aria-current', 'true');
  });

  it('the row buttons are reachable with the keyboard and work with Enter', async () => {
    const user = userEvent.setup();
    render(<TableView />);
    await user.tab();
    expect(within(actorsTable()).getByRole('button', { name: 'United States' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'united-states' });
  });
});
