// Notices: messages not tied to one panel (ignored link values, storage), each dismissible.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/app-store';
import { Notices } from '../../src/ui/common/notices';

describe('Notices', () => {
  it('shows nothing while there are no notices', () => {
    render(<Notices />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('lists every notice in the store, in order', () => {
    useAppStore.getState().addNotice('warning', 'Ignored the unknown setting “zzz”.');
    useAppStore.getState().addNotice('info', 'Saved datasets could not be read.');
    render(<Notices />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(
      /Ignored the unknown setting “zzz”\..*Saved datasets could not be read\./,
    );
    // Each button names its notice, so a screen reader can tell them apart.
    expect(
      within(status).getByRole('button', { name: 'Dismiss: Ignored the unknown setting “zzz”.' }),
    ).toBeInTheDocument();
    expect(
      within(status).getByRole('button', { name: 'Dismiss: Saved datasets could not be read.' }),
    ).toBeInTheDocument();
  });

  it('shows a notice added while it is on screen', () => {
    render(<Notices />);
    act(() => useAppStore.getState().addNotice('warning', 'The linked actor “x” is not here.'));
    expect(screen.getByRole('status')).toHaveTextContent('The linked actor “x” is not here.');
  });

  it('"Dismiss" removes that notice and keeps the others', async () => {
    const user = userEvent.setup();
    useAppStore.getState().addNotice('warning', 'First');
    useAppStore.getState().addNotice('warning', 'Second');
    render(<Notices />);
    await user.click(screen.getByRole('button', { name: 'Dismiss: Second' }));
    expect(useAppStore.getState().notices.map((n) => n.text)).toEqual(['First']);
    expect(screen.getByRole('status')).toHaveTextContent('First');
    expect(screen.getByRole('status')).not.toHaveTextContent('Second');
  });

  it('goes away when the last notice is dismissed', async () => {
    const user = userEvent.setup();
    useAppStore.getState().addNotice('info', 'Only one');
    render(<Notices />);
    await user.click(screen.getByRole('button', { name: 'Dismiss: Only one' }));
    expect(useAppStore.getState().notices).toEqual([]);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows a warning (a storage problem) as an alert, and an information as status only', () => {
    useAppStore
      .getState()
      .addNotice(
        'warning',
        '“X” could not be saved in this browser (the browser’s storage is full).',
      );
    useAppStore.getState().addNotice('info', 'Your edit is in a copy.');
    render(<Notices />);
    expect(screen.getByRole('alert')).toHaveTextContent('storage is full');
    expect(screen.getByRole('alert')).not.toHaveTextContent('copy');
    expect(screen.getByRole('status')).toHaveTextContent('Your edit is in a copy.');
  });
});
