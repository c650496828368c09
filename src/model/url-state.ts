// The shareable view in the query string (docs/design.md §9): compact, readable, and forgiving when parsed.
import type { Selection } from './element-classes';
import { DEFAULT_FILTERS, dateSpan, type Filters } from './filters';
import { MAX_FOCUS_HOPS } from './analysis/focus';
import { isPartialDate } from './partial-date';
import type { SizeMeasure } from './analysis/metrics';

/**
 * What a link carries. A setting left out means its default, and parsing leaves out any value
 * equal to its default, so one view has one URL. Ids are checked only for shape here; whether
 * they exist in the dataset is for the caller to check.
 */
export interface UrlState {
  readonly dataset?: string;
  /** Relation types switched off (`hide=condemned,allied`). */
  readonly hiddenTypes?: readonly string[];
  /** Actor kinds switched off (`hidekinds=person`). */
  readonly hiddenKinds?: readonly string[];
  /** Sources switched off (`hidesources=wire,paper`). */
  readonly hiddenSources?: readonly string[];
  /** Inclusive partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly from?: string;
  readonly to?: string;
  /** Whether undated relations are shown (default true; `false` is carried as `undated=hide`). */
  readonly undated?: boolean;
  /** Whether unconnected actors are shown (default true; `false` is `unconnected=hide`). */
  readonly unconnected?: boolean;
  readonly selected?: Selection;
  readonly focus?: { readonly id: string; readonly hops: number };
  /** A layout name; the caller knows which exist and which is the default. */
  readonly layout?: string;
  /** Only a measure other than `none` is carried. */
  readonly sizeBy?: Exclude<SizeMeasure, 'none'>;
  /** Actors drawn inside their parents (`group=parent`); off by default. */
  readonly grouped?: boolean;
}

export interface ParsedUrlState {
  readonly state: UrlState;
  /** One readable sentence per value that was ignored. */
  readonly notices: string[];
}

/** Longest value kept from a link; ids and lists in real views are far shorter. */
export const MAX_VALUE_LENGTH = 2000;
/** Beyond this the query string is not read at all, so a hostile link costs nothing. */
export const MAX_QUERY_LENGTH = 20_000;
const MAX_LIST_ITEMS = 200;

const PARAM = {
  dataset: 'dataset',
  hiddenTypes: 'hide',
  hiddenKinds: 'hidekinds',
  hiddenSources: 'hidesources',
  from: 'from',
  to: 'to',
  undated: 'undated',
  unconnected: 'unconnected',
  selected: 'sel',
  focus: 'focus',
  layout: 'layout',
  sizeBy: 'size',
  grouped: 'group',
} as const;

/**
 * `data` names a dataset file to load (read at start-up by the loader, not part of the view);
 * it is known here only so that a link carrying it draws no "unknown setting" notice.
 */
export const LOAD_PARAM = 'data';

const KNOWN_PARAMS = new Set<string>([...Object.values(PARAM), LOAD_PARAM]);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Percent-encode a value but keep the characters that read well and mean nothing to a query
 * string (`:` in `sel=actor:kh`); `,` is encoded inside list items because it separates them.
 */
function encodeValue(value: string): string {
  // A lone surrogate (possible in a JSON string) would make encodeURIComponent throw.
  const wellFormed = value.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
  return encodeURIComponent(wellFormed).replace(/%3A/gi, ':');
}

const encodeList = (items: readonly string[]) => items.map(encodeValue).join(',');

/** The query string of a view, `?`-prefixed, or `''` for the default view. */
export function serialiseUrlState(state: UrlState): string {
  const parts: string[] = [];
  const put = (name: string, encoded: string) => parts.push(`${name}=${encoded}`);
  if (state.dataset) put(PARAM.dataset, encodeValue(state.dataset));
  if (state.hiddenTypes?.length) put(PARAM.hiddenTypes, encodeList(state.hiddenTypes));
  if (state.hiddenKinds?.length) put(PARAM.hiddenKinds, encodeList(state.hiddenKinds));
  if (state.hiddenSources?.length) put(PARAM.hiddenSources, encodeList(state.hiddenSources));
  if (state.from) put(PARAM.from, encodeValue(state.from));
  if (state.to) put(PARAM.to, encodeValue(state.to));
  if (state.undated === false) put(PARAM.undated, 'hide');
  if (state.unconnected === false) put(PARAM.unconnected, 'hide');
  if (state.selected)
    put(PARAM.selected, `${state.selected.kind}:${encodeValue(state.selected.id)}`);
  if (state.focus) put(PARAM.focus, `${encodeValue(state.focus.id)}:${state.focus.hops}`);
  if (state.layout) put(PARAM.layout, encodeValue(state.layout));
  if (state.sizeBy) put(PARAM.sizeBy, state.sizeBy);
  if (state.grouped) put(PARAM.grouped, 'parent');
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * `+` is a space in query strings; a stray `%` makes decodeURIComponent throw, so catch it. A lone
 * surrogate is refused too, because encodeURIComponent would throw on it when the view is shared.
 */
function decodeValue(raw: string): string | undefined {
  try {
    const value = decodeURIComponent(raw.replace(/\+/g, ' '));
    return LONE_SURROGATE.test(value) ? undefined : value;
  } catch {
    return undefined;
  }
}

export { isPartialDate };

const LAYOUT_NAME = /^[a-z][a-z0-9-]{0,39}$/;
const SIZE_MEASURES_CARRIED: readonly string[] = ['degree', 'betweenness'];

/**
 * The view a query string (with or without its `?`) describes. Anything unknown, malformed,
 * repeated or absurdly long is left out with a notice; this never throws.
 */
export function parseUrlState(search: string): ParsedUrlState {
  const notices: string[] = [];
  const state: { -readonly [K in keyof UrlState]: UrlState[K] } = {};
  if (typeof search !== 'string') return { state, notices };
  let query = search.startsWith('?') ? search.slice(1) : search;
  const hash = query.indexOf('#');
  if (hash >= 0) query = query.slice(0, hash);
  if (query.length > MAX_QUERY_LENGTH) {
    notices.push(
      `The link is too long (${query.length} characters) to read; showing the default view.`,
    );
    return { state, notices };
  }

  const seen = new Set<string>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decodeValue(eq >= 0 ? pair.slice(0, eq) : pair) ?? pair;
    const raw = eq >= 0 ? pair.slice(eq + 1) : '';
    const shownName = name.length > 40 ? `${name.slice(0, 40)}…` : name;
    if (!KNOWN_PARAMS.has(name)) {
      notices.push(`Ignored the unknown setting “${shownName}”.`);
      continue;
    }
    if (seen.has(name)) {
      notices.push(`Ignored a repeated “${name}”; the first one counts.`);
      continue;
    }
    seen.add(name);
    if (raw.length > MAX_VALUE_LENGTH) {
      notices.push(`Ignored “${name}”: its value is too long (${raw.length} characters).`);
      continue;
    }
    const ignore = (why: string) => notices.push(`Ignored “${name}”: ${why}.`);
    const value = decodeValue(raw);
    if (value === undefined) {
      ignore('its value is not correctly encoded');
      continue;
    }
    if (value === '') {
      ignore('it has no value');
      continue;
    }

    switch (name) {
      case PARAM.dataset:
        state.dataset = value;
        break;
      case PARAM.hiddenTypes:
      case PARAM.hiddenKinds:
      case PARAM.hiddenSources: {
        const items = parseList(raw);
        if (!items) ignore('a listed name is not correctly encoded');
        else if (items.length > MAX_LIST_ITEMS)
          ignore(`it lists more than ${MAX_LIST_ITEMS} names`);
        else if (items.length > 0) {
          if (name === PARAM.hiddenTypes) state.hiddenTypes = items;
          else if (name === PARAM.hiddenKinds) state.hiddenKinds = items;
          else state.hiddenSources = items;
        }
        break;
      }
      case PARAM.from:
      case PARAM.to:
        if (!isPartialDate(value)) ignore(`“${value}” is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
        else if (name === PARAM.from) state.from = value;
        else state.to = value;
        break;
      case PARAM.undated:
      case PARAM.unconnected:
        if (value !== 'hide' && value !== 'show')
          ignore(`expected “hide” or “show”, not “${value}”`);
        else if (value === 'hide') {
          if (name === PARAM.undated) state.undated = false;
          else state.unconnected = false;
        }
        break;
      case PARAM.selected: {
        const colon = value.indexOf(':');
        const kind = colon >= 0 ? value.slice(0, colon) : '';
        const id = value.slice(colon + 1);
        if (kind !== 'actor' && kind !== 'relation') {
          ignore('expected “actor:<id>” or “relation:<id>”');
        } else if (id === '') ignore('the selection names no id');
        else state.selected = { kind, id };
        break;
      }
      case PARAM.focus: {
        // The id may itself hold a colon, so the hops follow the last one.
        const colon = value.lastIndexOf(':');
        const id = colon >= 0 ? value.slice(0, colon) : '';
        const hops = colon >= 0 ? value.slice(colon + 1) : '';
        const n = /^\d{1,2}$/.test(hops) ? Number(hops) : NaN;
        if (id === '') ignore('expected “<actor id>:<hops>”');
        else if (!(n >= 1 && n <= MAX_FOCUS_HOPS)) ignore(`hops must be 1 to ${MAX_FOCUS_HOPS}`);
        else state.focus = { id, hops: n };
        break;
      }
      case PARAM.layout:
        if (!LAYOUT_NAME.test(value)) ignore(`“${value}” is not a layout name`);
        else state.layout = value;
        break;
      case PARAM.sizeBy:
        if (value === 'none') break;
        if (!SIZE_MEASURES_CARRIED.includes(value)) ignore('expected “degree” or “betweenness”');
        else state.sizeBy = value as Exclude<SizeMeasure, 'none'>;
        break;
      case PARAM.grouped:
        if (value !== 'parent') ignore('expected “parent”');
        else state.grouped = true;
        break;
    }
  }

  // Compared as spans: `from=2024-03&to=2024` is a fine range, `from=2024-03&to=2024-02` is not.
  if (state.from && state.to && dateSpan(state.from)[0] > dateSpan(state.to)[1]) {
    notices.push(`Ignored the date range: it ends (${state.to}) before it starts (${state.from}).`);
    delete state.from;
    delete state.to;
  }
  return { state, notices };
}

/** Comma-separated items, each decoded on its own (an item may hold an encoded comma). */
function parseList(raw: string): string[] | undefined {
  const items: string[] = [];
  for (const part of raw.split(',')) {
    const item = decodeValue(part);
    if (item === undefined) return undefined;
    if (item !== '' && !items.includes(item)) items.push(item);
  }
  return items;
}

/** The filter part of a view as a link carries it, defaults left out. */
export function urlStateOfFilters(filters: Filters): UrlState {
  return {
    ...(filters.hiddenRelationTypes.length > 0 ? { hiddenTypes: filters.hiddenRelationTypes } : {}),
    ...(filters.hiddenActorKinds.length > 0 ? { hiddenKinds: filters.hiddenActorKinds } : {}),
    ...(filters.hiddenSources?.length ? { hiddenSources: filters.hiddenSources } : {}),
    ...(filters.dateFrom ? { from: filters.dateFrom } : {}),
    ...(filters.dateTo ? { to: filters.dateTo } : {}),
    ...(filters.includeUndated ? {} : { undated: false }),
    ...(filters.hideUnconnected ? { unconnected: false } : {}),
  };
}

/** The filters a link describes; what it leaves out is the default. */
export function filtersOfUrlState(state: UrlState): Filters {
  return {
    hiddenRelationTypes: state.hiddenTypes ?? DEFAULT_FILTERS.hiddenRelationTypes,
    hiddenActorKinds: state.hiddenKinds ?? DEFAULT_FILTERS.hiddenActorKinds,
    ...(state.hiddenSources ? { hiddenSources: state.hiddenSources } : {}),
    ...(state.from ? { dateFrom: state.from } : {}),
    ...(state.to ? { dateTo: state.to } : {}),
    includeUndated: state.undated !== false,
    hideUnconnected: state.unconnected === false,
  };
}
