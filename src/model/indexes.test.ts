/**
 * Lookups, flows and money formats on the seed-slice fixture. Expected figures
 * are added up by hand from tests/fixtures/seed-slice.json ($50B per GW).
 */
import { describe, expect, it } from 'vitest';
import { dateStart, formatDate, formatDollars, formatUsd } from './format';
import { indexDataset, type DatasetIndex } from './indexes';
import { dealDollars, sumDollars } from './money';
import type { Deal } from './schema';
import { loadDataset, SEED_SLICE } from '../../tests/fixtures/load';

const seed = loadDataset(SEED_SLICE);
const index = indexDataset(seed, seed.deals);

const B = 1_000_000_000;
const ids = (deals: readonly Deal[] | undefined) => (deals ?? []).map((d) => d.id);

function dealOf(id: string): Deal {
  const deal = seed.deals.find((d) => d.id === id);
  if (!deal) throw new Error(`no deal "${id}" in the fixture`);
  return deal;
}

function flowOf(idx: DatasetIndex, company: string) {
  const flow = idx.flow.get(company);
  if (!flow) throw new Error(`no flow for "${company}"`);
  return flow;
}

describe('lookups', () => {
  it('finds companies and deals by id', () => {
    expect(index.companyById.get('nvidia')?.name).toBe('Nvidia');
    expect(index.dealById.get('openai-oracle-300b')?.to).toBe('oracle');
    expect(index.companyById.size).toBe(9);
    expect(index.dealById.size).toBe(22);
  });

  it('lists the deals a company pays, in dataset order', () => {
    expect(ids(index.dealsFrom.get('openai'))).toEqual([
      'openai-azure-250b',
      'openai-nvda-10gw',
      'openai-oracle-300b',
      'openai-amd-6gw',
      'openai-broadcom-10gw',
      'openai-aws-38b',
      'openai-google-cloud',
    ]);
  });

  it('lists the deals a company receives, in dataset order', () => {
    expect(ids(index.dealsTo.get('openai'))).toEqual([
      'msft-openai-2019',
      'msft-openai-2023',
      'msft-openai-2024-round',
      'nvda-openai-loi-100b',
      'amd-openai-warrant',
    ]);
    expect(ids(index.dealsTo.get('nvidia'))).toEqual([
      'anthropic-nvidia-1gw',
      'openai-nvda-10gw',
      'oracle-nvda-gb200-40b',
    ]);
  });

  it('has no entry for a company that pays nobody', () => {
    expect(index.dealsFrom.get('broadcom')).toBeUndefined();
  });

  it('finds the deals between two companies whichever way round they are asked', () => {
    const both = ['nvda-openai-loi-100b', 'openai-nvda-10gw'];
    expect(ids(index.dealsBetween('openai', 'nvidia'))).toEqual(both);
    expect(ids(index.dealsBetween('nvidia', 'openai'))).toEqual(both);
    expect(ids(index.dealsBetween('anthropic', 'microsoft'))).toEqual([
      'msft-anthropic-equity-2025',
      'anthropic-azure-30b',
      'msft-anthropic-foundry',
    ]);
  });

  it('finds nothing between companies that do not deal', () => {
    expect(index.dealsBetween('broadcom', 'microsoft')).toEqual([]);
    expect(index.dealsBetween('openai', 'nobody')).toEqual([]);
  });
});

describe('dollars of one deal', () => {
  it('uses the reported amount', () => {
    expect(index.dollars(dealOf('msft-anthropic-equity-2025'))).toEqual({
      usd: 5 * B,
      estimated: false,
    });
  });

  it('estimates a deal quoted only in GW at the dataset rate', () => {
    expect(index.dollars(dealOf('anthropic-nvidia-1gw'))).toEqual({ usd: 50 * B, estimated: true });
    expect(index.dollars(dealOf('openai-amd-6gw'))).toEqual({ usd: 300 * B, estimated: true });
  });

  it('prefers a reported amount to a GW estimate', () => {
    // The Nvidia LOI says $100B and 10 GW; 10 GW would be $500B at the rate.
    expect(index.dollars(dealOf('nvda-openai-loi-100b'))).toEqual({
      usd: 100 * B,
      estimated: false,
    });
  });

  it('says unknown when there is neither amount nor GW', () => {
    expect(index.dollars(dealOf('openai-google-cloud'))).toEqual({ usd: null, estimated: false });
  });

  it('treats GW deals as unknown when the dataset has no rate', () => {
    const noRate = indexDataset({ ...seed, assumptions: null }, seed.deals);
    expect(noRate.dollars(dealOf('anthropic-nvidia-1gw'))).toEqual({
      usd: null,
      estimated: false,
    });
  });

  it('prices a deal that is not in the index, too', () => {
    const subset = indexDataset(seed, []);
    expect(subset.dollars(dealOf('openai-broadcom-10gw'))).toEqual({
      usd: 500 * B,
      estimated: true,
    });
  });

  it('never estimates with a rate of zero', () => {
    expect(dealDollars({ computeGw: 2 }, 0)).toEqual({ usd: null, estimated: false });
    expect(dealDollars({ computeGw: 2 }, undefined)).toEqual({ usd: null, estimated: false });
    expect(dealDollars({ amountUsd: 0, computeGw: 2 }, 10)).toEqual({ usd: 0, estimated: false });
  });
});

describe('flows through a company', () => {
  it('adds what Nvidia pays and receives, flagging GW estimates', () => {
    const f = flowOf(index, 'nvidia');
    // Out: $10B to Anthropic + $100B LOI to OpenAI.
    expect(f.out).toEqual({ usd: 110 * B, estimated: false, partial: false });
    // In: Anthropic 1 GW (≈$50B) + OpenAI 10 GW (≈$500B) + Oracle $40B.
    expect(f.in).toEqual({ usd: 590 * B, estimated: true, partial: false });
    expect(f.total).toEqual({ usd: 700 * B, estimated: true, partial: false });
    expect(f.dealCount).toBe(5);
  });

  it('marks a sum with an unknown part as partial', () => {
    const f = flowOf(index, 'google');
    // Out: $2B to Anthropic. In: Anthropic $3B + OpenAI (undisclosed).
    expect(f.out).toEqual({ usd: 2 * B, estimated: false, partial: false });
    expect(f.in).toEqual({ usd: 3 * B, estimated: false, partial: true });
    expect(f.total).toEqual({ usd: 5 * B, estimated: false, partial: true });
    expect(f.dealCount).toBe(3);
  });

  it('leaves a side with only unknown deals unknown, not zero', () => {
    const amd = flowOf(index, 'amd');
    // AMD pays OpenAI in warrants (no figure) and sells it 6 GW (≈$300B).
    expect(amd.out).toEqual({ usd: null, estimated: false, partial: false });
    expect(amd.in).toEqual({ usd: 300 * B, estimated: true, partial: false });
    expect(amd.total).toEqual({ usd: 300 * B, estimated: true, partial: true });
    const broadcom = flowOf(index, 'broadcom');
    expect(broadcom.out).toEqual({ usd: null, estimated: false, partial: false });
    expect(broadcom.dealCount).toBe(1);
  });

  it('adds up OpenAI, the biggest hub', () => {
    const f = flowOf(index, 'openai');
    // Out: 250 + ≈500 + 300 + ≈300 + ≈500 + 38 + unknown. In: 1 + 10 + 0.75 + 100 + warrant.
    expect(f.out).toEqual({ usd: 1_888 * B, estimated: true, partial: true });
    expect(f.in).toEqual({ usd: 111.75 * B, estimated: false, partial: true });
    expect(f.total.usd).toBe(1_999.75 * B);
    expect(f.dealCount).toBe(12);
  });

  it('counts only the deals it was given', () => {
    const before2024 = seed.deals.filter((d) => d.announced < '2024');
    const sub = indexDataset(seed, before2024);
    expect(flowOf(sub, 'openai').in).toEqual({ usd: 11 * B, estimated: false, partial: false });
    expect(flowOf(sub, 'openai').dealCount).toBe(2);
    expect(flowOf(sub, 'nvidia')).toEqual({
      out: { usd: null, estimated: false, partial: false },
      in: { usd: null, estimated: false, partial: false },
      total: { usd: null, estimated: false, partial: false },
      dealCount: 0,
    });
    expect(sub.dealById.has('openai-oracle-300b')).toBe(false);
  });
});

describe('sumDollars', () => {
  it('adds known parts and remembers unknown and estimated ones', () => {
    expect(
      sumDollars([
        { usd: 5, estimated: false },
        { usd: null, estimated: false },
        { usd: 7, estimated: true },
      ]),
    ).toEqual({ usd: 12, estimated: true, partial: true });
  });

  it('is unknown, not zero, with nothing known', () => {
    expect(sumDollars([])).toEqual({ usd: null, estimated: false, partial: false });
    expect(sumDollars([{ usd: null, estimated: false }])).toEqual({
      usd: null,
      estimated: false,
      partial: false,
    });
  });

  it('keeps a known zero', () => {
    expect(sumDollars([{ usd: 0, estimated: false }])).toEqual({
      usd: 0,
      estimated: false,
      partial: false,
    });
  });
});

describe('formatUsd', () => {
  it.each([
    [5 * B, '$5B'],
    [750_000_000, '$750M'],
    [1.4e12, '$1.4T'],
    [13.8 * B, '$13.8B'],
    [797.75 * B, '$798B'],
    [1.35e12, '$1.35T'],
    [12_500_000, '$12.5M'],
    [0, '$0'],
  ])('formats %d as %s', (usd, text) => {
    expect(formatUsd(usd)).toBe(text);
  });
});

describe('formatDollars', () => {
  it('marks estimates with ≈', () => {
    expect(formatDollars({ usd: 50 * B, estimated: true })).toBe('≈$50B');
    expect(formatDollars({ usd: 50 * B, estimated: false })).toBe('$50B');
  });

  it('says unknown, or the caller’s word, when there is no figure', () => {
    expect(formatDollars({ usd: null, estimated: false })).toBe('unknown');
    expect(formatDollars({ usd: null, estimated: false }, 'undisclosed')).toBe('undisclosed');
  });
});

describe('dates', () => {
  it('keeps the precision the source gave', () => {
    expect(formatDate('2025-11-18')).toBe('18 Nov 2025');
    expect(formatDate('2025-11-03')).toBe('3 Nov 2025');
    expect(formatDate('2025-09')).toBe('Sep 2025');
    expect(formatDate('2019')).toBe('2019');
  });

  it('reads partial dates as their first day', () => {
    expect(dateStart('2019')).toBe('2019-01-01');
    expect(dateStart('2025-09')).toBe('2025-09-01');
    expect(dateStart('2025-11-18')).toBe('2025-11-18');
  });

  it('orders dates of mixed precision through dateStart', () => {
    const dates = ['2025-11-03', '2025', '2025-11', '2024-12-31'];
    expect([...dates].sort((a, b) => dateStart(a).localeCompare(dateStart(b)))).toEqual([
      '2024-12-31',
      '2025',
      '2025-11',
      '2025-11-03',
    ]);
  });
});
