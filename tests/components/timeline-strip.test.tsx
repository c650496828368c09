// The timeline strip: one mark per dated relation (inferred ones said so), choosing a mark selects
// its relation, and dragging across the strip sets the date range.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import type { Dataset } from '../../graph-data/schema';
import { useAppStore } from '../../src/store/app-store';
import { TimelineStrip } from '../../src/ui/timeline/timeline-strip';

/** The built-in dataset with `count` more relations, one a day from 2023-01-01, half attacks. */
function withManyDated(count: number): Dataset {
  const extra = Array.from({ length: count }, (_, i) => ({
    id: `many-${i}`,
    source: 'kh',
    target: 'al-asad',
    type: i % 2 === 0 ? 'attacked' : 'allied',
    date: new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10),
    evidence: [],
  }));
  return { ...centcomKh2024, relations: [...centcomKh2024.relations, ...extra] };
}

const dated = centcomKh2024.relations.filter((r) => r.date);
const inferred = dated.filter((r) => r.dateInferred);

const region = () => screen.getByRole('region', { name: 'Timeline' });
const marks = () => within(region()).getAllByRole('button');
const strip = () => within(region()).getByRole('group', { name: /dated relationships/ });

/** jsdom lays nothing out: give the strip a box, 100px from the left and 1000px wide. */
function giveStripABox() {
  const svg = strip();
  vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({
    left: 100,
    right: 1100,
    width: 1000,
    top: 0,
    bottom: 48,
    height: 48,
    x: 100,
    y: 0,
    toJSON: () => ({}),
  });
  // jsdom has no pointer capture.
  Object.assign(svg, { setPointerCapture: vi.fn(), releasePointerCapture: vi.fn() });
  return svg;
}

describe('TimelineStrip', () => {
  it('shows one mark per dated relation of the built-in dataset', () => {
    render(<TimelineStrip />);
    expect(dated).toHaveLength(7);
    expect(marks()).toHaveLength(dated.length);
    expect(strip()).toHaveAccessibleName(
      `${dated.length} dated relationships; drag to set the date range`,
    );
  });

  it('names each mark by its relation and date, saying when the date is inferred', () => {
    render(<TimelineStrip />);
    expect(
      within(region()).getByRole('button', {
        name: 'U.S. Central Command attacked Kataib Hezbollah, 2024-01-24 (inferred)',
      }),
    ).toBeInTheDocument();
    expect(
      within(region()).getByRole('button', {
        name: 'United States attacked Qassem Soleimani, 2020-01',
      }),
    ).toBeInTheDocument();
    const saidInferred = marks().filter((m) => /\(inferred\)$/.test(m.getAttribute('aria-label')!));
    expect(saidInferred).toHaveLength(inferred.length);
  });

  it('lists the marks earliest first', () => {
    render(<TimelineStrip />);
    const dates = marks().map(
      (m) => /, (\d{4}(?:-\d{2}){0,2})/.exec(m.getAttribute('aria-label')!)![1]!,
    );
    expect(dates).toEqual([...dates].sort());
  });

  it('shows the first and last day of the dated relations at its ends', () => {
    render(<TimelineStrip />);
    expect(within(region()).getByText('2020-01-01')).toBeInTheDocument();
    // The 2024-01 condemnations can mean any day of January.
    expect(within(region()).getByText('2024-01-31')).toBeInTheDocument();
  });

  it('clicking a mark selects its relation', async () => {
    const user = userEvent.setup();
    render(<TimelineStrip />);
    const mark = within(region()).getByRole('button', {
      name: /^Kataib Hezbollah attacked al-Asad/,
    });
    await user.click(mark);
    expect(useAppStore.getState().selection).toEqual({
      kind: 'relation',
      id: 'kh-attacked-al-asad',
    });
    expect(mark).toHaveAttribute('aria-pressed', 'true');
  });

  it('Enter on a focused mark selects its relation', async () => {
    const user = userEvent.setup();
    render(<TimelineStrip />);
    const mark = within(region()).getByRole('button', { name: /^Yehia Rasool condemned/ });
    mark.focus();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({
      kind: 'relation',
      id: 'rasool-condemned-us',
    });
  });

  it('still shows marks the date range leaves out', () => {
    useAppStore.getState().setDateRange('2024', undefined);
    render(<TimelineStrip />);
    expect(marks()).toHaveLength(dated.length);
    expect(
      within(region()).getByRole('button', {
        name: /^United States attacked Abu Mahdi al-Muhandis/,
      }),
    ).toBeInTheDocument();
  });

  it('follows the other filters: hiding a type removes its marks', () => {
    useAppStore.getState().setRelationTypeShown('condemned', false);
    render(<TimelineStrip />);
    expect(marks()).toHaveLength(dated.filter((r) => r.type !== 'condemned').length);
  });

  it('is not drawn when no shown relation has a date', () => {
    useAppStore.getState().setRelationTypesHidden(['attacked', 'condemned']);
    render(<TimelineStrip />);
    expect(screen.queryByRole('region', { name: 'Timeline' })).not.toBeInTheDocument();
  });

  it('dragging across the whole strip sets the date range to its whole extent', () => {
    render(<TimelineStrip />);
    const svg = giveStripABox();
    fireEvent.pointerDown(svg, { clientX: 100, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 600, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 1100, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 1100, pointerId: 1 });
    const { dateFrom, dateTo } = useAppStore.getState().filters;
    expect(dateFrom).toBe('2020-01-01');
    expect(dateTo).toBe('2024-01-31');
  });

  it('dragging right to left over the second half selects the same days as left to right', () => {
    render(<TimelineStrip />);
    const svg = giveStripABox();
    fireEvent.pointerDown(svg, { clientX: 1100, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 600, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 600, pointerId: 1 });
    // The axis is broken between January 2020 (2 of the 7 marks: 2/7 of 96% of the strip) and
    // January 2024 (the rest, from 31.4%); half way is 8.4 days into January 2024: 2024-01-09.
    const { dateFrom, dateTo } = useAppStore.getState().filters;
    expect(dateFrom).toBe('2024-01-09');
    expect(dateTo).toBe('2024-01-31');
  });

  it('a press without a drag leaves the date range alone', () => {
    render(<TimelineStrip />);
    const svg = giveStripABox();
    fireEvent.pointerDown(svg, { clientX: 500, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 500, pointerId: 1 });
    expect(useAppStore.getState().filters.dateFrom).toBeUndefined();
    expect(useAppStore.getState().filters.dateTo).toBeUndefined();
  });

  it('pressing on a mark selects it and starts no drag', () => {
    render(<TimelineStrip />);
    const svg = giveStripABox();
    const mark = marks()[0]!;
    fireEvent.pointerDown(mark, { clientX: 100, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 900, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 900, pointerId: 1 });
    fireEvent.click(mark);
    expect(useAppStore.getState().filters.dateFrom).toBeUndefined();
    expect(useAppStore.getState().selection?.kind).toBe('relation');
  });

  it('beyond 400 dated relationships draws their density instead of one mark each', () => {
    useAppStore.setState({ dataset: withManyDated(450) });
    render(<TimelineStrip />);
    expect(strip()).toHaveAccessibleName(
      `${450 + dated.length} dated relationships; drag to set the date range`,
    );
    expect(within(region()).queryAllByRole('button')).toEqual([]);
    expect(within(region()).getByText('2024-03-25')).toBeInTheDocument();
  });

  it('follows a type toggled while it is shown, and shows marks again once few enough remain', () => {
    useAppStore.setState({ dataset: withManyDated(450) });
    render(<TimelineStrip />);
    const attacksAndAllied = 450 + dated.filter((r) => r.type !== 'condemned').length;
    act(() => useAppStore.getState().setRelationTypeShown('condemned', false));
    expect(strip()).toHaveAccessibleName(
      `${attacksAndAllied} dated relationships; drag to set the date range`,
    );
    act(() => useAppStore.getState().setRelationTypeShown('allied', false));
    const attacks = 225 + dated.filter((r) => r.type === 'attacked').length;
    expect(marks()).toHaveLength(attacks);
    act(() => useAppStore.getState().setRelationTypesHidden([]));
    expect(within(region()).queryAllByRole('button')).toEqual([]);
  });

  it('keeps its marks while the date range changes, and picks up a new dataset', () => {
    render(<TimelineStrip />);
    act(() => useAppStore.getState().setDateRange('2024-01-20', '2024-01-31'));
    expect(marks()).toHaveLength(dated.length);
    act(() => useAppStore.setState({ dataset: withManyDated(3) }));
    expect(marks()).toHaveLength(dated.length + 3);
    expect(within(region()).getAllByRole('button', { name: /, 2023-01-0[123]$/ })).toHaveLength(3);
  });
});
