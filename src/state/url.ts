/**
 * The view in the address bar: query string ⇄ ViewState. Pure (no DOM globals), so
 * the app, the embed and the tests share it; the store does the history calls.
 *
 * A link is untrusted input that people edit by hand, so parsing never throws: each
 * unknown or malformed parameter is dropped with a one-line notice and the rest of the
 * view still opens. Rules a caller would notice:
 * - Single-valued parameters given twice: the last one wins (appending `&company=amd`
 *   to a link overrides it), with a notice.
 * - List parameters (`types`, `status`, `confidence`, `kinds`) given twice are merged,
 *   which is what an HTML form of checkboxes sends. Items are case-insensitive,
 *   duplicates collapse and lists come back in vocabulary order. An empty value
 *   (`types=`) is an empty list — a valid view that shows no deals — so every view has
 *   a link. Unknown items are dropped with a notice; if none is known, the parameter is.
 * - `from` later than `until` (start of `from` after end of `until`): swapped, with a
 *   notice — the reader most likely typed them the wrong way round.
 * - Ids are only syntax-checked here; `checkViewAgainstDataset` clears those the
 *   dataset does not have once it has loaded.
 */
import { LOCAL_DATA } from './localData';
import { dateEnd } from '../graph/filter';
import { RANKS } from '../graph';
import {
  COMPANY_KINDS,
  CONFIDENCES,
  CONFIRMED_STATUSES,
  DEAL_STATUSES,
  DEAL_TYPES,
  dateStart,
  isCalendarDate,
  isHttpUrl,
} from '../model';
import {
  DEFAULT_VIEW,
  MAX_LOOP_LENGTH,
  MIN_LOOP_LENGTH,
  USD_PER_GW_RANGE,
  isPlainView,
  type Filters,
  type Theme,
  type ViewState,
} from './viewState';

/**
 * The id alphabet of the data format (ID_PATTERN in model/schema.ts, which is not
 * exported): checked here so a link cannot smuggle anything else into the view.
 */
const ID = /^[a-z0-9][a-z0-9_.-]{0,79}$/;

/** Parameter names in the order `serializeView` writes them. */
export const VIEW_PARAMS = [
  'company',
  'to',
  'loop',
  'deal',
  'types',
  'status',
  'confidence',
  'kinds',
  'minUsd',
  'from',
  'until',
  'maxLength',
  'usdPerGw',
  'rank',
  'order',
  'story',
  'step',
  'theme',
  'data',
  'intro',
] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
/** `status=confirmed` is the "Confirmed only" switch. */
const CONFIRMED = 'confirmed';

export interface ParsedView {
  readonly view: ViewState;
  /** One short sentence per thing ignored or changed, for the reader. */
  readonly notices: string[];
}

/**
 * The longest value a parameter may have: a loop of 10 ids is ~800 characters and
 * a signed dataset URL ~1,500. Anything longer is ignored, with a notice, before
 * it is decoded or parsed, so a 1 MB `types=,,,…` costs next to nothing.
 */
export const MAX_PARAM_LENGTH = 4_000;

const count = (n: number) => n.toLocaleString('en-US');
const tooLong = (name: string, length: number) =>
  `Ignored "${clip(name)}": its value is ${count(length)} characters long (at most ${count(MAX_PARAM_LENGTH)}).`;

/** The query's parameters, without any value over MAX_PARAM_LENGTH. */
function readParams(search: string | URLSearchParams, notices: string[]): URLSearchParams {
  if (typeof search !== 'string') {
    const kept = new URLSearchParams();
    for (const [name, value] of search)
      if (value.length > MAX_PARAM_LENGTH) notices.push(tooLong(name, value.length));
      else kept.append(name, value);
    return kept;
  }
  // Raw segments are measured before decoding: percent-encoding at most triples a
  // character, so a segment under the cap decodes to a value under it too.
  const query = search.startsWith('?') ? search.slice(1) : search;
  const kept: string[] = [];
  for (let start = 0; start <= query.length;) {
    let end = query.indexOf('&', start);
    if (end === -1) end = query.length;
    const eq = query.indexOf('=', start);
    const valueStart = eq !== -1 && eq < end ? eq + 1 : end;
    const length = end - valueStart;
    if (length > MAX_PARAM_LENGTH) {
      const name = new URLSearchParams(query.slice(start, Math.min(valueStart, start + 200)));
      notices.push(tooLong([...name.keys()][0] ?? '', length));
    } else kept.push(query.slice(start, end));
    start = end + 1;
  }
  return new URLSearchParams(kept.join('&'));
}

export function parseView(search: string | URLSearchParams): ParsedView {
  const notices: string[] = [];
  const params = readParams(search, notices);
  const values = new Map<ViewParam, string[]>();
  for (const [name, value] of params) {
    if (name === '' && value === '') continue;
    if (value.length > MAX_PARAM_LENGTH) {
      notices.push(
        `Ignored "${clip(name)}": its value is ${count(value.length)} characters long (at most ${count(MAX_PARAM_LENGTH)}).`,
      );
      continue;
    }
    const known = VIEW_PARAMS.find((p) => p === name);
    if (known === undefined) {
      const near = VIEW_PARAMS.find((p) => p.toLowerCase() === name.toLowerCase());
      notices.push(
        `Ignored unknown parameter "${clip(name)}"${near ? ` (did you mean "${near}"?)` : ''}.`,
      );
      continue;
    }
    const list = values.get(known);
    if (list) list.push(value);
    else values.set(known, [value]);
  }

  const single = (name: ViewParam): string | undefined => {
    const all = values.get(name);
    if (all === undefined) return undefined;
    const last = (all.at(-1) ?? '').trim();
    if (all.length > 1)
      notices.push(`"${name}" was given ${all.length} times; used the last ("${clip(last)}").`);
    return last;
  };
  const reject = (name: ViewParam, value: string, why: string) =>
    notices.push(`Ignored "${name}=${clip(value)}": ${why}.`);

  let view: ViewState = DEFAULT_VIEW;
  let filters: Filters = DEFAULT_VIEW.filters;

  const company = single('company');
  const companyId = company === undefined ? undefined : parseId(company, 'company', reject);
  if (companyId != null) view = { ...view, company: companyId };

  const to = single('to');
  const target = to === undefined ? null : parseId(to, 'to', reject);
  if (to !== undefined && target != null) {
    if (view.company == null) reject('to', to, 'it needs a "company" to start from');
    else if (target === view.company) reject('to', to, 'it is the same as "company"');
    else view = { ...view, target };
  }

  const loop = single('loop');
  if (loop !== undefined) {
    const ids = parseLoop(loop, (why) => reject('loop', loop, why));
    if (ids != null) view = { ...view, loop: ids };
  }

  const dealText = single('deal');
  const deal = dealText === undefined ? undefined : parseId(dealText, 'deal', reject);
  if (deal != null) view = { ...view, deal };

  const list = <T extends string>(name: ViewParam, vocabulary: readonly T[]) => {
    const all = values.get(name);
    return all === undefined ? undefined : parseList(name, all, vocabulary, notices);
  };
  const types = list('types', DEAL_TYPES);
  if (types) filters = { ...filters, types };
  const statuses = list('status', [...DEAL_STATUSES, CONFIRMED]);
  if (statuses) filters = { ...filters, statuses: expandConfirmed(statuses) };
  const confidences = list('confidence', CONFIDENCES);
  if (confidences) filters = { ...filters, confidences };
  const kinds = list('kinds', COMPANY_KINDS);
  if (kinds) filters = { ...filters, kinds };

  const minText = single('minUsd');
  if (minText !== undefined) {
    const minUsd = parseUsd(minText);
    if (minUsd == null)
      reject(
        'minUsd',
        minText,
        'must be a whole number of dollars from 0, such as 5000000000 or 5B',
      );
    else filters = { ...filters, minUsd };
  }

  const date = (name: 'from' | 'until'): string | null => {
    const text = single(name);
    if (text === undefined || text === '') return null;
    if (isCalendarDate(text)) return text;
    reject(name, text, 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD');
    return null;
  };
  let from = date('from');
  let until = date('until');
  if (from != null && until != null && dateStart(from) > dateEnd(until)) {
    notices.push(`Swapped "from=${from}" and "until=${until}": the range was backwards.`);
    [from, until] = [until, from];
  }
  if (from != null || until != null) filters = { ...filters, from, until };

  const maxText = single('maxLength');
  if (maxText !== undefined) {
    const n = /^\d{1,2}$/.test(maxText) ? Number(maxText) : NaN;
    if (n >= MIN_LOOP_LENGTH && n <= MAX_LOOP_LENGTH) view = { ...view, maxLength: n };
    else
      reject(
        'maxLength',
        maxText,
        `must be a whole number from ${MIN_LOOP_LENGTH} to ${MAX_LOOP_LENGTH}`,
      );
  }

  const gwText = single('usdPerGw');
  if (gwText !== undefined && gwText !== '') {
    const usdPerGw = parseUsd(gwText);
    if (usdPerGw != null && usdPerGw >= USD_PER_GW_RANGE.min && usdPerGw <= USD_PER_GW_RANGE.max)
      view = { ...view, usdPerGw };
    else
      reject(
        'usdPerGw',
        gwText,
        'must be dollars per gigawatt from 1B to 200B, such as 35000000000 or 35B',
      );
  }

  const rankText = single('rank');
  if (rankText !== undefined && rankText !== '') {
    const rank = RANKS.find((r) => r === rankText.toLowerCase());
    if (rank) view = { ...view, rank };
    else reject('rank', rankText, 'must be firm or headline');
  }

  const orderText = single('order');
  if (orderText !== undefined && orderText !== '') {
    if (orderText.toLowerCase() === 'time') view = { ...view, inOrder: true };
    else reject('order', orderText, 'must be time (only loops in time order)');
  }

  const storyText = single('story');
  const stepText = single('step');
  const story = storyText === undefined ? undefined : parseId(storyText, 'story', reject);
  if (story != null) {
    let step = 1;
    if (stepText !== undefined && stepText !== '') {
      const n = /^\d{1,4}$/.test(stepText) ? Number(stepText) : NaN;
      if (n >= 1) step = n;
      else reject('step', stepText, 'must be a chapter number: 1, 2, 3…');
    }
    view = { ...view, story: { id: story, step } };
  } else if (
    stepText !== undefined &&
    stepText !== '' &&
    (storyText === undefined || story === null)
  )
    // (A refused story id has its own notice; the step goes with it.)
    reject('step', stepText, 'it needs a "story"');

  const themeText = single('theme');
  if (themeText !== undefined) {
    const theme = THEMES.find((t) => t === themeText.toLowerCase());
    if (theme) view = { ...view, theme };
    else reject('theme', themeText, 'must be light, dark or auto');
  }

  const data = single('data');
  if (data !== undefined && data !== '') {
    if (data === LOCAL_DATA || isHttpUrl(data)) view = { ...view, data };
    else reject('data', data, 'only http:// and https:// dataset links are allowed');
  }

  const intro = single('intro');
  if (intro !== undefined && intro !== '') {
    if (intro.toLowerCase() === 'off') view = { ...view, explored: true };
    else reject('intro', intro, 'must be off (open on the whole map, without the opening)');
  }

  // Untouched filters stay the DEFAULT_FILTERS object, so a plain link costs no re-filter.
  return { view: filters === DEFAULT_VIEW.filters ? view : { ...view, filters }, notices };
}

/** Query string without "?", holding only what differs from DEFAULT_VIEW, in VIEW_PARAMS order. */
export function serializeView(view: ViewState): string {
  const parts: string[] = [];
  const put = (name: ViewParam, value: string) => parts.push(`${name}=${encode(value)}`);
  const d = DEFAULT_VIEW;
  const f = view.filters;
  if (view.company != null) put('company', view.company);
  if (view.target != null) put('to', view.target);
  if (view.loop != null && view.loop.length > 0) put('loop', view.loop.join(','));
  if (view.deal != null) put('deal', view.deal);
  if (!sameMembers(f.types, d.filters.types)) put('types', inOrder(f.types, DEAL_TYPES));
  if (!sameMembers(f.statuses, d.filters.statuses))
    put(
      'status',
      sameMembers(f.statuses, CONFIRMED_STATUSES) ? CONFIRMED : inOrder(f.statuses, DEAL_STATUSES),
    );
  if (!sameMembers(f.confidences, d.filters.confidences))
    put('confidence', inOrder(f.confidences, CONFIDENCES));
  if (!sameMembers(f.kinds, d.filters.kinds)) put('kinds', inOrder(f.kinds, COMPANY_KINDS));
  if (f.minUsd !== d.filters.minUsd) put('minUsd', String(Math.round(f.minUsd)));
  if (f.from != null) put('from', f.from);
  if (f.until != null) put('until', f.until);
  if (view.maxLength !== d.maxLength) put('maxLength', String(view.maxLength));
  if (view.usdPerGw != null) put('usdPerGw', String(Math.round(view.usdPerGw)));
  if (view.rank !== d.rank) put('rank', view.rank);
  if (view.inOrder) put('order', 'time');
  if (view.story != null) {
    put('story', view.story.id);
    put('step', String(view.story.step));
  }
  if (view.theme !== d.theme) put('theme', view.theme);
  if (view.data != null) put('data', view.data);
  // Only a plain view needs saying so: any selection or filter already skips the opening.
  if (view.explored && isPlainView(view)) put('intro', 'off');
  return parts.join('&');
}

/**
 * Clears the company, target, loop and deal that the loaded dataset does not have,
 * with a notice each. Returns the same view object when nothing changes.
 */
export function checkViewAgainstDataset(
  view: ViewState,
  companyIds: ReadonlySet<string>,
  dealIds: ReadonlySet<string>,
): ParsedView {
  const notices: string[] = [];
  const missing = (id: string) => `No company "${id}" in this dataset.`;
  let next = view;
  if (view.company != null && !companyIds.has(view.company)) {
    notices.push(missing(view.company));
    next = { ...next, company: null };
  }
  if (view.target != null) {
    const problem = !companyIds.has(view.target)
      ? missing(view.target)
      : next.company == null
        ? `Cleared "to=${view.target}": it needs a "company" to start from.`
        : null;
    if (problem != null) {
      notices.push(problem);
      next = { ...next, target: null };
    }
  }
  if (view.loop != null) {
    const unknown = view.loop.filter((id) => !companyIds.has(id));
    if (unknown.length > 0) {
      const names = unknown.map((id) => `"${id}"`).join(', ');
      notices.push(
        `Cleared the loop ${view.loop.join(' → ')}: no ${unknown.length > 1 ? 'companies' : 'company'} ${names} in this dataset.`,
      );
      next = { ...next, loop: null };
    }
  }
  if (view.deal != null && !dealIds.has(view.deal)) {
    notices.push(`No deal "${view.deal}" in this dataset.`);
    next = { ...next, deal: null };
  }
  return { view: next, notices };
}

type Reject = (name: ViewParam, value: string, why: string) => void;

/** An id, lower-cased for forgiveness; null for an empty value; undefined when refused. */
function parseId(text: string, name: ViewParam, reject: Reject): string | null | undefined {
  if (text === '') return null;
  const id = text.toLowerCase();
  if (ID.test(id)) return id;
  reject(name, text, 'ids are 1–80 of a–z, 0–9, "_", "." or "-"');
  return undefined;
}

/** Company ids in cycle order; a closing repeat of the first (`a,b,a`) is accepted. */
function parseLoop(text: string, refuse: (why: string) => void): string[] | null | undefined {
  if (text === '') return null;
  const ids = text.split(',').map((s) => s.trim().toLowerCase());
  if (ids.length > 2 && ids[0] === ids.at(-1)) ids.pop();
  const bad = ids.find((id) => !ID.test(id));
  if (bad !== undefined) {
    refuse(`"${clip(bad)}" is not a valid company id`);
    return undefined;
  }
  if (ids.length < MIN_LOOP_LENGTH || ids.length > MAX_LOOP_LENGTH) {
    refuse(`a loop has ${MIN_LOOP_LENGTH} to ${MAX_LOOP_LENGTH} companies`);
    return undefined;
  }
  const repeat = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeat !== undefined) {
    refuse(`a loop passes each company once ("${repeat}" repeats)`);
    return undefined;
  }
  return ids;
}

function parseList<T extends string>(
  name: ViewParam,
  raw: readonly string[],
  vocabulary: readonly T[],
  notices: string[],
): T[] | undefined {
  const found = new Set<T>();
  const unknown: string[] = [];
  for (const value of raw)
    for (const item of value.split(',')) {
      const word = item.trim().toLowerCase();
      if (word === '') continue;
      const known = vocabulary.find((v) => v === word);
      if (known === undefined) unknown.push(item.trim());
      else found.add(known);
    }
  const expected = `expected any of ${vocabulary.join(', ')}`;
  const given = raw.join(',');
  if (unknown.length > 0 && found.size === 0) {
    notices.push(`Ignored "${name}=${clip(given)}": ${expected}.`);
    return undefined;
  }
  if (unknown.length > 0) {
    const words = unknown.map((w) => `"${clip(w)}"`).join(', ');
    notices.push(`Ignored ${words} in "${name}": ${expected}.`);
  }
  return vocabulary.filter((v) => found.has(v));
}

function expandConfirmed(list: readonly string[]): Filters['statuses'] {
  const set = new Set(list);
  return DEAL_STATUSES.filter(
    (s) => set.has(s) || (set.has(CONFIRMED) && CONFIRMED_STATUSES.includes(s)),
  );
}

const SCALE: Readonly<Record<string, number>> = { '': 1, k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

/** `5000000000`, `5e9`, `5B`, `750m`, `1.5T`, `$5B` → whole dollars; null when not one. */
export function parseUsd(text: string): number | null {
  const m = /^\$?((?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([kmbt]?)$/i.exec(text.replaceAll('_', ''));
  if (!m?.[1]) return null;
  const usd = Math.round(Number(m[1]) * (SCALE[(m[2] ?? '').toLowerCase()] ?? NaN));
  return Number.isSafeInteger(usd) && usd >= 0 ? usd : null;
}

function sameMembers<T>(a: readonly T[], b: readonly T[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
}

function inOrder<T>(list: readonly T[], vocabulary: readonly T[]): string {
  const set = new Set(list);
  return vocabulary.filter((v) => set.has(v)).join(',');
}

/** Percent-encodes, but leaves `,` `:` `/` readable; all three are legal in a query. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C|%3A|%2F/gi, (c) => decodeURIComponent(c));
}

/** Keeps notices short when someone pastes a novel into a parameter. */
function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
