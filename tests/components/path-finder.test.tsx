// Paths (docs/design.md §6): "Path from" and "Path to" name actors, "Find path" lists the shortest
// connection step by step with its evidence and highlights it in the graph; "Clear path" undoes it.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/app-store';
import { PathFinder } from '../../src/ui/analysis/path-finder';
import { generateDataset } from '../../bench/generate-dataset';

function setup() {
  const user = userEvent.setup();
  render(<PathFinder />);
  const from = screen.getByRole('combobox', { name: 'Path from' });
  const to = screen.getByRole('combobox', { name: 'Path to' });
  const find = screen.getByRole('button', { name: 'Find path' });
  const ask = async (a: string, b: string) => {
    await user.clear(from);
    await user.type(from, a);
    await user.clear(to);
    await user.type(to, b);
    await user.click(find);
  };
  return { user, from, to, find, ask };
}

/** The steps of the path: the list's own items, not those of the evidence lists inside them. */
function steps() {
  const list = screen.getByRole('list', { name: 'Path' });
  return within(list)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === list);
}

describe('PathFinder', () => {
  it('waits for both actors before "Find path" can be pressed', async () => {
    const { user, from, find } = setup();
    expect(find).toBeDisabled();
    await user.type(from, 'KH');
    expect(find).toBeDisabled();
  });

  it('lists the two steps from Qassem Soleimani to U.S. Central Command through KH, with evidence', async () => {
    const { ask } = setup();
    await ask('Qassem Soleimani', 'U.S. Central Command');
    const [first, second] = steps();
    expect(steps()).toHaveLength(2);
    expect(first).toHaveTextContent(/^Qassem Soleimani → Kataib Hezbollah/);
    expect(first).toHaveTextContent('Kataib Hezbollah allied with Qassem Soleimani');
    expect(first).toHaveTextContent('paragraph 8');
    expect(second).toHaveTextContent(/^Kataib Hezbollah → U\.S\. Central Command/);
    expect(second).toHaveTextContent('U.S. Central Command attacked Kataib Hezbollah');
    expect(second).toHaveTextContent('(walked backwards)');
    expect(second).toHaveTextContent('paragraph 1');
    expect(second).toHaveTextContent('paragraph 2');
    expect(screen.getByText('2 steps')).toBeInTheDocument();
  });

  it('finds actors by short name or alias and writes their full names back', async () => {
    const { ask, from, to } = setup();
    await ask('soleimani', 'CENTCOM');
    expect(from).toHaveValue('Qassem Soleimani');
    expect(to).toHaveValue('U.S. Central Command');
    expect(steps()).toHaveLength(2);
  });

  it('highlights the path’s actors and relations in the store', async () => {
    const { ask } = setup();
    await ask('Qassem Soleimani', 'U.S. Central Command');
    const highlight = useAppStore.getState().highlight;
    expect([...(highlight?.actorIds ?? [])].sort()).toEqual(
      ['centcom', 'kh', 'qassem-soleimani'].sort(),
    );
    expect([...(highlight?.relationIds ?? [])].sort()).toEqual(
      ['centcom-attacked-kh', 'kh-allied-soleimani'].sort(),
    );
  });

  it('says there is no connection when only "attacked" relations may be walked', async () => {
    const { user, ask } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'attacked' }));
    await ask('Qassem Soleimani', 'U.S. Central Command');
    expect(
      screen.getByText(
        'No connection between Qassem Soleimani and U.S. Central Command through the chosen relationship types in what is shown.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Path' })).not.toBeInTheDocument();
    expect(useAppStore.getState().highlight).toBeNull();
  });

  it('says there is no connection in what is shown when the filters cut the path', async () => {
    // Without "allied" and "founded", Soleimani reaches only the United States and its critics.
    useAppStore.getState().setRelationTypesHidden(['allied', 'founded']);
    const { ask } = setup();
    await ask('Qassem Soleimani', 'U.S. Central Command');
    expect(
      screen.getByText(
        'No connection between Qassem Soleimani and U.S. Central Command in what is shown.',
      ),
    ).toBeInTheDocument();
  });

  it('reports a name that matches no actor', async () => {
    const { ask } = setup();
    await ask('Zorro', 'U.S. Central Command');
    expect(screen.getByText('No actor called “Zorro”.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Path' })).not.toBeInTheDocument();
    expect(useAppStore.getState().highlight).toBeNull();
  });

  it('"Clear path" removes the list and the highlight', async () => {
    const { user, ask } = setup();
    await ask('Qassem Soleimani', 'U.S. Central Command');
    await user.click(screen.getByRole('button', { name: 'Clear path' }));
    expect(screen.queryByRole('list', { name: 'Path' })).not.toBeInTheDocument();
    expect(useAppStore.getState().highlight).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear path' })).not.toBeInTheDocument();
  });

  it('offers "Previous" and "Next" between equally short paths and highlights the one shown', async () => {
    // United States to Kataib Hezbollah: via Soleimani (allied) or via al-Muhandis (founded).
    const { user, ask } = setup();
    await ask('United States', 'Kataib Hezbollah');
    expect(screen.getByText(/shortest path 1 of 2/)).toBeInTheDocument();
    const firstRelations = [...(useAppStore.getState().highlight?.relationIds ?? [])];
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/shortest path 2 of 2/)).toBeInTheDocument();
    const secondRelations = [...(useAppStore.getState().highlight?.relationIds ?? [])];
    expect(secondRelations).not.toEqual(firstRelations);
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByText(/shortest path 1 of 2/)).toBeInTheDocument();
  });

  it('follows the filters: hiding a type the path uses turns it into "No connection"', async () => {
    const { ask } = setup();
    await ask('Qassem Soleimani', 'U.S. Central Command');
    expect(steps()).toHaveLength(2);
    // Without "allied" the shortest way is four steps through the US and al-Muhandis…
    act(() => useAppStore.getState().setRelationTypeShown('allied', false));
    expect(steps()).toHaveLength(4);
    // …and without "founded" as well there is none.
    act(() => useAppStore.getState().setRelationTypeShown('founded', false));
    expect(screen.queryByRole('list', { name: 'Path' })).toBeNull();
    expect(
      screen.getByText(/No connection between Qassem Soleimani and U\.S\. Central Command/),
    ).toBeInTheDocument();
    expect(useAppStore.getState().highlight).toBeNull();
    act(() => useAppStore.getState().setRelationTypesHidden([]));
    expect(steps()).toHaveLength(2);
    expect(useAppStore.getState().highlight?.relationIds.has('kh-allied-soleimani')).toBe(true);
  });
});

describe('PathFinder suggestions', () => {
  const options = (name: string) => {
    const input = screen.getByRole('combobox', { name });
    const list = document.getElementById(input.getAttribute('list') ?? '');
    return [...(list?.querySelectorAll('option') ?? [])].map((o) => o.value);
  };

  it('offers every actor of a small dataset', () => {
    setup();
    expect(options('Path from')).toHaveLength(useAppStore.getState().dataset.actors.length);
  });

  it('offers the best matches, not thousands of options, in a large dataset', async () => {
    act(() => {
      const dataset = generateDataset({ actors: 2000, relations: 4000, seed: 3 });
      useAppStore.getState().addDataset(dataset);
      useAppStore.getState().selectDataset(dataset.id);
    });
    const { user, from } = setup();
    expect(options('Path from')).toHaveLength(0);
    const name = useAppStore.getState().dataset.actors[1234]!.name;
    await user.type(from, name);
    const offered = options('Path from');
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThanOrEqual(50);
    expect(offered[0]).toBe(name);
    expect(options('Path to')).toHaveLength(0);
  });
});
