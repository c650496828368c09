// The table view (docs/design.md §6): tables "Actors" and "Relationships" list exactly what the filters show,
// and choosing a row selects that element — the keyboard and screen-reader way into the graph.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
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
  bodyRows(actorsTable()).map((row) => within(row).getAllByRole('button')[0]!.textContent);
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

describe('TableView on a 20,000-actor / 20,000-relation graph', () => {
  const large = generateDataset({ actors: 20_000, relations: 20_000, id: 'table-20k' });
  const MOST_ROWS = 100;

  beforeEach(() => {
    useAppStore.setState({ dataset: large });
  });

  /** A table's scroll box (jsdom lays nothing out: the table assumes a box 20 rows tall). */
  const scrollBox = (table: HTMLElement) => table.closest<HTMLElement>('.table-scroll')!;

  /** The rows present in the DOM, header row included, by their aria-rowindex. */
  const rowIndexes = (table: HTMLElement) =>
    within(table)
      .getAllByRole('row')
      .map((row) => Number(row.getAttribute('aria-rowindex')));

  it('renders only a window of rows while aria-rowcount tells the full size', () => {
    render(<TableView />);
    expect(screen.getByRole('heading', { name: 'Actors (20000)' })).toBeInTheDocument();
    expect(actorsTable()).toHaveAttribute('aria-rowcount', '20001');
    expect(bodyRows(actorsTable()).length).toBeGreaterThan(10);
    expect(bodyRows(actorsTable()).length).toBeLessThanOrEqual(MOST_ROWS);
    const relationCount = Number(
      /\((\d+)\)/.exec(screen.getByRole('heading', { name: /^Relationships/ }).textContent!)![1],
    );
    expect(relationCount).toBeGreaterThan(15_000);
    expect(relationsTable()).toHaveAttribute('aria-rowcount', String(relationCount + 1));
    expect(bodyRows(relationsTable()).length).toBeLessThanOrEqual(MOST_ROWS);
    // The header row is row 1; the first body row is row 2, and the rows run on without a gap.
    const indexes = rowIndexes(actorsTable());
    expect(indexes.slice(0, 3)).toEqual([1, 2, 3]);
    expect(indexes).toEqual(indexes.map((_, i) => i + 1));
  });

  it('scrolling to the bottom brings the last actor in and the first ones out', () => {
    render(<TableView />);
    const box = scrollBox(actorsTable());
    // jsdom keeps scrollTop but fires no scroll event of its own, as a browser would.
    box.scrollTop = 20_000 * 28;
    fireEvent.scroll(box);
    const indexes = rowIndexes(actorsTable());
    expect(indexes).toContain(20_001);
    expect(indexes).not.toContain(2);
    expect(bodyRows(actorsTable()).length).toBeLessThanOrEqual(MOST_ROWS);
    expect(
      within(actorsTable()).getByRole('button', { name: large.actors.at(-1)!.name }),
    ).toBeInTheDocument();
  });

  it('End, Arrow Up and Home move the focus through the rows, rendering them on the way', async () => {
    const user = userEvent.setup();
    render(<TableView />);
    await user.tab();
    const firstName = large.actors[0]!.name;
    expect(within(actorsTable()).getByRole('button', { name: firstName })).toHaveFocus();

    await user.keyboard('{End}');
    expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', '20001');
    expect(bodyRows(actorsTable()).length).toBeLessThanOrEqual(MOST_ROWS);

    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', '20000');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({
      kind: 'actor',
      id: large.actors[19_998]!.id,
    });

    await user.keyboard('{Home}');
    expect(within(actorsTable()).getByRole('button', { name: firstName })).toHaveFocus();
  });

  it('Tab leaves the Actors table for the Relationships table: one Tab stop each', async () => {
    const user = userEvent.setup();
    render(<TableView />);
    await user.tab();
    expect(actorsTable()).toContainElement(document.activeElement as HTMLElement);
    await user.tab();
    expect(relationsTable()).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', '2');
  });

  it('opened with a relationship already selected, it shows that row and gives it the Tab stop', async () => {
    const far = large.relations[12_345]!;
    useAppStore.getState().select({ kind: 'relation', id: far.id });
    const user = userEvent.setup();
    render(<TableView />);
    const row = bodyRows(relationsTable()).find((r) => r.getAttribute('aria-current') === 'true');
    expect(row).toBeDefined();
    await user.tab();
    await user.tab();
    expect(row).toContainElement(document.activeElement as HTMLElement);
  });

  it('an actor selected elsewhere is scrolled into view and marked', () => {
    render(<TableView />);
    const box = scrollBox(actorsTable());
    const far = large.actors[15_000]!;
    act(() => useAppStore.getState().select({ kind: 'actor', id: far.id }));
    // Scrolled just far enough that row 15,000 (0-based) ends at the bottom of the box.
    expect(box.scrollTop).toBe(30 + 15_001 * 28 - (30 + 20 * 28));
    const row = bodyRows(actorsTable()).find((r) => r.getAttribute('aria-rowindex') === '15002');
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(within(row!).getByRole('button', { name: far.name })).toBeInTheDocument();
  });
});
