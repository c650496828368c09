// Keyboard shortcuts: the "Keyboard shortcuts" dialog lists every action the key handler runs,
// and actionForKey leaves keys alone while the user types, except Escape.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  ACTIONS,
  ActionContextOf,
  actionForKey,
  KEY_ACTIONS,
  KEY_HINTS,
} from '../../src/ui/shortcuts/actions';
import { Toolbar } from '../../src/ui/toolbar/toolbar';
import { ShortcutsDialog } from '../../src/ui/shortcuts/shortcuts-dialog';

function setup() {
  const onClose = vi.fn<() => void>();
  const user = userEvent.setup();
  render(<ShortcutsDialog onClose={onClose} />);
  return { onClose, user, dialog: screen.getByRole('dialog', { name: 'Keyboard shortcuts' }) };
}

/** The keys written in the row whose description is `label`. */
function keysOfRow(dialog: HTMLElement, label: string): string[] {
  const row = within(dialog).getByRole('cell', { name: label }).closest('tr')!;
  const header = within(row).getByRole('rowheader');
  return (header.textContent ?? '').split(' ').filter(Boolean);
}

/** An action context whose every action is a mock, to see which one a key or button runs. */
const mockContext = () => ({
  focusSearch: vi.fn(),
  clear: vi.fn(),
  fit: vi.fn(),
  openShortcuts: vi.fn(),
  toggleTable: vi.fn(),
  leaveFocus: vi.fn(),
  rerunLayout: vi.fn(),
  openExport: vi.fn(),
  undo: vi.fn(),
  redo: vi.fn(),
  addActor: vi.fn(),
  addRelation: vi.fn(),
  deleteSelection: vi.fn(),
  openHistory: vi.fn(),
  openMergeDatasets: vi.fn(),
});

describe('ShortcutsDialog', () => {
  it.each(KEY_ACTIONS.map((a) => [a.label, a.keys] as const))(
    'lists "%s" with its keys',
    (label, keys) => {
      const { dialog } = setup();
      expect(keysOfRow(dialog, label)).toEqual([...keys]);
    },
  );

  it('lists the hints for keys that work inside controls', () => {
    const { dialog } = setup();
    for (const hint of KEY_HINTS) expect(keysOfRow(dialog, hint.label)).toEqual([...hint.keys]);
  });

  it('has one row per action and hint, and no others', () => {
    const { dialog } = setup();
    expect(within(dialog).getAllByRole('row')).toHaveLength(KEY_ACTIONS.length + KEY_HINTS.length);
  });

  it('closes with Escape', async () => {
    const { user, onClose } = setup();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });

  it('closes with its "Close" button', async () => {
    const { user, onClose, dialog } = setup();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('actionForKey', () => {
  it.each(KEY_ACTIONS.flatMap((a) => a.keys.map((k) => [k, a.id] as const)))(
    '"%s" runs the "%s" action when not typing',
    (key, id) => {
      expect(actionForKey(key, false)?.id).toBe(id);
    },
  );

  it.each(['/', 'f', 't', 'u', '?'])('"%s" does nothing while typing in a field', (key) => {
    expect(actionForKey(key, true)).toBeUndefined();
  });

  it('Escape still clears while typing', () => {
    expect(actionForKey('Escape', true)?.id).toBe('clear');
  });

  it('a key with no action gives none', () => {
    expect(actionForKey('x', false)).toBeUndefined();
    expect(actionForKey('F', false)).toBeUndefined();
  });

  it('gives every key to one action only', () => {
    const keys = KEY_ACTIONS.flatMap((a) => a.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('runs the action it finds on the context', () => {
    const context = mockContext();
    actionForKey('?', false)!.run(context);
    actionForKey('u', false)!.run(context);
    expect(context.openShortcuts).toHaveBeenCalledTimes(1);
    expect(context.leaveFocus).toHaveBeenCalledTimes(1);
    expect(context.fit).not.toHaveBeenCalled();
  });
});

describe('toolbar buttons from the action registry', () => {
  it('offers every action that has a button, and runs it on the app’s context', async () => {
    const context = mockContext();
    const user = userEvent.setup();
    render(
      <ActionContextOf.Provider value={context}>
        <Toolbar searchRef={{ current: null }} onLocate={() => {}} />
      </ActionContextOf.Provider>,
    );
    const toolbar = screen.getByRole('banner');
    // Rarely used actions sit in the toolbar's "More" menu.
    await user.click(within(toolbar).getByRole('button', { name: 'More' }));
    for (const action of ACTIONS.filter((a) => a.button)) {
      const name = action.button!.name ?? action.button!.text;
      expect(within(toolbar).getByRole('button', { name })).toBeInTheDocument();
    }
    await user.click(within(toolbar).getByRole('button', { name: 'Fit' }));
    // A press outside the menu closed it; it opens again.
    expect(within(toolbar).queryByRole('button', { name: 'Keyboard shortcuts' })).toBeNull();
    await user.click(within(toolbar).getByRole('button', { name: 'More' }));
    await user.click(within(toolbar).getByRole('button', { name: 'Keyboard shortcuts' }));
    await user.click(within(toolbar).getByRole('button', { name: 'Export' }));
    await user.click(within(toolbar).getByRole('button', { name: 'Re-run layout' }));
    await user.click(within(toolbar).getByRole('button', { name: 'Add actor' }));
    expect(context.addActor).toHaveBeenCalledTimes(1);
    expect(context.fit).toHaveBeenCalledTimes(1);
    expect(context.openShortcuts).toHaveBeenCalledTimes(1);
    expect(context.openExport).toHaveBeenCalledTimes(1);
    expect(context.rerunLayout).toHaveBeenCalledTimes(1);
    // The key hint in the button's title comes from the same entry as the key handler's.
    expect(within(toolbar).getByRole('button', { name: 'Fit' })).toHaveAttribute(
      'title',
      'Fit the graph to the window (f)',
    );
  });
});
