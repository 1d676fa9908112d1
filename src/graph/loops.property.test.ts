/**
 * The loop and path searches against brute force on thousands of small random
 * graphs: parallel deals, self-deals, deals to unknown companies, partnerships,
 * unknown amounts, GW-only amounts, ties, disconnected parts, every maxLength.
 * The brute force shares nothing with the engine but the model's date helper.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dateStart } from '../model/format';
import type { Deal } from '../model/schema';
import { DEAL_TYPES } from '../model/vocabulary';
import { searchTuning } from './searchState';
import { loopKey } from './loopKey';
import { findLoopsThrough, findTopLoops } from './loops';
import { buildMoneyGraph } from './moneyGraph';
import { findPaths } from './paths';
import { deal } from './testing';

const RUNS = 1000;
const DATES = ['2023', '2024-06', '2024-06-01', '2025-01-15', '2025-11-18'];

interface Case {
  readonly ids: string[];
  readonly deals: Deal[];
  readonly perGw: number | null;
  readonly withPartnerships: boolean;
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
    }),
  )
  .map(({ ids, raw, perGw, withPartnerships }) => ({
    ids,
    perGw,
    withPartnerships,
    deals: raw.map((r, i) =>
      deal(ids[r.from] ?? 'ghost', ids[r.to] ?? 'ghost', {
        id: `d${i}`,
        usd: r.amount.usd,
        gw: r.amount.gw,
        type: r.type,
        on: r.on,
      }),
    ),
  }));

interface BruteHop {
  readonly usd: number | null;
  readonly since: string;
  readonly dealIds: string[];
}

interface BruteResult {
  readonly companies: string[];
  readonly usd: number | null;
  readonly latest: string;
}

function bruteHops(c: Case): Map<string, BruteHop> {
  const known = new Set(c.ids);
  const hops = new Map<string, { usd: number | null; since: string; dealIds: string[] }>();
  for (const d of c.deals) {
    if (d.from === d.to || !known.has(d.from) || !known.has(d.to)) continue;
    if (d.type === 'partnership' && !c.withPartnerships) continue;
    const key = `${d.from}>${d.to}`;
    const hop = hops.get(key) ?? { usd: null, since: '9999', dealIds: [] };
    const usd =
      d.amountUsd ?? (d.computeGw != null && c.perGw != null ? d.computeGw * c.perGw : null);
    if (usd != null) hop.usd = (hop.usd ?? 0) + usd;
    if (dateStart(d.announced) < dateStart(hop.since)) hop.since = d.announced;
    hop.dealIds.push(d.id);
    hops.set(key, hop);
  }
  return hops;
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
    let latest = '0000';
    for (let i = 0; i + 1 < walk.length; i++) {
      const hop = hops.get(`${walk[i]}>${walk[i + 1]}`);
      if (!hop) throw new Error('brute: missing hop');
      usd = hop.usd == null || usd == null ? null : Math.min(usd, hop.usd);
      if (dateStart(hop.since) > latest) latest = dateStart(hop.since);
    }
    return { companies, usd, latest };
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
const loopOrder = (a: BruteResult, b: BruteResult) =>
  dollars(a.usd, b.usd) ||
  a.companies.length - b.companies.length ||
  text(a.latest, b.latest) ||
  ids(a.companies, b.companies);
const pathOrder = (a: BruteResult, b: BruteResult) =>
  a.companies.length - b.companies.length ||
  dollars(a.usd, b.usd) ||
  text(a.latest, b.latest) ||
  ids(a.companies, b.companies);

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
const seen = { runs: 0, withLoops: 0, truncated: 0 };
const note = (count: number, truncated: boolean) => {
  seen.runs++;
  if (count > 0) seen.withLoops++;
  if (truncated) seen.truncated++;
};

const params = fc.record({
  maxLength: fc.integer({ min: 2, max: 8 }),
  limit: fc.oneof(
    { arbitrary: fc.constant(Infinity), weight: 1 },
    { arbitrary: fc.integer({ min: 1, max: 6 }), weight: 3 },
  ),
  pick: fc.nat(),
  pick2: fc.nat(),
  eager: fc.boolean(),
});

function graphOf(c: Case) {
  return buildMoneyGraph(
    c.ids.map((id) => ({ id })),
    c.deals,
    c.withPartnerships
      ? { usdPerGigawatt: c.perGw, types: DEAL_TYPES }
      : { usdPerGigawatt: c.perGw },
  );
}

/** Compares the engine's list with the brute force's, given the cap. */
function expectTop(
  got: { companies: readonly string[]; usd: number | null; latest: string }[],
  search: { total: number; truncated: boolean; stoppedBy: string | null },
  all: BruteResult[],
  limit: number,
) {
  const top = all.slice(0, limit);
  expect(got.map((r) => r.companies.join('>'))).toEqual(top.map((r) => r.companies.join('>')));
  expect(got.map((r) => r.usd)).toEqual(top.map((r) => r.usd));
  expect(got.map((r) => r.latest)).toEqual(top.map((r) => r.latest));
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
    expect(seen.withLoops / seen.runs).toBeGreaterThan(0.4);
    expect(seen.truncated / seen.runs).toBeGreaterThan(0.08);
  });

  it(`findLoopsThrough lists exactly the top loops (${RUNS} random graphs)`, () => {
    fc.assert(
      fc.property(caseArb, params, (c, { maxLength, limit, pick, eager }) => {
        const graph = graphOf(c);
        const start = c.ids[pick % c.ids.length] ?? 'a';
        const all = brute(c, bruteHops(c), start, maxLength, null).sort(loopOrder);
        // The loop set, uncapped: same canonical keys, each once.
        const every = findLoopsThrough(graph, start, {
          maxLength,
          limit: Infinity,
          timeBudgetMs: Infinity,
        });
        expect(new Set(every.loops.map((l) => loopKey(l.companies)))).toEqual(
          new Set(all.map((r) => loopKey(r.companies))),
        );
        expect(every.loops.length).toBe(all.length);
        for (const l of every.loops) {
          expect(l.companies[0]).toBe(start);
          expect(l.hops.map((h) => h.from)).toEqual(l.companies);
        }
        const search = withTuning(eager, () =>
          findLoopsThrough(graph, start, { maxLength, limit, timeBudgetMs: Infinity }),
        );
        note(all.length, search.truncated);
        expectTop(
          search.loops.map((l) => ({
            companies: l.companies,
            usd: l.circulatingUsd,
            latest: dateStart(l.closedOn),
          })),
          search,
          all,
          limit,
        );
      }),
      { numRuns: RUNS },
    );
  });

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
        const all = [...seen.values()].sort(loopOrder);
        const search = withTuning(eager, () =>
          findTopLoops(graph, { maxLength, limit, timeBudgetMs: Infinity }),
        );
        note(all.length, search.truncated);
        expect(search.through).toBeNull();
        expectTop(
          search.loops.map((l) => ({
            companies: l.companies,
            usd: l.circulatingUsd,
            latest: dateStart(l.closedOn),
          })),
          search,
          all,
          limit,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it(`findPaths lists the top paths, shortest first (${RUNS} random graphs)`, () => {
    fc.assert(
      fc.property(caseArb, params, (c, { maxLength, limit, pick, pick2, eager }) => {
        fc.pre(c.ids.length >= 2);
        const graph = graphOf(c);
        const from = c.ids[pick % c.ids.length] ?? 'a';
        const others = c.ids.filter((id) => id !== from);
        const to = others[pick2 % others.length] ?? 'b';
        const all = brute(c, bruteHops(c), from, maxLength, to).sort(pathOrder);
        const search = withTuning(eager, () =>
          findPaths(graph, from, to, { maxLength, limit, timeBudgetMs: Infinity }),
        );
        note(all.length, search.truncated);
        for (const p of search.paths) {
          expect(p.companies[0]).toBe(from);
          expect(p.companies.at(-1)).toBe(to);
          expect(p.hops).toHaveLength(p.companies.length - 1);
        }
        expectTop(
          search.paths.map((p) => ({
            companies: p.companies,
            usd: p.throughputUsd,
            latest: dateStart(p.openedOn),
          })),
          search,
          all,
          limit,
        );
      }),
      { numRuns: RUNS },
    );
  });
});
