// The save state in the toolbar (docs/design.md §12): "Saved", "Saving…" once a write lasts, and
// "Not saved — kept in memory" when storage fails or a newer format took over; a polite status.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setSaveState, useSaveState } from '../../src/store/save-status';
import { SaveState } from '../../src/ui/toolbar/save-state';

beforeEach(() => {
  useSaveState.setState(useSaveState.getInitialState(), true);
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

const status = () => screen.getByRole('status');

describe('SaveState', () => {
  it('says "Saved" in a polite live region', () => {
    render(<SaveState />);
    expect(status()).toHaveTextContent('Saved');
    expect(status()).toHaveAttribute('aria-live', 'polite');
  });

  it('shows "Saving…" only once a write has lasted a moment, then "Saved"', () => {
    render(<SaveState />);
    act(() => setSaveState('saving'));
    expect(status()).toHaveTextContent(/^Saved$/); // a quick write does not flicker
    act(() => vi.advanceTimersByTime(300));
    expect(status()).toHaveTextContent('Saving…');
    act(() => setSaveState('saved'));
    expect(status()).toHaveTextContent(/^Saved$/);
  });

  it('says "Not saved — kept in memory" when a write fails, and while it is tried again', () => {
    render(<SaveState />);
    act(() => setSaveState('saving'));
    act(() => setSaveState('failed'));
    expect(status()).toHaveTextContent('Not saved — kept in memory');
    act(() => setSaveState('saving')); // the retry, still quick: the failure stays shown
    expect(status()).toHaveTextContent('Not saved — kept in memory');
  });

  it('says "Not saved — kept in memory" once a newer format stopped the writing', () => {
    render(<SaveState />);
    act(() => setSaveState('stopped'));
    expect(status()).toHaveTextContent('Not saved — kept in memory');
  });
});
