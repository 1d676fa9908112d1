/**
 * The loop and path searches against brute force on thousands of small random
 * graphs: parallel deals, self-deals, deals to unknown companies, partnerships,
 * unknown amounts, GW-only amounts, ties, disconnected parts, every maxLength;
 * dates of every precision, every status, `firmUsd`, ended deals (with and
 * without `by`), random view dates, both rankings and the in-order filter.
 * The brute force shares nothing with the engine but the model's date helper:
 * it re-derives counting, firm dollars and time order (over every choice of
 * deals and every starting hop) from the definitions in README "Money loops".
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dateStart } from '../model/format';
import type { Deal } from '../model/schema';
import { DEAL_STATUSES, DEAL_TYPES, END_KINDS } from '../model/vocabulary';
import { searchTuning } from './searchState';
import { loopKey } from './loopKey';
import { findLoopsThrough, findTopLoops } from './loops';
import { buildMoneyGraph, type Rank } from './moneyGraph';
import { findPaths } from './paths';
import { deal } from './testing';
import type { Loop, MoneyPath } from './types';

const RUNS = 1000;
const DATES = ['2023', '2024-06', '2024-06-01', '2025-01-15', '2025-11', '2025-11-18', '2026'];
const VIEW_DATES = [...DATES, '2024-12-31', '2025-06-30'];

interface Case {
  readonly ids: string[];
  readonly deals: Deal[];
  readonly perGw: number | null;
  readonly withPartnerships: boolean;
  readonly asOf: string | null;
  readonly rank: Rank;
  readonly inOrder: boolean;
}

/** A deal end: mostly a listed company, now and then one not in the list (index `companies`). */
const end = (companies: number) =>
  fc
    .noBias(fc.integer({ min: 0, max: 12 * companies - 1 }))
    .map((i) => (i === 12 * companies - 1 ? companies : i % companies));

const rawDeal = (companies: number) =>
  fc.record({
    from: end(companies),
    to: end(companies),
    amount: fc.oneof(
      {
        arbitrary: fc.constantFrom(0, 1, 2, 3, 5).map((b) => ({ usd: b * 1e9, gw: null })),
        weight: 6,
      },
      { arbitrary: fc.constant({ usd: null, gw: null }), weight: 1 },
      { arbitrary: fc.constantFrom(0.5, 1, 2).map((gw) => ({ usd: null, gw })), weight: 1 },
    ),
    type: fc.constantFrom(...DEAL_TYPES),
    on: fc.constantFrom(...DATES),
    status: fc.constantFrom(...DEAL_STATUSES),
    firm: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 3 },
      { arbitrary: fc.constant(null), weight: 1 },
      { arbitrary: fc.constantFrom(0, 1, 2).map((b) => b * 1e9), weight: 2 },
    ),
    end: fc.oneof(
      { arbitrary: fc.constant(null), weight: 5 },
      {
        arbitrary: fc.record({
          on: fc.nat(),
          how: fc.constantFrom(...END_KINDS),
          by: fc.option(fc.nat()),
        }),
        weight: 1,
      },
    ),
  });

const caseArb: fc.Arbitrary<Case> = fc
  // Ids shuffled so that dataset order and string order differ.
  .noBias(fc.integer({ min: 1, max: 7 }))
  .chain((n) =>
    fc.shuffledSubarray(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], { minLength: n, maxLength: n }),
  )
  .chain((ids) =>
    fc.record({
      ids: fc.constant(ids),
      raw: fc.array(rawDeal(ids.length), {
        minLength: ids.length,
        maxLength: 5 * ids.length,
        size: 'max',
      }),
      perGw: fc.constantFrom(null, 2e9),
      withPartnerships: fc.boolean(),
      asOf: fc.oneof(
        { arbitrary: fc.constant(null), weight: 3 },
        { arbitrary: fc.constantFrom(...VIEW_DATES), weight: 2 },
      ),
      rank: fc.constantFrom<Rank>('firm', 'headline'),
      inOrder: fc.boolean(),
    }),
  )
  .map(({ ids, raw, ...rest }) => ({
    ids,
    ...rest,
    deals: raw.map((r, i) => {
      // An end is never before the announcement (the parser rejects that).
      const later = DATES.filter((d) => dateStart(d) >= dateStart(r.on));
      const firm = r.firm != null && r.amount.usd != null ? Math.min(r.firm, r.amount.usd) : r.firm;
      return deal(ids[r.from] ?? 'ghost', ids[r.to] ?? 'ghost', {
        id: `d${i}`,
        usd: r.amount.usd,
        gw: r.amount.gw,
        type: r.type,
        on: r.on,
        status: r.status,
        firm,
        ended: r.end && {
          on: later[r.end.on % later.length] ?? r.on,
          how: r.end.how,
          ...(r.end.by === null ? {} : { by: `d${r.end.by % raw.length}` }),
        },
      });
    }),
  }));

interface BruteHop {
  usd: number | null;
  firm: number | null;
  since: string;
  readonly days: string[];
}

interface BruteResult {
  readonly companies: string[];
  readonly usd: number | null;
  readonly firm: number | null;
  readonly latest: string;
  readonly inOrder: boolean;
}

function counts(d: Deal, asOf: string | null): boolean {
  if (asOf === null) return d.ended == null;
  if (dateStart(d.announced) > dateStart(asOf)) return false;
  return d.ended == null || dateStart(d.ended.on) > dateStart(asOf);
}

function bruteHops(c: Case): Map<string, BruteHop> {
  const known = new Set(c.ids);
  const hops = new Map<string, BruteHop>();
  const add = (a: number | null, b: number | null) => (b == null ? a : (a ?? 0) + b);
  for (const d of c.deals) {
    if (d.from === d.to || !known.has(d.from) || !known.has(d.to)) continue;
    if (d.type === 'partnership' && !c.withPartnerships) continue;
    if (!counts(d, c.asOf)) continue;
    const key = `${d.from}>${d.to}`;
    const hop = hops.get(key) ?? { usd: null, firm: null, since: '9999', days: [] };
    const usd =
      d.amountUsd ?? (d.computeGw != null && c.perGw != null ? d.computeGw * c.perGw : null);
    const firm =
      d.status === 'loi' || d.status === 'reported'
        ? 0
        : d.firmUsd != null
          ? d.firmUsd
          : d.type === 'backstop' || d.type === 'warrant'
            ? 0
            : usd;
    hop.usd = add(hop.usd, usd);
    hop.firm = add(hop.firm, firm);
    if (dateStart(d.announced) < dateStart(hop.since)) hop.since = d.announced;
    hop.days.push(dateStart(d.announced));
    hops.set(key, hop);
  }
  return hops;
}

/** Every choice of one date per hop: is one of them non-decreasing along `order`? */
function someChoiceInOrder(days: readonly (readonly string[])[]): boolean {
  const go = (i: number, last: string): boolean =>
    i === days.length || (days[i] ?? []).some((d) => d >= last && go(i + 1, d));
  return go(0, '');
}

export function bruteInOrder(days: readonly (readonly string[])[], cyclic: boolean): boolean {
  if (!cyclic) return someChoiceInOrder(days);
  return days.some((_, s) => someChoiceInOrder([...days.slice(s), ...days.slice(0, s)]));
}

/** Every sequence of distinct companies from `start`, checked hop by hop. */
function brute(
  c: Case,
  hops: Map<string, BruteHop>,
  start: string,
  maxLength: number,
  end: string | null, // null = back to start (a loop)
): BruteResult[] {
  const out: BruteResult[] = [];
  const extend = (seq: string[]) => {
    const tail = seq.at(-1) ?? start;
    if (end === null && seq.length >= 2 && hops.has(`${tail}>${start}`))
      out.push(summarise([...seq, start], seq));
    if (end !== null && tail === end) {
      out.push(summarise(seq, seq));
      return;
    }
    if (seq.length >= maxLength) return;
    for (const next of c.ids)
      if (!seq.includes(next) && hops.has(`${tail}>${next}`)) extend([...seq, next]);
  };
  const summarise = (walk: string[], companies: string[]): BruteResult => {
    let usd: number | null = Infinity;
    let firm: number | null = Infinity;
    let latest = '0000';
    const days: string[][] = [];
    for (let i = 0; i + 1 < walk.length; i++) {
      const hop = hops.get(`${walk[i]}>${walk[i + 1]}`);
      if (!hop) throw new Error('brute: missing hop');
      usd = hop.usd == null || usd == null ? null : Math.min(usd, hop.usd);
      firm = hop.firm == null || firm == null ? null : Math.min(firm, hop.firm);
      if (dateStart(hop.since) > latest) latest = dateStart(hop.since);
      days.push([...new Set(hop.days)]);
    }
    return { companies, usd, firm, latest, inOrder: bruteInOrder(days, end === null) };
  };
  extend([start]);
  return out;
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ids = (a: readonly string[], b: readonly string[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = text(a[i] ?? '', b[i] ?? '');
    if (d) return d;
  }
  return a.length - b.length;
};
const dollars = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);
const ranked = (r: BruteResult, rank: Rank) => (rank === 'firm' ? r.firm : r.usd);
const loopOrder = (rank: Rank) => (a: BruteResult, b: BruteResult) =>
  dollars(ranked(a, rank), ranked(b, rank)) ||
  a.companies.length - b.companies.length ||
  text(a.latest, b.latest) ||
  ids(a.companies, b.companies);
const pathOrder = (rank: Rank) => (a: BruteResult, b: BruteResult) =>
  a.companies.length - b.companies.length ||
  dollars(ranked(a, rank), ranked(b, rank)) ||
  text(a.latest, b.latest) ||
  ids(a.companies, b.companies);
/** What the search must list: the in-order ones only when asked, in the ranked order. */
type Order = (a: BruteResult, b: BruteResult) => number;
const expected = (c: Case, all: BruteResult[], order: (r: Rank) => Order) =>
  (c.inOrder ? all.filter((r) => r.inOrder) : all).sort(order(c.rank));

const rotateToSmallest = (companies: string[]) => {
  const at = companies.indexOf([...companies].sort(text)[0] ?? '');
  return [...companies.slice(at), ...companies.slice(0, at)];
};

/**
 * Runs `fn` with the search's speed knobs either as shipped or set so that every
 * phase happens even on tiny graphs: a clock check every step and a first pass
 * capped at its first left-out loop, so the dollar-floor rounds and the
 * length-by-length search run too.
 */
function withTuning<T>(eager: boolean, fn: () => T): T {
  const saved = { ...searchTuning };
  if (eager) Object.assign(searchTuning, { clockMask: 0, capMinSteps: 0, capRatio: 0 });
  try {
    return fn();
  } finally {
    Object.assign(searchTuning, saved);
  }
}

/** How often the interesting cases came up, so the properties are not vacuous. */
const seen = { runs: 0, withLoops: 0, truncated: 0, outOfOrder: 0, firmBelow: 0, endedOut: 0 };
const note = (count: number, truncated: boolean) => {
  seen.runs++;
  if (count > 0) seen.withLoops++;
  if (truncated) seen.truncated++;
};
/** Cases where the new rules change something: loops out of time order, firm below headline, ended deals left out. */
const noteMoney = (c: Case, every: readonly BruteResult[]) => {
  if (every.some((r) => !r.inOrder)) seen.outOfOrder++;
  if (every.some((r) => r.firm != null && r.usd != null && r.firm < r.usd)) seen.firmBelow++;
  if (c.deals.some((d) => d.ended != null && (c.asOf === null || d.announced <= c.asOf)))
    seen.endedOut++;
};

const params = fc.record({
  maxLength: fc.integer({ min: 2, max: 8 }),
  limit: fc.oneof(
    { arbitrary: fc.constant(Infinity), weight: 1 },
    { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 5 },
  ),
  pick: fc.nat(),
  pick2: fc.nat(),
  eager: fc.boolean(),
});

function graphOf(c: Case) {
  return buildMoneyGraph(
    c.ids.map((id) => ({ id })),
    c.deals,
    {
      usdPerGigawatt: c.perGw,
      asOf: c.asOf,
      rank: c.rank,
      ...(c.withPartnerships ? { types: DEAL_TYPES } : {}),
    },
  );
}

interface Got {
  readonly companies: readonly string[];
  readonly usd: number | null;
  readonly firm: number | null;
  readonly latest: string;
  readonly inOrder: boolean;
}
const gotLoop = (l: Loop): Got => ({
  companies: l.companies,
  usd: l.circulatingUsd,
  firm: l.firmUsd,
  latest: dateStart(l.closedOn),
  inOrder: l.inOrder,
});
const gotPath = (p: MoneyPath): Got => ({
  companies: p.companies,
  usd: p.throughputUsd,
  firm: p.firmUsd,
  latest: dateStart(p.openedOn),
  inOrder: p.inOrder,
});

/** Compares the engine's list with the brute force's, given the cap. */
function expectTop(
  got: Got[],
  search: { total: number; truncated: boolean; stoppedBy: string | null },
  all: BruteResult[],
  limit: number,
) {
  const top = all.slice(0, limit);
  expect(got.map((r) => r.companies.join('>'))).toEqual(top.map((r) => r.companies.join('>')));
  expect(got.map((r) => r.usd)).toEqual(top.map((r) => r.usd));
  expect(got.map((r) => r.firm)).toEqual(top.map((r) => r.firm));
  expect(got.map((r) => r.latest)).toEqual(top.map((r) => r.latest));
  expect(got.map((r) => r.inOrder)).toEqual(top.map((r) => r.inOrder));
  expect(search.truncated).toBe(all.length > limit);
  expect(search.stoppedBy).toBe(all.length > limit ? 'limit' : null);
  if (search.truncated) {
    expect(search.total).toBeGreaterThan(limit);
    expect(search.total).toBeLessThanOrEqual(all.length);
  } else expect(search.total).toBe(all.length);
}

describe('money loops against brute force', () => {
  afterAll(() => {
    // Guard against a generator that drifts into trivial graphs.
    expect(seen.withLoops / seen.runs).toBeGreaterThan(0.3);
    expect(seen.truncated / seen.runs).toBeGreaterThan(0.05);
    // noteMoney runs once per findLoopsThrough case: a third of the runs.
    expect((3 * seen.outOfOrder) / seen.runs).toBeGreaterThan(0.04);
    expect((3 * seen.firmBelow) / seen.runs).toBeGreaterThan(0.1);
    expect((3 * seen.endedOut) / seen.runs).toBeGreaterThan(0.3);
  });

  it(`findLoopsThrough lists exactly the top loops (${RUNS} random graphs)`, () => {
    fc.assert(
      fc.property(caseArb, params, (c, { maxLength, limit, pick, eager }) => {
        const graph = graphOf(c);
        const start = c.ids[pick % c.ids.length] ?? 'a';
        const every = brute(c, bruteHops(c), start, maxLength, null);
        noteMoney(c, every);
        const all = expected(c, every, loopOrder);
        // The loop set, uncapped: same canonical keys, each once.
        const uncapped = findLoopsThrough(graph, start, {
          maxLength,
          limit: Infinity,
          timeBudgetMs: Infinity,
          inOrder: c.inOrder,
        });
        expect(new Set(uncapped.loops.map((l) => loopKey(l.companies)))).toEqual(
          new Set(all.map((r) => loopKey(r.companies))),
        );
        expect(uncapped.loops.length).toBe(all.length);
        expect(uncapped).toMatchObject({ rank: c.rank, asOf: c.asOf });
        for (const l of uncapped.loops) {
          expect(l.companies[0]).toBe(start);
          expect(l.hops.map((h) => h.from)).toEqual(l.companies);
        }
        const search = withTuning(eager, () =>
          findLoopsThrough(graph, start, {
            maxLength,
            limit,
            timeBudgetMs: Infinity,
            inOrder: c.inOrder,
          }),
        );
        note(all.length, search.truncated);
        expectTop(search.loops.map(gotLoop), search, all, limit);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it(`findTopLoops lists each cycle once, from its smallest id (${RUNS} random graphs)`, () => {
    fc.assert(
      fc.property(caseArb, params, (c, { maxLength, limit, eager }) => {
        const graph = graphOf(c);
        const hops = bruteHops(c);
        const seen = new Map<string, BruteResult>();
        for (const start of c.ids)
          for (const r of brute(c, hops, start, maxLength, null)) {
            const companies = rotateToSmallest(r.companies);
            seen.set(companies.join('>'), { ...r, companies });
          }
        const all = expected(c, [...seen.values()], loopOrder);
        const search = withTuning(eager, () =>
          findTopLoops(graph, { maxLength, limit, timeBudgetMs: Infinity, inOrder: c.inOrder }),
        );
        note(all.length, search.truncated);
        expect(search.through).toBeNull();
        expectTop(search.loops.map(gotLoop), search, all, limit);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it(`findPaths lists the top paths, shortest first (${RUNS} random graphs)`, () => {
    fc.assert(
      fc.property(caseArb, params, (c, { maxLength, limit, pick, pick2, eager }) => {
        fc.pre(c.ids.length >= 2);
        const graph = graphOf(c);
        const from = c.ids[pick % c.ids.length] ?? 'a';
        const others = c.ids.filter((id) => id !== from);
        const to = others[pick2 % others.length] ?? 'b';
        const all = expected(c, brute(c, bruteHops(c), from, maxLength, to), pathOrder);
        const search = withTuning(eager, () =>
          findPaths(graph, from, to, {
            maxLength,
            limit,
            timeBudgetMs: Infinity,
            inOrder: c.inOrder,
          }),
        );
        note(all.length, search.truncated);
        for (const p of search.paths) {
          expect(p.companies[0]).toBe(from);
          expect(p.companies.at(-1)).toBe(to);
          expect(p.hops).toHaveLength(p.companies.length - 1);
        }
        expectTop(search.paths.map(gotPath), search, all, limit);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
