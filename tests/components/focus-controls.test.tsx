// Focus: "Focus 1 hop" / "Focus 2 hops" narrow the graph to an actor's neighbourhood; the banner
// says what is focused, "Expand" adds a hop and "Leave focus" ends it.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MAX_FOCUS_HOPS } from '../../src/model/analysis/focus';
import { useAppStore } from '../../src/store/app-store';
import { FocusBanner, FocusButtons } from '../../src/ui/analysis/focus-controls';

const focus = () => useAppStore.getState().focus;
const banner = () => screen.getByRole('status');

describe('FocusButtons', () => {
  it('"Focus 1 hop" focuses the actor at one hop', async () => {
    const user = userEvent.setup();
    render(<FocusButtons actorId="kh" />);
    const group = screen.getByRole('group', { name: 'Focus' });
    await user.click(within(group).getByRole('button', { name: 'Focus 1 hop' }));
    expect(focus()).toEqual({ actorId: 'kh', hops: 1 });
  });

  it('"Focus 2 hops" focuses the actor at two hops', async () => {
    const user = userEvent.setup();
    render(<FocusButtons actorId="iran" />);
    await user.click(screen.getByRole('button', { name: 'Focus 2 hops' }));
    expect(focus()).toEqual({ actorId: 'iran', hops: 2 });
  });

  it('shows which focus is on for this actor as a pressed button', async () => {
    const user = userEvent.setup();
    render(<FocusButtons actorId="kh" />);
    const one = screen.getByRole('button', { name: 'Focus 1 hop' });
    const two = screen.getByRole('button', { name: 'Focus 2 hops' });
    expect(one).toHaveAttribute('aria-pressed', 'false');
    await user.click(two);
    expect(two).toHaveAttribute('aria-pressed', 'true');
    expect(one).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows neither button pressed when another actor is focused', () => {
    useAppStore.getState().setFocus({ actorId: 'iran', hops: 1 });
    render(<FocusButtons actorId="kh" />);
    expect(screen.getByRole('button', { name: 'Focus 1 hop' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});

describe('FocusBanner', () => {
  it('is absent while nothing is focused', () => {
    render(<FocusBanner />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('names the focused actor and the hops', () => {
    useAppStore.getState().setFocus({ actorId: 'kh', hops: 1 });
    render(<FocusBanner />);
    expect(banner()).toHaveTextContent('Focus: Kataib Hezbollah and everything within 1 hop');
    expect(banner()).not.toHaveTextContent('1 hops');
  });

  it('appears when a focus is set elsewhere', () => {
    render(<FocusBanner />);
    act(() => useAppStore.getState().setFocus({ actorId: 'iran', hops: 2 }));
    expect(banner()).toHaveTextContent('Focus: Iran and everything within 2 hops');
  });

  it('"Expand" adds one hop', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setFocus({ actorId: 'kh', hops: 1 });
    render(<FocusBanner />);
    await user.click(screen.getByRole('button', { name: 'Expand' }));
    expect(focus()).toEqual({ actorId: 'kh', hops: 2 });
    expect(banner()).toHaveTextContent('within 2 hops');
  });

  it('"Expand" is disabled at the largest focus a link can carry', () => {
    useAppStore.getState().setFocus({ actorId: 'kh', hops: MAX_FOCUS_HOPS });
    render(<FocusBanner />);
    expect(screen.getByRole('button', { name: 'Expand' })).toBeDisabled();
  });

  it('"Leave focus" ends the focus and the banner', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setFocus({ actorId: 'kh', hops: 2 });
    render(<FocusBanner />);
    await user.click(screen.getByRole('button', { name: 'Leave focus' }));
    expect(focus()).toBeNull();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('names an actor missing from the dataset by its id', () => {
    useAppStore.getState().setFocus({ actorId: 'ghost', hops: 1 });
    render(<FocusBanner />);
    expect(banner()).toHaveTextContent('Focus: ghost');
  });
});
