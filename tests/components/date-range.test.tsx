// The date-range filter (docs/design.md §6): "From" and "To" take partial dates, "Include undated" shows
// undated relations, and "Any date" clears the range; the store is the source of truth.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/app-store';
import { DateRangeFilter } from '../../src/ui/filters/date-range';

const HINT = 'Use YYYY, YYYY-MM or YYYY-MM-DD';

function setup() {
  const user = userEvent.setup();
  render(<DateRangeFilter />);
  return {
    user,
    from: screen.getByRole('textbox', { name: 'From' }),
    to: screen.getByRole('textbox', { name: 'To' }),
    undated: screen.getByRole('checkbox', { name: 'Include undated' }),
  };
}

const filters = () => useAppStore.getState().filters;

describe('DateRangeFilter', () => {
  it('offers "From", "To" and a checked "Include undated" in a "Dates" group', () => {
    const { from, to, undated } = setup();
    expect(screen.getByRole('group', { name: 'Dates' })).toBeInTheDocument();
    expect(from).toHaveValue('');
    expect(to).toHaveValue('');
    expect(undated).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Any date' })).not.toBeInTheDocument();
  });

  it.each(['2024', '2024-01', '2024-01-20'])(
    'typing "%s" in From sets the filter',
    async (date) => {
      const { user, from } = setup();
      await user.type(from, date);
      expect(filters().dateFrom).toBe(date);
      expect(from).toHaveAttribute('aria-invalid', 'false');
      expect(screen.queryByText(HINT)).not.toBeInTheDocument();
    },
  );

  it('typing a date in To sets the end of the range and keeps its start', async () => {
    useAppStore.getState().setDateRange('2020', undefined);
    const { user, to } = setup();
    await user.type(to, '2024-01');
    expect(filters().dateFrom).toBe('2020');
    expect(filters().dateTo).toBe('2024-01');
  });

  it('an invalid date shows the format hint and leaves the filter unchanged', async () => {
    useAppStore.getState().setDateRange('2024-01', undefined);
    const { user, from } = setup();
    await user.clear(from);
    await user.paste('2024-13');
    expect(from).toHaveValue('2024-13');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription(HINT);
    // Clearing removed the bound; the impossible month did not set one.
    expect(filters().dateFrom).toBeUndefined();
  });

  it('keeps the last valid date while an invalid one is in the field', async () => {
    useAppStore.getState().setDateRange('2024-01', undefined);
    const { user, from } = setup();
    await user.type(from, 'x');
    expect(from).toHaveValue('2024-01x');
    expect(screen.getByText(HINT)).toBeInTheDocument();
    expect(filters().dateFrom).toBe('2024-01');
  });

  it('a day that does not exist is invalid', async () => {
    const { user, to } = setup();
    await user.click(to);
    await user.paste('2023-02-29');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(filters().dateTo).toBeUndefined();
  });

  it('clearing a field removes that bound and the hint', async () => {
    useAppStore.getState().setDateRange('2024', '2024-06');
    const { user, from } = setup();
    await user.type(from, 'x');
    expect(screen.getByText(HINT)).toBeInTheDocument();
    await user.clear(from);
    expect(filters().dateFrom).toBeUndefined();
    expect(filters().dateTo).toBe('2024-06');
    expect(screen.queryByText(HINT)).not.toBeInTheDocument();
  });

  it('shows a range set elsewhere in the store', () => {
    const { from, to } = setup();
    act(() => useAppStore.getState().setDateRange('2020-01', '2024-01-24'));
    expect(from).toHaveValue('2020-01');
    expect(to).toHaveValue('2024-01-24');
  });

  it('"Any date" clears both bounds and goes away', async () => {
    useAppStore.getState().setDateRange('2020', '2024');
    const { user, from, to } = setup();
    await user.click(screen.getByRole('button', { name: 'Any date' }));
    expect(filters().dateFrom).toBeUndefined();
    expect(filters().dateTo).toBeUndefined();
    expect(from).toHaveValue('');
    expect(to).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Any date' })).not.toBeInTheDocument();
  });

  it('"Any date" also empties a field holding a half-typed, invalid date', async () => {
    useAppStore.getState().setDateRange(undefined, '2024');
    const { user, from } = setup();
    await user.type(from, '20x');
    expect(screen.getByText(HINT)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Any date' }));
    expect(from).toHaveValue('');
    expect(screen.queryByText(HINT)).not.toBeInTheDocument();
  });

  it('"Include undated" switches undated relations off and on', async () => {
    const { user, undated } = setup();
    await user.click(undated);
    expect(filters().includeUndated).toBe(false);
    expect(undated).not.toBeChecked();
    await user.click(undated);
    expect(filters().includeUndated).toBe(true);
  });
});
