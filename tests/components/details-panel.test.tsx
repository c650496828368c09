// The details panel (docs/design.md §6, §11): landmark "Details" with the selected actor or relation and the
// evidence behind it; names are text, never markup, and only http(s) sources become links.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { useAppStore } from '../../src/store/app-store';
import { DetailsPanel } from '../../src/ui/details/details-panel';

const REPORT_TITLE = 'News report on the CENTCOM airstrikes against Kataib Hezbollah in Iraq';

const details = () => screen.getByRole('complementary', { name: 'Details' });
const selectActor = (id: string) => useAppStore.getState().select({ kind: 'actor', id });
const selectRelation = (id: string) => useAppStore.getState().select({ kind: 'relation', id });
/** The list item of one relation in an actor's details, found by the button that names it. */
const relationItem = (group: HTMLElement, name: string) => {
  const item = within(group).getByRole('button', { name }).closest('li');
  if (!item) throw new Error(`no list item around "${name}"`);
  return item;
};

/** Put a small dataset in the store, as an import would, and make it the current one. */
function openDataset(dataset: Dataset) {
  const { addDataset, selectDataset } = useAppStore.getState();
  addDataset(dataset);
  selectDataset(dataset.id);
}

describe('DetailsPanel', () => {
  it('is a complementary landmark named "Details" that introduces the dataset when nothing is selected', () => {
    render(<DetailsPanel />);
    const panel = details();
    expect(
      within(panel).getByRole('heading', {
        name: 'US strikes on Kataib Hezbollah, January 2024',
      }),
    ).toBeInTheDocument();
    expect(panel).toHaveTextContent('15 actors, 13 relationships');
  });

  it('keeps its landmark, empty, while deferred until the graph has painted', () => {
    selectActor('kh');
    render(<DetailsPanel deferred />);
    expect(details()).toBeEmptyDOMElement();
  });

  it("shows a selected actor's name, kind, aliases and description", () => {
    selectActor('kh');
    render(<DetailsPanel />);
    const panel = details();
    expect(within(panel).getByRole('heading', { name: 'Kataib Hezbollah' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('militia');
    expect(panel).toHaveTextContent(
      "Also known as: Kata'ib Hizballah; Kataib Hizbollah; Hezbollah Brigades",
    );
    expect(
      within(panel).getByText(/Iran-backed Shiite militia in Iraq, described as one of the most/),
    ).toBeInTheDocument();
  });

  it("groups the actor's relations by type, each group counted", () => {
    selectActor('kh');
    render(<DetailsPanel />);
    const panel = details();
    expect(within(panel).getByRole('heading', { name: 'attacked (3)' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'founded (1)' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'allied (2)' })).toBeInTheDocument();
    expect(within(panel).queryByRole('heading', { name: /^condemned/ })).not.toBeInTheDocument();

    const attacked = within(panel).getByRole('region', { name: 'attacked' });
    expect(
      within(attacked).getByRole('button', { name: 'attacked by U.S. Central Command' }),
    ).toBeInTheDocument();
    expect(
      within(attacked).getByRole('button', { name: 'attacked U.S. forces in Iraq' }),
    ).toBeInTheDocument();
    expect(
      within(attacked).getByRole('button', { name: 'attacked al-Asad Airbase' }),
    ).toBeInTheDocument();
    const allied = within(panel).getByRole('region', { name: 'allied' });
    expect(within(allied).getByRole('button', { name: 'allied with Iran' })).toBeInTheDocument();
  });

  it('gives each relation its summary', () => {
    selectActor('kh');
    render(<DetailsPanel />);
    const founded = within(details()).getByRole('region', { name: 'founded' });
    const item = relationItem(founded, 'founded by Abu Mahdi al-Muhandis');
    expect(item).toHaveTextContent('Al-Muhandis founded Kataib Hezbollah.');
  });

  it('marks an inferred date "(inferred)" and leaves stated dates and undated relations unmarked', () => {
    selectActor('kh');
    render(<DetailsPanel />);
    const attacked = within(details()).getByRole('region', { name: 'attacked' });
    const strike = relationItem(attacked, 'attacked by U.S. Central Command');
    expect(strike).toHaveTextContent('2024-01-24 (inferred)');
    const undated = relationItem(attacked, 'attacked U.S. forces in Iraq');
    expect(undated).toHaveTextContent('undated');
    expect(undated).not.toHaveTextContent('(inferred)');
  });

  it('does not mark a date the source states', () => {
    selectActor('qassem-soleimani');
    render(<DetailsPanel />);
    const attacked = within(details()).getByRole('region', { name: 'attacked' });
    const item = relationItem(attacked, 'attacked by United States');
    expect(item).toHaveTextContent('2020-01');
    expect(item).not.toHaveTextContent('(inferred)');
  });

  it('lists the evidence of each relation with its source and paragraph', () => {
    selectActor('kh');
    render(<DetailsPanel />);
    const attacked = within(details()).getByRole('region', { name: 'attacked' });
    const strike = relationItem(attacked, 'attacked by U.S. Central Command');
    expect(within(strike).getByText(`${REPORT_TITLE}, paragraph 1`)).toBeInTheDocument();
    expect(within(strike).getByText(`${REPORT_TITLE}, paragraph 2`)).toBeInTheDocument();
  });

  it('leaves out relations the filters hide and says how many', () => {
    useAppStore.getState().setRelationTypeShown('attacked', false);
    selectActor('kh');
    render(<DetailsPanel />);
    const panel = details();
    expect(within(panel).queryByRole('region', { name: 'attacked' })).not.toBeInTheDocument();
    expect(within(panel).getByRole('region', { name: 'founded' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('3 more hidden by the filters.');
  });

  it('choosing a relation in the actor details selects that relation', async () => {
    const user = userEvent.setup();
    selectActor('kh');
    render(<DetailsPanel />);
    await user.click(
      within(details()).getByRole('button', { name: 'founded by Abu Mahdi al-Muhandis' }),
    );
    expect(useAppStore.getState().selection).toEqual({
      kind: 'relation',
      id: 'al-muhandis-founded-kh',
    });
    expect(
      within(details()).getByRole('heading', {
        name: 'Abu Mahdi al-Muhandis founded Kataib Hezbollah',
      }),
    ).toBeInTheDocument();
  });

  it("shows a selected relation's ends, date, summary, evidence and quote", () => {
    selectRelation('al-araji-condemned-us');
    render(<DetailsPanel />);
    const panel = details();
    expect(
      within(panel).getByRole('heading', { name: 'Qassem al-Araji condemned United States' }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Qassem al-Araji' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'United States' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Date: 2024-01 (inferred)');
    expect(panel).toHaveTextContent(
      'The national security adviser condemned the strikes, saying they would not bring calm.',
    );
    expect(within(panel).getByRole('heading', { name: 'Evidence' })).toBeInTheDocument();
    expect(within(panel).getByText(`${REPORT_TITLE}, paragraph 6`)).toBeInTheDocument();
    expect(
      within(panel).getByText('flagrant violation of Iraq’s sovereignty', { selector: 'q' }),
    ).toBeInTheDocument();
  });

  it('choosing an end of a relation selects that actor', async () => {
    const user = userEvent.setup();
    selectRelation('al-araji-condemned-us');
    render(<DetailsPanel />);
    await user.click(within(details()).getByRole('button', { name: 'Qassem al-Araji' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'qassem-al-araji' });
    expect(within(details()).getByRole('heading', { name: 'Qassem al-Araji' })).toBeInTheDocument();
  });

  it('follows the selection and clears back to the overview', () => {
    render(<DetailsPanel />);
    act(() => selectActor('iran'));
    expect(within(details()).getByRole('heading', { name: 'Iran' })).toBeInTheDocument();
    act(() => useAppStore.getState().select(null));
    expect(
      within(details()).getByRole('heading', {
        name: 'US strikes on Kataib Hezbollah, January 2024',
      }),
    ).toBeInTheDocument();
  });

  it('ignores a selection that names no element instead of crashing', () => {
    selectRelation('no-such-relation');
    render(<DetailsPanel />);
    expect(
      within(details()).getByRole('heading', {
        name: 'US strikes on Kataib Hezbollah, January 2024',
      }),
    ).toBeInTheDocument();
  });
});

describe('DetailsPanel: hostile content (docs/design.md §11)', () => {
  const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
  const hostile: Dataset = {
    format: 'actor-graph',
    version: 1,
    id: 'hostile',
    title: 'Hostile <b>input</b>',
    sources: [
      { id: 'bad', title: 'Script source', url: 'javascript:alert(1)' },
      { id: 'data', title: 'Data source', url: 'data:text/html,<script>alert(1)</script>' },
      { id: 'good', title: 'Web source', url: 'https://example.org/report' },
    ],
    actors: [
      {
        id: 'a',
        name: HOSTILE_NAME,
        kind: 'person',
        aliases: ['<script>alert(2)</script>'],
        description: '<a href="javascript:alert(3)">click</a>',
      },
      { id: 'b', name: 'Plain actor', kind: 'state' },
    ],
    relations: [
      {
        id: 'r',
        source: 'a',
        target: 'b',
        type: 'condemned',
        summary: '<em>emphasis</em>',
        evidence: [
          { source: 'bad', paragraph: 1 },
          { source: 'data', paragraph: 2 },
          { source: 'good', paragraph: 3, quote: '<i>quoted</i>' },
        ],
      },
    ],
  };

  it('shows HTML in an actor name, alias and description as text, not markup', () => {
    openDataset(hostile);
    selectActor('a');
    const { container } = render(<DetailsPanel />);
    expect(within(details()).getByRole('heading', { name: HOSTILE_NAME })).toBeInTheDocument();
    expect(details()).toHaveTextContent('<script>alert(2)</script>');
    expect(details()).toHaveTextContent('<a href="javascript:alert(3)">click</a>');
    expect(container.querySelector('img, script, a[href^="javascript"]')).toBeNull();
    expect(within(details()).queryByRole('img')).not.toBeInTheDocument();
  });

  it('shows HTML in a relation summary and quote as text', () => {
    openDataset(hostile);
    selectRelation('r');
    const { container } = render(<DetailsPanel />);
    expect(
      within(details()).getByRole('heading', { name: `${HOSTILE_NAME} condemned Plain actor` }),
    ).toBeInTheDocument();
    expect(details()).toHaveTextContent('<em>emphasis</em>');
    expect(within(details()).getByText('<i>quoted</i>', { selector: 'q' })).toBeInTheDocument();
    expect(container.querySelector('img, em, i')).toBeNull();
  });

  it('renders an https source as a link that opens safely and a javascript: or data: one as text', () => {
    openDataset(hostile);
    selectRelation('r');
    render(<DetailsPanel />);
    const panel = details();

    const web = within(panel).getByRole('link', { name: 'Web source' });
    expect(web).toHaveAttribute('href', 'https://example.org/report');
    expect(web).toHaveAttribute('rel', 'noopener noreferrer');

    expect(within(panel).queryByRole('link', { name: 'Script source' })).not.toBeInTheDocument();
    expect(within(panel).getByText('Script source, paragraph 1')).toBeInTheDocument();
    expect(within(panel).queryByRole('link', { name: 'Data source' })).not.toBeInTheDocument();
    expect(within(panel).getByText('Data source, paragraph 2')).toBeInTheDocument();
    expect(within(panel).getAllByRole('link')).toHaveLength(1);
  });

  it("shows an evidence excerpt, the source's own sentence, beside its paragraph", () => {
    openDataset({
      format: 'actor-graph',
      version: 1,
      id: 'excerpt-test',
      title: 'Excerpt test',
      sources: [{ id: 's', title: 'Wire report', text: 'Alpha shelled Beta on Monday.' }],
      actors: [
        { id: 'a', name: 'Alpha', kind: 'state' },
        { id: 'b', name: 'Beta', kind: 'militia' },
      ],
      relations: [
        {
          id: 'r',
          source: 'a',
          target: 'b',
          type: 'attacked',
          evidence: [{ source: 's', paragraph: 1, excerpt: 'Alpha shelled Beta on Monday.' }],
        },
      ],
    });
    selectRelation('r');
    render(<DetailsPanel />);
    const item = within(details()).getByText('Wire report, paragraph 1').closest('li')!;
    expect(within(item).getByText('Alpha shelled Beta on Monday.')).toBeInTheDocument();
  });
});
