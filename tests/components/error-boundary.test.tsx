// The error boundary (docs/design.md §11): a readable message instead of a white page, and a way back.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { useAppStore } from '../../src/store/app-store';
import { ErrorBoundary } from '../../src/ui/error-boundary';

/** Throws while an imported dataset is shown, as a rendering bug with odd data might. */
function Fragile() {
  const dataset = useAppStore((s) => s.dataset);
  if (dataset.id !== centcomKh2024.id) throw new Error('cannot draw this dataset');
  return <p>Graph of {dataset.title}</p>;
}

describe('ErrorBoundary', () => {
  it('shows a readable message and goes back to the built-in dataset, keeping imports', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React logs the caught error
    const user = userEvent.setup();
    useAppStore.getState().addDataset({ ...centcomKh2024, id: 'odd', title: 'Odd import' });
    render(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText(`Graph of ${centcomKh2024.title}`)).toBeInTheDocument();
    useAppStore.getState().selectDataset('odd');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('cannot draw this dataset');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the built-in dataset' }));
    expect(screen.getByText(`Graph of ${centcomKh2024.title}`)).toBeInTheDocument();
    expect(useAppStore.getState().dataset.id).toBe(centcomKh2024.id);
    expect(useAppStore.getState().datasets.map((d) => d.id)).toEqual([centcomKh2024.id, 'odd']);
  });
});
