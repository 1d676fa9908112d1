import { describe, expect, it } from 'vitest';
import { loadDataset, SEED_SLICE } from '../../tests/fixtures/load';
import {
  COMPANY_KINDS,
  CONFIDENCES,
  DEAL_STATUSES,
  DEAL_TYPES,
  type Company,
  type Deal,
} from '../model';
import {
  dateEnd,
  filterDeals,
  isDefaultFilters,
  isWithin,
  monthRange,
  type DealFilters,
  type FilterableDataset,
} from './filter';

const ALL: DealFilters = {
  types: DEAL_TYPES,
  statuses: DEAL_STATUSES,
  confidences: CONFIDENCES,
  kinds: COMPANY_KINDS,
  minUsd: 0,
  from: null,
  until: null,
};
const only = (patch: Partial<DealFilters>): DealFilters => ({ ...ALL, ...patch });

const seed = loadDataset(SEED_SLICE);

const company = (id: string, kind: Company['kind']): Company => ({ id, name: id, kind });
function deal(id: string, from: string, to: string, patch: Partial<Deal> = {}): Deal {
  return {
    id,
    from,
    to,
    type: 'investment',
    amountUsd: 1_000_000_000,
    announced: '2025-01-15',
    status: 'closed',
    confidence: 'high',
    sources: [{ title: 'Test', url: 'https://example.com/' }],
    ...patch,
  };
}

/** lab ⇄ cloud ⇄ chips, plus an investor, each deal differing in one attribute. */
const small: FilterableDataset = {
  assumptions: { usdPerGigawatt: 50e9 },
  companies: [
    company('lab', 'lab'),
    company('cloud', 'cloud'),
    company('chips', 'chips'),
    company('fund', 'investor'),
  ],
  deals: [
    deal('invest', 'cloud', 'lab', { amountUsd: 10e9 }),
    deal('compute', 'lab', 'cloud', { type: 'cloud', amountUsd: 30e9, status: 'announced' }),
    deal('gpus', 'cloud', 'chips', {
      type: 'chips',
      amountUsd: null,
      computeGw: 1,
      status: 'loi',
      confidence: 'medium',
    }),
    deal('talks', 'fund', 'lab', { amountUsd: null, status: 'reported', confidence: 'low' }),
    deal('pact', 'chips', 'lab', { type: 'partnership', amountUsd: null, announced: '2024' }),
  ],
};
const ids = (deals: readonly Deal[]) => deals.map((d) => d.id);

describe('filterDeals', () => {
  it('shows everything with the default filters, in dataset order', () => {
    const view = filterDeals(small, ALL);
    expect(ids(view.deals)).toEqual(['invest', 'compute', 'gpus', 'talks', 'pact']);
    expect(view.companies.map((c) => c.id)).toEqual(['lab', 'cloud', 'chips', 'fund']);
    expect([...view.activeCompanyIds].sort()).toEqual(['chips', 'cloud', 'fund', 'lab']);
  });

  it('filters by type', () => {
    expect(ids(filterDeals(small, only({ types: ['chips', 'cloud'] })).deals)).toEqual([
      'compute',
      'gpus',
    ]);
    expect(filterDeals(small, only({ types: [] })).deals).toEqual([]);
  });

  it('filters by status: "confirmed" is closed and announced', () => {
    const view = filterDeals(small, only({ statuses: ['closed', 'announced'] }));
    expect(ids(view.deals)).toEqual(['invest', 'compute', 'pact']);
    expect(view.activeCompanyIds.has('fund')).toBe(false);
  });

  it('filters by confidence', () => {
    expect(ids(filterDeals(small, only({ confidences: ['medium', 'low'] })).deals)).toEqual([
      'gpus',
      'talks',
    ]);
  });

  it('hides deals when either end is of a hidden kind, and hides those companies', () => {
    const view = filterDeals(small, only({ kinds: ['lab', 'cloud', 'investor'] }));
    expect(ids(view.deals)).toEqual(['invest', 'compute', 'talks']);
    expect(view.companies.map((c) => c.id)).toEqual(['lab', 'cloud', 'fund']);
    expect(view.activeCompanyIds.has('chips')).toBe(false);
  });

  it('keeps companies of a shown kind even when none of their deals show', () => {
    const view = filterDeals(small, only({ types: ['cloud'] }));
    expect(view.companies.map((c) => c.id)).toEqual(['lab', 'cloud', 'chips', 'fund']);
    expect([...view.activeCompanyIds].sort()).toEqual(['cloud', 'lab']);
  });

  describe('minUsd', () => {
    it('0 shows deals of unknown amount', () => {
      expect(filterDeals(small, only({ minUsd: 0 })).deals).toHaveLength(5);
    });

    it('above 0 hides unknown amounts and counts GW estimates', () => {
      // gpus: 1 GW × $50B/GW ≈ $50B, the largest figure here.
      expect(ids(filterDeals(small, only({ minUsd: 1 })).deals)).toEqual([
        'invest',
        'compute',
        'gpus',
      ]);
      expect(ids(filterDeals(small, only({ minUsd: 40e9 })).deals)).toEqual(['gpus']);
    });

    it('is inclusive', () => {
      expect(ids(filterDeals(small, only({ minUsd: 30e9 })).deals)).toEqual(['compute', 'gpus']);
    });

    it('treats a GW-only deal as unknown when the dataset has no usdPerGigawatt', () => {
      const noRate = { ...small, assumptions: null };
      expect(ids(filterDeals(noRate, only({ minUsd: 1 })).deals)).toEqual(['invest', 'compute']);
    });
  });

  describe('dates', () => {
    const dated: FilterableDataset = {
      companies: [company('a', 'lab'), company('b', 'cloud')],
      deals: [
        deal('y2024', 'a', 'b', { announced: '2024' }),
        deal('sep', 'a', 'b', { announced: '2025-09' }),
        deal('sep15', 'a', 'b', { announced: '2025-09-15' }),
        deal('sep30', 'a', 'b', { announced: '2025-09-30' }),
        deal('oct01', 'a', 'b', { announced: '2025-10-01' }),
      ],
    };
    const shown = (from: string | null, until: string | null) =>
      ids(filterDeals(dated, only({ from, until })).deals);

    it('includes both bounds', () => {
      expect(shown('2025-09-15', '2025-09-30')).toEqual(['sep', 'sep15', 'sep30']);
      expect(shown('2025-09-30', '2025-09-30')).toEqual(['sep', 'sep30']);
    });

    it('shows a month-precision deal when its month overlaps the range', () => {
      expect(shown('2025-09-16', null)).toEqual(['sep', 'sep30', 'oct01']);
      expect(shown(null, '2025-09-01')).toEqual(['y2024', 'sep']);
    });

    it('reads a partial bound as its whole period', () => {
      expect(shown('2025-09', '2025-09')).toEqual(['sep', 'sep15', 'sep30']);
      expect(shown('2025', null)).toEqual(['sep', 'sep15', 'sep30', 'oct01']);
      expect(shown(null, '2024')).toEqual(['y2024']);
      expect(shown('2024-12-31', '2024-12-31')).toEqual(['y2024']);
      expect(shown('2025-10', '2025')).toEqual(['oct01']);
    });

    it('shows nothing for a backwards range', () => {
      expect(shown('2025-10', '2025-09')).toEqual([]);
    });
  });

  it('combines filters (each must pass)', () => {
    const view = filterDeals(
      small,
      only({ statuses: ['closed', 'announced', 'loi'], minUsd: 20e9, kinds: ['lab', 'cloud'] }),
    );
    expect(ids(view.deals)).toEqual(['compute']);
  });

  describe('on the seed slice', () => {
    it('shows all 22 deals and 9 companies by default', () => {
      const view = filterDeals(seed, ALL);
      expect(view.deals).toHaveLength(seed.deals.length);
      expect(view.deals).toHaveLength(22);
      expect(view.companies).toHaveLength(9);
      expect(view.activeCompanyIds.size).toBe(9);
    });

    it('"only chip deals"', () => {
      expect(ids(filterDeals(seed, only({ types: ['chips'] })).deals)).toEqual([
        'anthropic-nvidia-1gw',
        'openai-nvda-10gw',
        'oracle-nvda-gb200-40b',
        'openai-amd-6gw',
        'openai-broadcom-10gw',
      ]);
    });

    it('"only confirmed" drops the letters of intent', () => {
      const view = filterDeals(seed, only({ statuses: ['closed', 'announced'] }));
      expect(ids(view.deals)).not.toContain('nvda-openai-loi-100b');
      expect(ids(view.deals)).not.toContain('openai-nvda-10gw');
      expect(view.deals).toHaveLength(20);
    });

    it('"as of a year ago" keeps deals announced up to then', () => {
      expect(ids(filterDeals(seed, only({ until: '2024-11' })).deals)).toEqual([
        'msft-openai-2019',
        'msft-openai-2023',
        'msft-openai-2024-round',
        'amzn-anthropic-2023',
        'amzn-anthropic-2024',
        'goog-anthropic-2b',
        'anthropic-gcloud-2023',
      ]);
    });

    it('counts GW-only chip deals at $50B/GW against minUsd', () => {
      const big = ids(filterDeals(seed, only({ minUsd: 250e9 })).deals);
      expect(big).toEqual([
        'openai-azure-250b',
        'openai-nvda-10gw',
        'openai-oracle-300b',
        'openai-amd-6gw',
        'openai-broadcom-10gw',
      ]);
    });

    it('hiding chip makers hides their deals and them, not the rest', () => {
      const view = filterDeals(seed, only({ kinds: ['lab', 'cloud'] }));
      expect(view.companies.map((c) => c.id)).toEqual([
        'openai',
        'anthropic',
        'microsoft',
        'amazon',
        'google',
        'oracle',
      ]);
      for (const d of view.deals) {
        expect(['nvidia', 'amd', 'broadcom']).not.toContain(d.from);
        expect(['nvidia', 'amd', 'broadcom']).not.toContain(d.to);
      }
      expect(view.deals).toHaveLength(14);
    });

    it('agrees with a brute-force filter on every single-value filter', () => {
      for (const type of DEAL_TYPES) {
        const expected = seed.deals.filter((d) => d.type === type);
        expect(filterDeals(seed, only({ types: [type] })).deals).toEqual(expected);
      }
      for (const status of DEAL_STATUSES) {
        const expected = seed.deals.filter((d) => d.status === status);
        expect(filterDeals(seed, only({ statuses: [status] })).deals).toEqual(expected);
      }
      for (const confidence of CONFIDENCES) {
        const expected = seed.deals.filter((d) => d.confidence === confidence);
        expect(filterDeals(seed, only({ confidences: [confidence] })).deals).toEqual(expected);
      }
    });
  });
});

describe('isWithin', () => {
  it('is open at null bounds', () => {
    expect(isWithin('1999', null, null)).toBe(true);
  });
  it('uses the overlap rule', () => {
    expect(isWithin('2025-09', '2025-09-15', null)).toBe(true);
    expect(isWithin('2025-09', null, '2025-08-31')).toBe(false);
    expect(isWithin('2025-09-01', '2025-09', '2025-09')).toBe(true);
  });
});

describe('isDefaultFilters', () => {
  it('is true for show-everything filters in any order', () => {
    expect(isDefaultFilters(ALL)).toBe(true);
    expect(isDefaultFilters(only({ types: [...DEAL_TYPES].reverse() }))).toBe(true);
  });
  it('is false as soon as anything is hidden', () => {
    expect(isDefaultFilters(only({ types: ['cloud'] }))).toBe(false);
    expect(isDefaultFilters(only({ statuses: ['closed'] }))).toBe(false);
    expect(isDefaultFilters(only({ confidences: [] }))).toBe(false);
    expect(isDefaultFilters(only({ kinds: ['lab'] }))).toBe(false);
    expect(isDefaultFilters(only({ minUsd: 1 }))).toBe(false);
    expect(isDefaultFilters(only({ from: '2025' }))).toBe(false);
    expect(isDefaultFilters(only({ until: '2025' }))).toBe(false);
  });
});

describe('dateEnd', () => {
  it('gives the last day of a year or month', () => {
    expect(dateEnd('2025-09')).toBe('2025-09-30');
    expect(dateEnd('2025-12')).toBe('2025-12-31');
    expect(dateEnd('2024-02')).toBe('2024-02-29');
    expect(dateEnd('2025-02')).toBe('2025-02-28');
    expect(dateEnd('1900-02')).toBe('1900-02-28');
    expect(dateEnd('2000-02')).toBe('2000-02-29');
    expect(dateEnd('2024')).toBe('2024-12-31');
    expect(dateEnd('2024-03-05')).toBe('2024-03-05');
  });
});

describe('monthRange', () => {
  it('lists every month from the earliest to the latest deal', () => {
    const months = monthRange(seed);
    expect(months[0]).toBe('2019-07');
    expect(months.at(-1)).toBe('2025-11');
    expect(months).toHaveLength(6 + 5 * 12 + 11);
    expect(new Set(months).size).toBe(months.length);
    expect(months).toContain('2020-01');
  });

  it('places year-only dates at January and handles one month and none', () => {
    expect(monthRange({ deals: [deal('a', 'x', 'y', { announced: '2024' })] })).toEqual([
      '2024-01',
    ]);
    expect(
      monthRange({
        deals: [
          deal('a', 'x', 'y', { announced: '2025-02-03' }),
          deal('b', 'x', 'y', { announced: '2024-11' }),
        ],
      }),
    ).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthRange({ deals: [] })).toEqual([]);
  });

  it('replays: until = each month shows a growing set ending with everything', () => {
    let previous = 0;
    for (const month of monthRange(seed)) {
      const count = filterDeals(seed, only({ until: month })).deals.length;
      expect(count).toBeGreaterThanOrEqual(previous);
      previous = count;
    }
    expect(previous).toBe(seed.deals.length);
  });
});
