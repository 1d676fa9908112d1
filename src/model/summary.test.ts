import { describe, expect, it } from 'vitest';
import { loadDataset, SEED_SLICE } from '../../tests/fixtures/load';
import type { Dataset, Deal } from './schema';
import { formatShare, headlineShare } from './firm';
import { formatSummary, summarizeDataset } from './summary';

const seed = loadDataset(SEED_SLICE);

const deal = (patch: Partial<Deal> & Pick<Deal, 'id' | 'type'>): Deal => ({
  from: 'a',
  to: 'b',
  announced: '2025',
  status: 'announced',
  confidence: 'high',
  sources: [{ title: 't', url: 'https://example.com/' }],
  ...patch,
});

describe('summarizeDataset on the seed-article slice', () => {
  // Expected numbers counted by hand from tests/fixtures/seed-slice.json.
  const s = summarizeDataset(seed);

  it('counts companies and deals', () => {
    expect(s.companies).toBe(9);
    expect(s.deals).toBe(22);
    expect(s.aggregates).toBe(0);
  });

  it('counts deals by type, status and confidence', () => {
    expect(s.byType).toEqual({
      investment: 9,
      cloud: 6,
      chips: 5,
      warrant: 1,
      backstop: 0,
      revenue_share: 0,
      partnership: 1,
    });
    expect(s.byStatus).toEqual({ closed: 6, announced: 14, loi: 2, reported: 0 });
    expect(s.byConfidence).toEqual({ high: 18, medium: 4, low: 0 });
  });

  it('adds the disclosed dollars of the 15 deals that report an amount', () => {
    // In $B: Microsoft→Anthropic 5, Nvidia→Anthropic 10, Anthropic→Azure 30,
    // Microsoft→OpenAI 1 + 10 + 0.75, OpenAI→Azure 250, Nvidia LOI 100, OpenAI→Oracle 300,
    // Oracle→Nvidia 40, OpenAI→AWS 38, Amazon→Anthropic 4 + 4, Google→Anthropic 2,
    // Anthropic→Google Cloud 3: 15 deals, $797.75B.
    expect(s.disclosedUsd).toBe(797_750_000_000);
    expect(s.disclosedDeals).toBe(15);
  });

  it('estimates the GW-only deals at the dataset rate ($50B per GW)', () => {
    // Anthropic→Nvidia 1 + OpenAI→Nvidia 10 + OpenAI→AMD 6 + OpenAI→Broadcom 10 = 27 GW.
    // The Nvidia LOI also has 10 GW, but it reports $100B, so it is not estimated.
    expect(s.usdPerGigawatt).toBe(50_000_000_000);
    expect(s.estimatedGw).toBe(27);
    expect(s.estimatedDeals).toBe(4);
    expect(s.estimatedUsd).toBe(1_350_000_000_000);
  });

  it('counts money-moving deals with no figure, leaving out the partnership', () => {
    // AMD's warrant and OpenAI→Google Cloud; Microsoft–Anthropic Foundry is a partnership.
    expect(s.unknownAmountDeals).toBe(2);
    expect(s.disclosedDeals + s.estimatedDeals + s.unknownAmountDeals + s.byType.partnership).toBe(
      s.deals,
    );
  });

  it('finds the date range and keeps asOf', () => {
    expect(s.firstDate).toBe('2019-07-22');
    expect(s.lastDate).toBe('2025-11-18');
    expect(s.asOf).toBe('2025-11-18');
  });

  it('formats a few readable lines', () => {
    expect(formatSummary(s)).toBe(
      [
        '9 companies, 22 deals from 22 Jul 2019 to 18 Nov 2025; as of 18 Nov 2025',
        'By type: investment 9, cloud 6, chips 5, warrant 1, partnership 1',
        'By status: closed 6, announced 14, letter of intent 2',
        'By confidence: high 18, medium 4',
        'Disclosed: $798B across 15 deals',
        'Estimated from GW: ≈$1.35T (27 GW × $50B per GW, 4 deals)',
        'Amount unknown: 2 deals',
        // The two letters of intent: Nvidia's $100B and OpenAI's 10 GW (≈$500B).
        'Firm: $1.55T of $2.15T headline (28 % of the headline is letters of intent, ceilings or contingent)',
        'Left out of the totals: 1 partnership (nominal, not counted in dollars)',
      ].join('\n'),
    );
  });
});

describe('summarizeDataset edge cases', () => {
  const base: Dataset = { ...seed, deals: [], aggregates: [] };

  it('handles a dataset with no deals', () => {
    const s = summarizeDataset(base);
    expect(s.deals).toBe(0);
    expect(s.disclosedUsd).toBe(0);
    expect(s.firstDate).toBeNull();
    expect(s.lastDate).toBeNull();
    expect(formatSummary(s)).toContain('By type: none');
  });

  it('counts GW-only deals as unknown when no rate is set', () => {
    const s = summarizeDataset({
      ...base,
      assumptions: null,
      deals: [deal({ id: 'gw', type: 'chips', computeGw: 2 })],
    });
    expect(s.estimatedDeals).toBe(0);
    expect(s.estimatedUsd).toBe(0);
    expect(s.unknownAmountDeals).toBe(1);
    expect(formatSummary(s)).not.toContain('Estimated');
  });

  it('never adds partnerships or aggregates to the dollars', () => {
    const s = summarizeDataset({
      ...base,
      deals: [
        deal({ id: 'paid', type: 'cloud', amountUsd: 7 }),
        deal({ id: 'nominal', type: 'partnership', amountUsd: 1_000, computeGw: 1 }),
      ],
      aggregates: [
        {
          id: 'total',
          subject: 'openai',
          label: 'total',
          amountUsd: 1_000_000,
          includes: ['paid'],
          sources: [{ title: 't', url: 'https://example.com/' }],
        },
      ],
    });
    expect(s.disclosedUsd).toBe(7);
    expect(s.estimatedUsd).toBe(0);
    expect(s.unknownAmountDeals).toBe(0);
    expect(s.aggregates).toBe(1);
  });

  it('orders dates of mixed precision by their first day', () => {
    const s = summarizeDataset({
      ...base,
      deals: [
        deal({ id: 'a', type: 'cloud', announced: '2025-11-03' }),
        deal({ id: 'b', type: 'cloud', announced: '2021' }),
        deal({ id: 'c', type: 'cloud', announced: '2025-11' }),
        deal({ id: 'd', type: 'cloud', announced: '2026-01' }),
      ],
    });
    expect(s.firstDate).toBe('2021');
    expect(s.lastDate).toBe('2026-01');
  });
});

describe('firm and headline totals', () => {
  it('leaves out deals that ended, and counts LOIs, ceilings and contingent deals as promises', () => {
    const s = summarizeDataset(loadDataset('tests/fixtures/loi-superseded.json'));
    // The superseded $100B LOI is out; the $30B stake is in: never both.
    expect(s.notCountingDeals).toBe(1);
    expect(s.headlineUsd).toBe(671e9);
    // The chips deal is up to $50B with $20B firm: $30B of promises.
    expect(s.firmUsd).toBe(641e9);
    expect(s.promiseShare).toBeCloseTo(30 / 671, 10);
    expect(formatSummary(s).split('\n').slice(-2)).toEqual([
      'Firm: $641B of $671B headline (4 % of the headline is letters of intent, ceilings or contingent)',
      'Not counted as of 1 Apr 2026: 1 deal (ended, or announced later)',
    ]);
  });

  it('counts a deal again before its end date, and a backstop as wholly contingent', () => {
    const s = summarizeDataset({
      ...seed,
      asOf: '2025-01-01',
      deals: [
        deal({
          id: 'loi',
          type: 'investment',
          status: 'loi',
          amountUsd: 100,
          ended: { on: '2025-06', how: 'superseded' },
        }),
        deal({ id: 'guarantee', type: 'backstop', amountUsd: 50 }),
        deal({ id: 'paid', type: 'investment', amountUsd: 50 }),
      ],
    });
    expect(s).toMatchObject({ headlineUsd: 200, firmUsd: 50, notCountingDeals: 0 });
    expect(s.promiseShare).toBe(0.75);
  });

  it('formats shares without claiming 0 % or 100 % for what is neither', () => {
    expect(formatShare(0.614)).toBe('61 %');
    expect(formatShare(0.001)).toBe('<1 %');
    expect(formatShare(0.999)).toBe('>99 %');
    expect(formatShare(0)).toBe('0 %');
    expect(headlineShare(0, 0)).toBeNull();
  });
});
