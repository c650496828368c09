// "Show in source" (docs/design.md §13): evidence whose source keeps a text opens the region "Source" with
// its paragraph and the excerpt highlighted, and "Previous evidence" / "Next evidence" step through.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { useAppStore } from '../../src/store/app-store';
import { DetailsPanel } from '../../src/ui/details/details-panel';
import { useSourceView } from '../../src/ui/details/source-view';

const TEXT =
  'Alpha met Beta in spring.\n\nAlpha shelled Beta on Monday. Gamma protested.\n\nGamma backed Beta.';

const dataset: Dataset = {
  format: 'actor-graph',
  version: 1,
  id: 'with-text',
  title: 'With text',
  sources: [
    { id: 's', title: 'Wire report', text: TEXT },
    { id: 'n', title: 'No text' },
  ],
  actors: [
    { id: 'a', name: 'Alpha', kind: 'state' },
    { id: 'b', name: 'Beta', kind: 'militia' },
    { id: 'g', name: 'Gamma', kind: 'state' },
  ],
  relations: [
    {
      id: 'r1',
      source: 'a',
      target: 'b',
      type: 'attacked',
      evidence: [
        { source: 's', paragraph: 2, excerpt: 'Alpha shelled Beta on Monday.' },
        { source: 'n', paragraph: 1 },
      ],
    },
    {
      id: 'r2',
      source: 'g',
      target: 'b',
      type: 'allied',
      evidence: [{ source: 's', paragraph: 3, excerpt: 'Gamma backed Beta.' }],
    },
  ],
};

beforeEach(() => {
  useSourceView.setState(useSourceView.getInitialState(), true);
  const { addDataset, selectDataset, select } = useAppStore.getState();
  addDataset(dataset);
  selectDataset(dataset.id);
  select({ kind: 'relation', id: 'r1' });
});

describe('Show in source', () => {
  it('is offered only for evidence whose source keeps a text', () => {
    render(<DetailsPanel />);
    expect(screen.getAllByRole('button', { name: 'Show in source' })).toHaveLength(1);
  });

  it('opens the region "Source" at the paragraph with the excerpt highlighted', async () => {
    const user = userEvent.setup();
    render(<DetailsPanel />);
    await user.click(screen.getByRole('button', { name: 'Show in source' }));
    const source = screen.getByRole('region', { name: 'Source' });
    expect(
      within(source).getByRole('heading', { name: 'Wire report, paragraph 2' }),
    ).toBeInTheDocument();
    expect(source).toHaveTextContent('Alpha shelled Beta on Monday. Gamma protested.');
    expect(
      within(source).getByText('Alpha shelled Beta on Monday.', { selector: 'mark' }),
    ).toBeInTheDocument();
  });

  it('steps to the next and previous evidence in the text', async () => {
    const user = userEvent.setup();
    render(<DetailsPanel />);
    await user.click(screen.getByRole('button', { name: 'Show in source' }));
    const source = screen.getByRole('region', { name: 'Source' });
    expect(within(source).getByRole('button', { name: 'Previous evidence' })).toBeDisabled();
    await user.click(within(source).getByRole('button', { name: 'Next evidence' }));
    expect(
      within(source).getByRole('heading', { name: 'Wire report, paragraph 3' }),
    ).toBeInTheDocument();
    expect(
      within(source).getByText('Gamma backed Beta.', { selector: 'mark' }),
    ).toBeInTheDocument();
    expect(within(source).getByRole('button', { name: 'Next evidence' })).toBeDisabled();
    await user.click(within(source).getByRole('button', { name: 'Previous evidence' }));
    expect(
      within(source).getByRole('heading', { name: 'Wire report, paragraph 2' }),
    ).toBeInTheDocument();
  });
});

describe('Attach text', () => {
  it('stores a text on a source without one, in a copy of the built-in dataset, and opens the evidence in it', async () => {
    const user = userEvent.setup();
    useAppStore.getState().selectDataset('centcom-kh-2024');
    useAppStore.getState().select({ kind: 'relation', id: 'al-muhandis-founded-kh' });
    render(<DetailsPanel />);
    expect(screen.queryByRole('button', { name: 'Show in source' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Attach text' }));
    const dialog = await screen.findByRole('dialog', { name: 'Attach text' });
    const lines = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the report.`);
    await user.click(within(dialog).getByLabelText('Text'));
    await user.paste(lines.join('\n'));
    await user.click(within(dialog).getByRole('button', { name: 'Attach' }));
    const { dataset } = useAppStore.getState();
    expect(dataset.id).toBe('centcom-kh-2024-edited');
    expect(dataset.title).toBe('US strikes on Kataib Hezbollah, January 2024 (edited)');
    expect(dataset.sources[0]!.text).toBe(lines.join('\n'));
    const source = screen.getByRole('region', { name: 'Source' });
    expect(source).toHaveTextContent('Paragraph 8 of the report.');
  });

  it('refuses a text with fewer paragraphs than the evidence names', async () => {
    const user = userEvent.setup();
    useAppStore.getState().selectDataset('centcom-kh-2024');
    useAppStore.getState().select({ kind: 'relation', id: 'al-muhandis-founded-kh' });
    render(<DetailsPanel />);
    await user.click(screen.getByRole('button', { name: 'Attach text' }));
    const dialog = await screen.findByRole('dialog', { name: 'Attach text' });
    await user.click(within(dialog).getByLabelText('Text'));
    await user.paste('Only one paragraph.');
    await user.click(within(dialog).getByRole('button', { name: 'Attach' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'The evidence names paragraph 8, but this text has 1 paragraph',
    );
    expect(useAppStore.getState().dataset.id).toBe('centcom-kh-2024');
  });
});
