// Shareable state (docs/design.md §9): the link form of a view, applying a link to the store, and keeping
// the address bar in step with the store — with unknown or malformed values dropped with a notice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { parseUrlState, serialiseUrlState } from '../../src/model/url-state';
import { useAppStore } from '../../src/store/app-store';
import {
  applyUrlState,
  flushUrlSync,
  startUrlSync,
  URL_WRITE_DELAY_MS,
  urlStateOf,
} from '../../src/store/url-sync';

const mine: Dataset = {
  format: 'actor-graph',
  version: 1,
  id: 'mine',
  title: 'Mine',
  sources: [],
  actors: [
    { id: 'a', name: 'Alpha', kind: 'person' },
    { id: 'b', name: 'Bravo', kind: 'person' },
  ],
  relations: [{ id: 'a-b', source: 'a', target: 'b', type: 'allied', evidence: [] }],
};

const noticeTexts = () => useAppStore.getState().notices.map((n) => n.text);

/** A window with just what url-sync touches; timers go through the (possibly fake) globals. */
function fakeWindow(search: string) {
  const replaceState = vi.fn<(data: unknown, unused: string, url?: string | URL | null) => void>();
  const win = {
    location: { search, pathname: '/app/', hash: '#top' },
    history: { state: null, replaceState },
    setTimeout: (fn: () => void, ms?: number) => globalThis.setTimeout(fn, ms),
    clearTimeout: (id?: number) => globalThis.clearTimeout(id),
  };
  return { win: win as unknown as Window, replaceState };
}

const stops: (() => void)[] = [];
function start(search: string) {
  const { win, replaceState } = fakeWindow(search);
  stops.push(startUrlSync(useAppStore, win));
  return { replaceState, lastUrl: () => replaceState.mock.lastCall?.[2] };
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.useRealTimers();
});

describe('urlStateOf', () => {
  it('gives an empty link for the default view of the built-in dataset', () => {
    const state = urlStateOf(useAppStore.getState());
    expect(state).toEqual({});
    expect(serialiseUrlState(state)).toBe('');
  });

  it('leaves out the default fcose layout even after it was run again', () => {
    useAppStore.getState().runLayout('fcose');
    expect(urlStateOf(useAppStore.getState())).toEqual({});
  });

  it('carries every changed setting of the view', () => {
    const s = useAppStore.getState();
    s.setRelationTypeShown('condemned', false);
    s.setActorKindShown('person', false);
    s.setDateRange('2024', '2024-01-31');
    s.setIncludeUndated(false);
    s.select({ kind: 'actor', id: 'kh' });
    s.setFocus({ actorId: 'kh', hops: 2 });
    s.runLayout('circle');
    s.setSizeBy('degree');
    s.setGrouped(true);
    expect(urlStateOf(useAppStore.getState())).toEqual({
      hiddenTypes: ['condemned'],
      hiddenKinds: ['person'],
      from: '2024',
      to: '2024-01-31',
      undated: false,
      selected: { kind: 'actor', id: 'kh' },
      focus: { id: 'kh', hops: 2 },
      layout: 'circle',
      sizeBy: 'degree',
      grouped: true,
    });
  });

  it('names an imported dataset but never the built-in one', () => {
    useAppStore.getState().addDataset(mine);
    expect(urlStateOf(useAppStore.getState()).dataset).toBeUndefined();
    useAppStore.getState().selectDataset('mine');
    expect(urlStateOf(useAppStore.getState()).dataset).toBe('mine');
  });
});

describe('applyUrlState', () => {
  it('applies a selection, focus, layout and filters the dataset knows, without notices', () => {
    const notices = applyUrlState({
      hiddenTypes: ['allied'],
      from: '2024-01',
      selected: { kind: 'relation', id: 'centcom-attacked-kh' },
      focus: { id: 'kh', hops: 2 },
      layout: 'concentric',
      sizeBy: 'betweenness',
      grouped: true,
    });
    expect(notices).toEqual([]);
    const s = useAppStore.getState();
    expect(s.selection).toEqual({ kind: 'relation', id: 'centcom-attacked-kh' });
    expect(s.focus).toEqual({ actorId: 'kh', hops: 2 });
    expect(s.layout).toBe('concentric');
    expect(s.filters.hiddenRelationTypes).toEqual(['allied']);
    expect(s.filters.dateFrom).toBe('2024-01');
    expect(s.sizeBy).toBe('betweenness');
    expect(s.grouped).toBe(true);
  });

  it('drops an unknown selection, focus and layout with one notice each', () => {
    const notices = applyUrlState({
      selected: { kind: 'actor', id: 'nobody' },
      focus: { id: 'ghost', hops: 1 },
      layout: 'spiral',
    });
    expect(notices).toHaveLength(3);
    expect(notices[0]).toMatch(/nobody/);
    expect(notices[1]).toMatch(/ghost/);
    expect(notices[2]).toMatch(/spiral/);
    const s = useAppStore.getState();
    expect(s.selection).toBeNull();
    expect(s.focus).toBeNull();
    expect(s.layout).toBe('fcose');
  });

  it('drops a relation selection that names an actor id (kinds are not mixed up)', () => {
    const notices = applyUrlState({ selected: { kind: 'relation', id: 'kh' } });
    expect(notices).toHaveLength(1);
    expect(useAppStore.getState().selection).toBeNull();
  });

  it('returns settings the link leaves out to their defaults', () => {
    const s = useAppStore.getState();
    s.setSizeBy('degree');
    s.setGrouped(true);
    s.setRelationTypeShown('attacked', false);
    applyUrlState({});
    const after = useAppStore.getState();
    expect(after.sizeBy).toBe('none');
    expect(after.grouped).toBe(false);
    expect(after.filters.hiddenRelationTypes).toEqual([]);
  });
});

describe('startUrlSync', () => {
  it('applies the link in the address bar at start-up', () => {
    start('?hide=condemned&sel=actor:kh&focus=kh:2&layout=circle&size=degree');
    const s = useAppStore.getState();
    expect(s.filters.hiddenRelationTypes).toEqual(['condemned']);
    expect(s.selection).toEqual({ kind: 'actor', id: 'kh' });
    expect(s.focus).toEqual({ actorId: 'kh', hops: 2 });
    expect(s.layout).toBe('circle');
    expect(s.sizeBy).toBe('degree');
    expect(s.notices).toEqual([]);
  });

  it('writes the view back into the query string, keeping path and hash, after a store change', () => {
    vi.useFakeTimers();
    const { replaceState, lastUrl } = start('?hide=condemned');
    expect(replaceState).not.toHaveBeenCalled();
    useAppStore.getState().select({ kind: 'relation', id: 'centcom-attacked-kh' });
    // Not in the same task as the change: a moment later.
    expect(replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(lastUrl()).toBe('/app/?hide=condemned&sel=relation:centcom-attacked-kh#top');
  });

  it('writes a burst of changes once, with the last view', () => {
    vi.useFakeTimers();
    const { replaceState, lastUrl } = start('');
    const { select, setRelationTypeShown } = useAppStore.getState();
    for (let i = 0; i < 10; i++) {
      setRelationTypeShown('attacked', i % 2 === 1);
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS / 2);
    }
    select({ kind: 'actor', id: 'kh' });
    expect(replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(lastUrl()).toBe('/app/?sel=actor:kh#top');
  });

  it('writes a pending change at once when asked to (copying the link)', () => {
    vi.useFakeTimers();
    const { replaceState, lastUrl } = start('');
    useAppStore.getState().select({ kind: 'actor', id: 'iran' });
    flushUrlSync();
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(lastUrl()).toBe('/app/?sel=actor:iran#top');
    // Nothing is left to write afterwards.
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(replaceState).toHaveBeenCalledTimes(1);
  });

  it('leaves the address bar alone when something outside the view changes', () => {
    const { replaceState } = start('');
    useAppStore.getState().setTheme('dark');
    useAppStore.getState().setTab('table');
    useAppStore.getState().addNotice('info', 'hello');
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('clears the query string when the view returns to the default', () => {
    vi.useFakeTimers();
    const { replaceState, lastUrl } = start('?sel=actor:kh');
    useAppStore.getState().select(null);
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(replaceState).toHaveBeenCalled();
    expect(lastUrl()).toBe('/app/#top');
  });

  it('selects a linked dataset that is already loaded and applies the rest of the link to it', () => {
    useAppStore.getState().addDataset(mine);
    start('?dataset=mine&sel=actor:b');
    const s = useAppStore.getState();
    expect(s.dataset.id).toBe('mine');
    expect(s.selection).toEqual({ kind: 'actor', id: 'b' });
  });

  it('waits for a linked dataset that arrives later, then applies the link to it', () => {
    vi.useFakeTimers();
    const { replaceState, lastUrl } = start('?dataset=mine&sel=actor:a');
    expect(useAppStore.getState().dataset.id).toBe('centcom-kh-2024');
    // While waiting, the link is not overwritten.
    useAppStore.getState().select({ kind: 'actor', id: 'kh' });
    expect(replaceState).not.toHaveBeenCalled();

    vi.advanceTimersByTime(3000);
    useAppStore.getState().addDataset(mine);
    const s = useAppStore.getState();
    expect(s.dataset.id).toBe('mine');
    expect(s.selection).toEqual({ kind: 'actor', id: 'a' });

    useAppStore.getState().select({ kind: 'actor', id: 'b' });
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(lastUrl()).toBe('/app/?dataset=mine&sel=actor:b#top');
    // The give-up timer was cancelled.
    vi.advanceTimersByTime(60_000);
    expect(noticeTexts()).toEqual([]);
  });

  it('gives up on a linked dataset that never arrives, with a notice, after the wait', () => {
    vi.useFakeTimers();
    const { lastUrl } = start('?dataset=gone&sel=actor:kh');
    vi.advanceTimersByTime(7999);
    expect(noticeTexts()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(noticeTexts()).toHaveLength(1);
    expect(noticeTexts()[0]).toMatch(/“gone” is not available/);
    expect(useAppStore.getState().dataset.id).toBe('centcom-kh-2024');
    // From then on the address bar follows the store again.
    useAppStore.getState().select({ kind: 'actor', id: 'iran' });
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(lastUrl()).toBe('/app/?sel=actor:iran#top');
  });

  it('stops writing and waiting once stopped', () => {
    vi.useFakeTimers();
    const { win, replaceState } = fakeWindow('?dataset=gone');
    const stop = startUrlSync(useAppStore, win);
    stop();
    vi.advanceTimersByTime(10_000);
    useAppStore.getState().select({ kind: 'actor', id: 'kh' });
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(noticeTexts()).toEqual([]);
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('drops a pending write when stopped', () => {
    vi.useFakeTimers();
    const { win, replaceState } = fakeWindow('');
    const stop = startUrlSync(useAppStore, win);
    useAppStore.getState().select({ kind: 'actor', id: 'kh' });
    stop();
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    flushUrlSync();
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('turns a malformed link into notices, never an exception', () => {
    expect(() => start('?from=2024-13&sel=nope&zzz=1')).not.toThrow();
    const texts = noticeTexts();
    expect(texts).toHaveLength(3);
    expect(texts.some((t) => t.includes('“from”'))).toBe(true);
    expect(texts.some((t) => t.includes('“sel”'))).toBe(true);
    expect(texts.some((t) => t.includes('“zzz”'))).toBe(true);
    const s = useAppStore.getState();
    expect(s.filters.dateFrom).toBeUndefined();
    expect(s.selection).toBeNull();
  });

  it('survives a link with broken encoding, absurd hops and unknown ids', () => {
    const search = '?sel=actor:%E0%A4%A&focus=nobody:2&layout=spiral&dataset=&size=huge';
    expect(parseUrlState(search).notices.length).toBeGreaterThan(0);
    expect(() => start(search)).not.toThrow();
    // sel (bad encoding), dataset (empty), size (unknown) when parsed; focus and layout when applied.
    expect(noticeTexts()).toHaveLength(5);
    expect(useAppStore.getState().focus).toBeNull();
    expect(useAppStore.getState().layout).toBe('fcose');
  });
});
