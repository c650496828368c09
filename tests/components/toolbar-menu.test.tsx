// The toolbar's "More" menu: rarely used controls, each still found by role and name once open.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Toolbar } from '../../src/ui/toolbar/toolbar';

function renderToolbar() {
  const user = userEvent.setup();
  render(<Toolbar searchRef={{ current: null }} onLocate={() => {}} />);
  const toolbar = screen.getByRole('banner');
  const more = within(toolbar).getByRole('button', { name: 'More' });
  return { user, toolbar, more };
}

describe('the toolbar’s More menu', () => {
  it('is closed at first: its controls are not offered until it opens', async () => {
    const { user, toolbar, more } = renderToolbar();
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(within(toolbar).queryByRole('combobox', { name: 'Size by' })).toBeNull();
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    const group = within(toolbar).getByRole('group', { name: 'More' });
    for (const [role, name] of [
      ['combobox', 'Size by'],
      ['checkbox', 'Group by parent'],
      ['combobox', 'Theme'],
      ['button', 'New from report'],
      ['button', 'Copy link'],
      ['button', 'Keyboard shortcuts'],
    ] as const) {
      expect(within(group).getByRole(role, { name })).toBeInTheDocument();
    }
  });

  it('closes on Escape, giving focus back to its button', async () => {
    const { user, toolbar, more } = renderToolbar();
    await user.click(more);
    await user.click(within(toolbar).getByRole('combobox', { name: 'Theme' }));
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();
  });

  it('keeps the main controls on the bar', () => {
    const { toolbar } = renderToolbar();
    for (const name of ['Re-run layout', 'Fit', 'Import', 'Export', 'Add actor']) {
      expect(within(toolbar).getByRole('button', { name })).toBeVisible();
    }
    expect(within(toolbar).getByRole('combobox', { name: 'Layout' })).toBeVisible();
  });
});
