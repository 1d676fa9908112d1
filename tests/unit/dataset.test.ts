/**
 * Checks on the bundled dataset itself, data/ai-circular-deals.json: not its
 * shape only (the validator does that) but its content — the deals the seed
 * article names, the conventions data/README.md promises, and the bookkeeping
 * (ids, sources, dates) that readers rely on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countsAt } from '../../src/model/firm';
import { dateStart } from '../../src/model/format';
import { parseDatasetText } from '../../src/model/parse';
import { isCalendarDate, type Dataset, type Deal } from '../../src/model/schema';
import { summarizeDataset } from '../../src/model/summary';
import { CONFIDENCES, DEAL_STATUSES, MONEY_TYPES } from '../../src/model/vocabulary';

const text = readFileSync(new URL('../../data/ai-circular-deals.json', import.meta.url), 'utf8');
const parsed = parseDatasetText(text);

function load(): Dataset {
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return parsed.dataset;
}
const data = load();
const dealById = new Map(data.deals.map((d) => [d.id, d]));

function dealOf(id: string): Deal {
  const deal = dealById.get(id);
  if (!deal) throw new Error(`no deal "${id}" in the dataset`);
  return deal;
}

const B = 1_000_000_000;

describe('the bundled dataset', () => {
  it('validates with no errors and no warnings', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(parsed.ok && parsed.warnings).toEqual([]);
  });

  it('holds the facts (80 to end-2025 with the 2021 tranche, 11 of 2026, 2 reports), the 20 deals of the December 2026 edition and the 8 of its June pass', () => {
    expect(data.companies).toHaveLength(36);
    expect(data.deals).toHaveLength(121);
    expect(data.deals.filter((d) => d.announced.startsWith('2026'))).toHaveLength(35);
  });

  it('gives every deal an https source, a real date, a status and a confidence', () => {
    for (const d of data.deals) {
      expect(d.sources.length, d.id).toBeGreaterThan(0);
      for (const s of d.sources) {
        expect(s.url, d.id).toMatch(/^https:\/\//);
        expect(s.title.trim(), d.id).not.toBe('');
        expect(s.publisher?.trim(), d.id).toBeTruthy();
      }
      expect(isCalendarDate(d.announced), d.id).toBe(true);
      expect(DEAL_STATUSES, d.id).toContain(d.status);
      expect(CONFIDENCES, d.id).toContain(d.confidence);
    }
    for (const a of data.aggregates ?? [])
      for (const s of a.sources) expect(s.url, a.id).toMatch(/^https:\/\//);
  });

  it('has unique deal ids and unique company ids', () => {
    const dealIds = data.deals.map((d) => d.id);
    const companyIds = data.companies.map((c) => c.id);
    expect(new Set(dealIds).size).toBe(dealIds.length);
    expect(new Set(companyIds).size).toBe(companyIds.length);
  });

  it('gives every company at least one deal and a name short enough for a graph label', () => {
    const used = new Set(data.deals.flatMap((d) => [d.from, d.to]));
    for (const c of data.companies) {
      expect(used.has(c.id), c.id).toBe(true);
      expect(c.name.length, c.name).toBeLessThanOrEqual(18);
    }
  });

  it('sets asOf to the date of the latest deal or status change', () => {
    // A status change is an `ended.on`, or a deal whose note says "Closed on <date>".
    const dates = data.deals.flatMap((d) => [
      d.announced,
      ...(d.ended ? [d.ended.on] : []),
      ...[...(d.note ?? '').matchAll(/Closed on (\d{4}-\d{2}-\d{2})/g)].map((m) => m[1] ?? ''),
    ]);
    const latest = dates.reduce((a, b) => (dateStart(b) > dateStart(a) ? b : a), '0000');
    expect(data.asOf).toBe(latest);
    expect(data.asOf).toBe('2026-06-22');
  });

  it('states the dollars-per-gigawatt assumption within the reported range, with its reason', () => {
    const perGw = data.assumptions?.usdPerGigawatt ?? 0;
    expect(perGw).toBeGreaterThanOrEqual(20 * B);
    expect(perGw).toBeLessThanOrEqual(60 * B);
    expect(data.assumptions?.note).toMatch(/Altman/);
    expect(data.assumptions?.note).toMatch(/Huang/);
  });
});

describe('aggregates are context, never deals', () => {
  const aggregates = data.aggregates ?? [];

  it('keeps Microsoft’s cumulative investment and OpenAI’s total commitments as aggregates', () => {
    expect(aggregates.map((a) => a.id).sort()).toEqual([
      'msft-openai-cumulative',
      'openai-total-commitments',
    ]);
  });

  it('never reuses a deal id, and includes only real deals', () => {
    for (const a of aggregates) {
      expect(dealById.has(a.id), a.id).toBe(false);
      expect(a.includes?.length, a.id).toBeGreaterThan(0);
      for (const id of a.includes ?? []) expect(dealById.has(id), `${a.id} → ${id}`).toBe(true);
    }
  });

  it('keeps the aggregate totals out of the summary', () => {
    const s = summarizeDataset(data);
    const without = summarizeDataset({ ...data, aggregates: [] });
    expect(s.disclosedUsd).toBe(without.disclosedUsd);
    expect(s.disclosedUsd).toBeGreaterThan(0);
    // Deals that ended by asOf are left out of the totals (and counted apart).
    const sum = data.deals
      .filter((d) => MONEY_TYPES.includes(d.type) && countsAt(d, data.asOf))
      .reduce((t, d) => t + (d.amountUsd ?? 0), 0);
    expect(s.disclosedUsd).toBe(sum);
    expect(s.aggregates).toBe(2);
  });
});

describe('the seed-article deals', () => {
  const expectDeal = (id: string, want: Partial<Deal>) => expect(dealOf(id)).toMatchObject(want);

  it('Microsoft up to $5B and Nvidia up to $10B into Anthropic', () => {
    expectDeal('msft-anthropic-equity-2025', {
      from: 'microsoft',
      to: 'anthropic',
      type: 'investment',
      amountUsd: 5 * B,
      announced: '2025-11-18',
    });
    expectDeal('nvda-anthropic-equity-2025', {
      from: 'nvidia',
      to: 'anthropic',
      type: 'investment',
      amountUsd: 10 * B,
      announced: '2025-11-18',
    });
  });

  it('Anthropic’s $30B Azure commitment and its 1 GW Nvidia compute deal', () => {
    expectDeal('anthropic-azure-30b', {
      from: 'anthropic',
      to: 'microsoft',
      type: 'cloud',
      amountUsd: 30 * B,
    });
    expectDeal('anthropic-nvidia-1gw', {
      from: 'anthropic',
      to: 'nvidia',
      type: 'chips',
      computeGw: 1,
    });
    expect(dealOf('anthropic-nvidia-1gw').amountUsd).toBeUndefined();
  });

  it('Microsoft’s $13B+ in OpenAI as its tranches: 2019 $1B, 2021 undisclosed, 2023 $10B, 2024 $750M', () => {
    const tranches = data.deals.filter(
      (d) => d.from === 'microsoft' && d.to === 'openai' && d.type === 'investment',
    );
    const byYear = Object.fromEntries(tranches.map((d) => [d.announced.slice(0, 4), d.amountUsd]));
    // The 2021 figure (~$2B) rests on no page that could be checked (Dec-2026 source check).
    expect(byYear).toEqual({ '2019': 1 * B, '2021': undefined, '2023': 10 * B, '2024': 0.75 * B });
    const total = tranches.reduce((t, d) => t + (d.amountUsd ?? 0), 0);
    expect(total).toBe(11.75 * B);

    const cumulative = (data.aggregates ?? []).find((a) => a.id === 'msft-openai-cumulative');
    expect(new Set(cumulative?.includes)).toEqual(new Set(tranches.map((d) => d.id)));
    // A reported total may exceed the known tranches while one of them is undisclosed.
    expect(cumulative?.amountUsd).toBeGreaterThanOrEqual(total);
  });

  it('the 2021 tranche cites a source of its own', () => {
    const d = dealOf('msft-openai-2021');
    expect(d.announced).toBe('2021');
    expect(d.sources.some((s) => /digitaltrends\.com/.test(s.url))).toBe(true);
    expect(d.amountUsd).toBeUndefined();
  });

  it('OpenAI’s compute and chip deals with Oracle, Nvidia, AMD, Broadcom, Google and Amazon', () => {
    expectDeal('openai-oracle-300b', {
      from: 'openai',
      to: 'oracle',
      type: 'cloud',
      amountUsd: 300 * B,
      computeGw: 4.5,
    });
    expectDeal('openai-nvda-10gw', { from: 'openai', to: 'nvidia', type: 'chips', computeGw: 10 });
    expectDeal('nvda-openai-loi-100b', {
      from: 'nvidia',
      to: 'openai',
      type: 'investment',
      amountUsd: 100 * B,
      status: 'loi',
    });
    expectDeal('openai-amd-6gw', { from: 'openai', to: 'amd', type: 'chips', computeGw: 6 });
    expectDeal('amd-openai-warrant', { from: 'amd', to: 'openai', type: 'warrant' });
    expectDeal('openai-broadcom-10gw', {
      from: 'openai',
      to: 'broadcom',
      type: 'chips',
      computeGw: 10,
    });
    expectDeal('openai-google-cloud', { from: 'openai', to: 'google', type: 'cloud' });
    expectDeal('openai-aws-38b', {
      from: 'openai',
      to: 'amazon',
      type: 'cloud',
      amountUsd: 38 * B,
    });

    const total = (data.aggregates ?? []).find((a) => a.id === 'openai-total-commitments');
    expect(total?.amountUsd).toBe(1_400 * B);
    for (const id of ['openai-oracle-300b', 'openai-nvda-10gw', 'openai-amd-6gw'])
      expect(total?.includes).toContain(id);
  });

  it('Amazon’s $8B and Google’s >$3B in Anthropic', () => {
    const into = (from: string) =>
      data.deals.filter(
        (d) =>
          d.from === from &&
          d.to === 'anthropic' &&
          d.type === 'investment' &&
          d.announced < '2026',
      );
    expectDeal('amzn-anthropic-2023', { amountUsd: 4 * B, announced: '2023-09-25' });
    expectDeal('amzn-anthropic-2024', { amountUsd: 4 * B, announced: '2024-11-22' });
    expect(into('amazon').reduce((t, d) => t + (d.amountUsd ?? 0), 0)).toBe(8 * B);

    expectDeal('goog-anthropic-2023-initial', { amountUsd: 0.3 * B, confidence: 'medium' });
    expectDeal('goog-anthropic-2b', { amountUsd: 2 * B });
    expectDeal('goog-anthropic-1b-2025', { amountUsd: 1 * B });
    expect(into('google').reduce((t, d) => t + (d.amountUsd ?? 0), 0)).toBeGreaterThan(3 * B);
    // The facts disagree on Google's first investment: the note must say which figure we chose.
    expect(dealOf('goog-anthropic-2023-initial').note).toMatch(/chosen/i);
  });
});

describe('judgement calls the README documents', () => {
  it('logs the three unconfirmed reports as reported, low confidence', () => {
    const reported = data.deals.filter((d) => d.status === 'reported');
    expect(reported.map((d) => d.id).sort()).toEqual([
      'anthropic-msft-maia-talks-2026',
      'nvda-poolside-1b',
      'oracle-meta-20b-talks',
    ]);
    for (const d of reported) expect(d.confidence, d.id).toBe('low');
  });

  it('types guarantees as backstops, and explains each re-typing in the note', () => {
    for (const id of ['goog-terawulf-backstop', 'goog-cipher-backstop', 'nvda-coreweave-6.3b']) {
      expect(dealOf(id).type, id).toBe('backstop');
      expect(dealOf(id).note, id).toMatch(/re-typed/i);
    }
    for (const id of ['anthropic-fluidstack-50b', 'nvda-groq-license', 'sb-openai-japan'])
      expect(dealOf(id).note, id).toMatch(/re-typed/i);
  });

  it('gives partnerships no dollars and no gigawatts, so nothing nominal is counted', () => {
    const partnerships = data.deals.filter((d) => d.type === 'partnership');
    expect(partnerships.length).toBeGreaterThan(0);
    for (const d of partnerships) {
      expect(d.amountUsd, d.id).toBeUndefined();
      expect(d.computeGw, d.id).toBeUndefined();
    }
  });
});
