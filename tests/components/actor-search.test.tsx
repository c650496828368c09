// Actor search (docs/design.md §6): finds actors by name, short name or alias, ignoring case, accents and
// apostrophes; Enter selects the actor in the store and asks the graph to centre on it.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { useAppStore } from '../../src/store/app-store';
import { ActorSearch } from '../../src/ui/toolbar/actor-search';

function setup() {
  const onLocate = vi.fn<(id: string) => void>();
  const user = userEvent.setup();
  render(<ActorSearch onLocate={onLocate} />);
  const input = screen.getByRole('combobox', { name: 'Search actors' });
  return { onLocate, user, input };
}

const options = () =>
  within(screen.getByRole('listbox', { name: 'Matching actors' })).queryAllByRole('option');

describe('ActorSearch', () => {
  it.each([
    ['kataib', /^Kataib Hezbollah/],
    ["Kata'ib", /^Kataib Hezbollah/],
    ["Kata'ib Hezbollah", /^Kataib Hezbollah/],
    ['Kata’ib Hizballah', /^Kataib Hezbollah/],
    ['KH', /^Kataib Hezbollah/],
    ['muhandis', /^Abu Mahdi al-Muhandis/],
    ['MUHANDIS', /^Abu Mahdi al-Muhandis/],
    ['Soleimâni', /^Qassem Soleimani/],
    ['central command', /^U\.S\. Central Command/],
  ])('typing "%s" offers the right actor first', async (query, expected) => {
    const { user, input } = setup();
    await user.type(input, query);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const first = options()[0];
    expect(first).toHaveAccessibleName(expected);
    expect(first).toHaveAttribute('aria-selected', 'true');
  });

  it('offers every actor a query matches, not only the first', async () => {
    const { user, input } = setup();
    await user.type(input, 'qassem');
    expect(options().map((o) => o.textContent)).toEqual(['Qassem al-Araji', 'Qassem Soleimani']);
  });

  it('says so when no actor matches', async () => {
    const { user, input } = setup();
    await user.type(input, 'zzzz');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    // Said in a status message, not as an item of an empty listbox (ARIA allows only options).
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('No actor matches “zzzz”');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows no list before anything is typed', async () => {
    const { user, input } = setup();
    await user.click(input);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('Enter selects the first match in the store and locates it on the graph', async () => {
    const { user, input, onLocate } = setup();
    await user.type(input, 'kataib{Enter}');
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'kh' });
    expect(onLocate).toHaveBeenCalledExactlyOnceWith('kh');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('');
  });

  it.each([
    ["Kata'ib", 'kh'],
    ['KH', 'kh'],
    ['muhandis', 'abu-mahdi-al-muhandis'],
  ])('Enter after "%s" selects %s', async (query, id) => {
    const { user, input, onLocate } = setup();
    await user.type(input, `${query}{Enter}`);
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id });
    expect(onLocate).toHaveBeenCalledWith(id);
  });

  it('ArrowDown moves the active option and Enter selects that one', async () => {
    const { user, input, onLocate } = setup();
    await user.type(input, 'qassem');
    await user.keyboard('{ArrowDown}');
    expect(options()[1]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options()[1]!.id);
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'qassem-soleimani' });
    expect(onLocate).toHaveBeenCalledWith('qassem-soleimani');
  });

  it('clicking an option selects that actor', async () => {
    const { user, input, onLocate } = setup();
    await user.type(input, 'iraqi');
    await user.click(screen.getByRole('option', { name: 'Iraqi government' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'iraqi-government' });
    expect(onLocate).toHaveBeenCalledWith('iraqi-government');
  });

  it('Enter with no match selects nothing', async () => {
    const { user, input, onLocate } = setup();
    await user.type(input, 'zzzz{Enter}');
    expect(useAppStore.getState().selection).toBeNull();
    expect(onLocate).not.toHaveBeenCalled();
  });

  it('the first Escape clears the query without reaching the app, the next one reaches it', async () => {
    const { user, input } = setup();
    const appKeys = vi.fn();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && appKeys();
    window.addEventListener('keydown', onKey);
    onTestFinished(() => window.removeEventListener('keydown', onKey));
    await user.type(input, 'kataib');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(appKeys).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(appKeys).toHaveBeenCalledOnce();
  });
});
