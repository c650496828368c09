// Toolbar view controls: "Size by" a measure, "Group by parent", and "Copy link" (docs/design.md §6, §9).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { useAppStore } from '../../src/store/app-store';
import { startUrlSync } from '../../src/store/url-sync';
import { CopyLinkButton, ViewControls } from '../../src/ui/toolbar/view-controls';

const flat: Dataset = {
  format: 'actor-graph',
  version: 1,
  id: 'flat',
  title: 'No parents',
  sources: [],
  actors: [
    { id: 'a', name: 'Alpha', kind: 'person' },
    { id: 'b', name: 'Bravo', kind: 'person' },
  ],
  relations: [],
};

describe('ViewControls', () => {
  it('"Size by" offers None, Degree and Betweenness, None first', () => {
    render(<ViewControls />);
    const select = screen.getByRole('combobox', { name: 'Size by' });
    expect(select).toHaveValue('none');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'None',
      'Degree',
      'Betweenness',
    ]);
  });

  it('choosing a measure in "Size by" sets it in the store', async () => {
    const user = userEvent.setup();
    render(<ViewControls />);
    const select = screen.getByRole('combobox', { name: 'Size by' });
    await user.selectOptions(select, 'Betweenness');
    expect(useAppStore.getState().sizeBy).toBe('betweenness');
    await user.selectOptions(select, 'None');
    expect(useAppStore.getState().sizeBy).toBe('none');
  });

  it('"Size by" shows a measure set elsewhere (a link)', () => {
    useAppStore.getState().setSizeBy('degree');
    render(<ViewControls />);
    expect(screen.getByRole('combobox', { name: 'Size by' })).toHaveValue('degree');
  });

  it('"Group by parent" switches grouping on and off', async () => {
    const user = userEvent.setup();
    render(<ViewControls />);
    const box = screen.getByRole('checkbox', { name: 'Group by parent' });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(useAppStore.getState().grouped).toBe(true);
    expect(box).toBeChecked();
    await user.click(box);
    expect(useAppStore.getState().grouped).toBe(false);
  });

  it('"Group by parent" is disabled for a dataset where no actor has a parent', async () => {
    const user = userEvent.setup();
    useAppStore.getState().addDataset(flat);
    useAppStore.getState().selectDataset('flat');
    render(<ViewControls />);
    const box = screen.getByRole('checkbox', { name: 'Group by parent' });
    expect(box).toBeDisabled();
    await user.click(box);
    expect(useAppStore.getState().grouped).toBe(false);
  });
});

describe('CopyLinkButton', () => {
  it('copies the address of the current view and says so', async () => {
    const user = userEvent.setup();
    // After userEvent.setup, which puts its own clipboard on navigator.
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const before = window.location.href;
    window.history.replaceState(null, '', '/?sel=actor:kh&layout=circle');
    onTestFinished(() => window.history.replaceState(null, '', before));
    render(<CopyLinkButton />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(writeText.mock.lastCall?.[0]).toMatch(/\?sel=actor:kh&layout=circle$/);
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
  });

  it('offers the link to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockRejectedValue(new Error('no'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const prompt = vi.spyOn(window, 'prompt').mockReturnValue(null);
    render(<CopyLinkButton />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await vi.waitFor(() =>
      expect(prompt).toHaveBeenCalledWith('Copy this link:', window.location.href),
    );
    expect(screen.getByRole('status')).not.toHaveTextContent('Link copied');
  });

  it('copies a change made a moment ago, before the address bar has caught up', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const before = window.location.href;
    window.history.replaceState(null, '', '/');
    useAppStore.setState(useAppStore.getInitialState(), true);
    const stop = startUrlSync();
    onTestFinished(() => {
      stop();
      window.history.replaceState(null, '', before);
    });
    render(<CopyLinkButton />);
    useAppStore.getState().select({ kind: 'actor', id: 'iran' });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText.mock.lastCall?.[0]).toMatch(/\?sel=actor:iran$/);
  });
});
