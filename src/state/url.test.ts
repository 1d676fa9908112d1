import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { isDefaultFilters, type DealFilters } from '../graph/filter';
import { COMPANY_KINDS, CONFIDENCES, DEAL_STATUSES, DEAL_TYPES, isHttpUrl } from '../model';
import { longParam } from '../../tests/hostile/cases';
import {
  checkViewAgainstDataset,
  MAX_PARAM_LENGTH,
  parseUsd,
  parseView,
  serializeView,
} from './url';
import { DEFAULT_VIEW, isPlainView, type Filters, type ViewState } from './viewState';

const withFilters = (patch: Partial<Filters>, view: Partial<ViewState> = {}): ViewState => ({
  ...DEFAULT_VIEW,
  ...view,
  filters: { ...DEFAULT_VIEW.filters, ...patch },
});

/** Parses and expects exactly one notice, which must name the parameter. */
function refused(search: string, param: string): ViewState {
  const { view, notices } = parseView(search);
  expect(notices).toHaveLength(1);
  expect(notices[0]).toContain(`"${param}`);
  return view;
}

describe('the filter shape', () => {
  it('is the same in graph/ and state/', () => {
    expectTypeOf<Filters>().toEqualTypeOf<DealFilters>();
    expect(isDefaultFilters(DEFAULT_VIEW.filters)).toBe(true);
  });
});

describe('parseView', () => {
  it('gives the default view, unchanged, for an empty query', () => {
    for (const search of ['', '?', new URLSearchParams()]) {
      const { view, notices } = parseView(search);
      expect(view).toBe(DEFAULT_VIEW);
      expect(notices).toEqual([]);
    }
  });

  it('reads every parameter', () => {
    const { view, notices } = parseView(
      '?company=openai&to=nvidia&loop=openai,microsoft,anthropic&deal=openai-azure-250b' +
        '&types=cloud,investment&status=closed,loi&confidence=high&kinds=lab,cloud,chips' +
        '&minUsd=5B&from=2024-06&until=2025&maxLength=4&usdPerGw=50B&rank=headline&order=time' +
        '&story=how-the-money-goes-round&step=3&theme=dark' +
        '&data=https%3A%2F%2Fexample.com%2Fdeals.json',
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      company: 'openai',
      target: 'nvidia',
      loop: ['openai', 'microsoft', 'anthropic'],
      deal: 'openai-azure-250b',
      maxLength: 4,
      usdPerGw: 50e9,
      rank: 'headline',
      inOrder: true,
      theme: 'dark',
      data: 'https://example.com/deals.json',
      story: { id: 'how-the-money-goes-round', step: 3 },
      explored: false,
      filters: {
        types: ['investment', 'cloud'],
        statuses: ['closed', 'loi'],
        confidences: ['high'],
        kinds: ['lab', 'cloud', 'chips'],
        minUsd: 5e9,
        from: '2024-06',
        until: '2025',
      },
    } satisfies ViewState);
  });

  it('reads rank and order, firm and all loops by default', () => {
    expect(parseView('rank=headline').view.rank).toBe('headline');
    expect(parseView('rank=FIRM').view.rank).toBe('firm');
    expect(parseView('order=time').view.inOrder).toBe(true);
    expect(parseView('').view).toMatchObject({ rank: 'firm', inOrder: false });
    expect(serializeView({ ...DEFAULT_VIEW, rank: 'headline', inOrder: true })).toBe(
      'rank=headline&order=time',
    );
    // The defaults are never written: a plain link stays plain.
    expect(serializeView({ ...DEFAULT_VIEW, rank: 'firm', inOrder: false })).toBe('');
  });

  it('drops a bad rank or order with a notice, keeping the rest', () => {
    const { view, notices } = parseView('rank=dollars&order=newest&company=amd');
    expect(view).toMatchObject({ rank: 'firm', inOrder: false, company: 'amd' });
    expect(notices).toEqual([
      'Ignored "rank=dollars": must be firm or headline.',
      'Ignored "order=newest": must be time (only loops in time order).',
    ]);
  });

  it('accepts a URLSearchParams', () => {
    const { view } = parseView(new URLSearchParams({ company: 'amd', theme: 'light' }));
    expect(view.company).toBe('amd');
    expect(view.theme).toBe('light');
  });

  it('decodes percent-encoded and plus-encoded values', () => {
    expect(parseView('company=%6Fpenai').view.company).toBe('openai');
    expect(parseView('types=cloud%2Cchips').view.filters.types).toEqual(['cloud', 'chips']);
    expect(parseView('types=cloud,+chips').view.filters.types).toEqual(['cloud', 'chips']);
    expect(parseView('data=https://example.com/a%2520b.json?x=1%262').view.data).toBe(
      'https://example.com/a%20b.json?x=1&2',
    );
  });

  describe('ids', () => {
    it('lower-cases and syntax-checks company, to and deal', () => {
      expect(parseView('company=OpenAI').view.company).toBe('openai');
      expect(refused('company=open%20ai', 'company').company).toBeNull();
      expect(refused('deal=%3Cscript%3E', 'deal').deal).toBeNull();
      expect(refused(`company=${'a'.repeat(81)}`, 'company').company).toBeNull();
    });

    it('reads an empty id as none, without a notice', () => {
      expect(parseView('company=&deal=')).toEqual({ view: DEFAULT_VIEW, notices: [] });
    });

    it('needs a company for "to", and a different one', () => {
      expect(refused('to=amd', 'to').target).toBeNull();
      expect(refused('company=amd&to=amd', 'to').target).toBeNull();
      const { view, notices } = parseView('company=Bad!&to=amd');
      expect(view.target).toBeNull();
      expect(notices).toHaveLength(2);
    });
  });

  describe('loop', () => {
    it('keeps the order given', () => {
      expect(parseView('loop=nvidia,openai,oracle').view.loop).toEqual([
        'nvidia',
        'openai',
        'oracle',
      ]);
    });

    it('accepts a loop written closed (a,b,a)', () => {
      expect(parseView('loop=a,b,c,a').view.loop).toEqual(['a', 'b', 'c']);
    });

    it('refuses bad ids, repeats and wrong lengths', () => {
      expect(refused('loop=a,B%21,c', 'loop').loop).toBeNull();
      expect(refused('loop=a', 'loop').loop).toBeNull();
      expect(refused('loop=a,b,a,c', 'loop').loop).toBeNull();
      expect(refused(`loop=${'abcdefghijk'.split('').join(',')}`, 'loop').loop).toBeNull();
      expect(parseView('loop=a,,b').notices[0]).toContain('"" is not a valid company id');
    });
  });

  describe('lists', () => {
    it('collapses duplicates and returns vocabulary order, case-insensitively', () => {
      expect(parseView('types=chips,Investment,chips').view.filters.types).toEqual([
        'investment',
        'chips',
      ]);
      expect(parseView('kinds=other,lab').view.filters.kinds).toEqual(['lab', 'other']);
      expect(parseView('confidence=low,high').view.filters.confidences).toEqual(['high', 'low']);
    });

    it('reads an empty value as an empty list', () => {
      const { view, notices } = parseView('types=');
      expect(view.filters.types).toEqual([]);
      expect(notices).toEqual([]);
      expect(parseView('types=,').view.filters.types).toEqual([]);
    });

    it('drops unknown items with a notice and keeps the rest', () => {
      const { view, notices } = parseView('types=chip,cloud');
      expect(view.filters.types).toEqual(['cloud']);
      expect(notices).toEqual([
        'Ignored "chip" in "types": expected any of investment, cloud, chips, warrant, backstop, revenue_share, partnership.',
      ]);
    });

    it('ignores the parameter when no item is known', () => {
      expect(refused('types=chip', 'types').filters.types).toEqual(DEAL_TYPES);
      expect(refused('kinds=bank', 'kinds').filters.kinds).toEqual(COMPANY_KINDS);
      expect(refused('confidence=sure', 'confidence').filters.confidences).toEqual(CONFIDENCES);
      expect(refused('status=rumour', 'status').filters.statuses).toEqual(DEAL_STATUSES);
    });

    it('merges a list given more than once (as a form of checkboxes sends it)', () => {
      const { view, notices } = parseView('types=cloud&types=investment');
      expect(view.filters.types).toEqual(['investment', 'cloud']);
      expect(notices).toEqual([]);
    });

    it('reads status=confirmed as closed and announced', () => {
      expect(parseView('status=confirmed').view.filters.statuses).toEqual(['closed', 'announced']);
      expect(parseView('status=loi,confirmed').view.filters.statuses).toEqual([
        'closed',
        'announced',
        'loi',
      ]);
    });
  });

  describe('usdPerGw', () => {
    it('reads dollars per gigawatt, with shorthands', () => {
      expect(parseView('usdPerGw=35B').view.usdPerGw).toBe(35e9);
      expect(parseView('usdPerGw=50000000000').view.usdPerGw).toBe(50e9);
      expect(serializeView({ ...DEFAULT_VIEW, usdPerGw: 20e9 })).toBe('usdPerGw=20000000000');
    });
    it.each(['0', '500M', '1T', 'lots', '-5B'])('refuses %s with a notice', (text) => {
      const { view, notices } = parseView(`usdPerGw=${text}`);
      expect(view.usdPerGw).toBeNull();
      expect(notices[0]).toContain('"usdPerGw=');
    });
  });

  describe('minUsd', () => {
    it.each([
      ['5000000000', 5e9],
      ['5e9', 5e9],
      ['5E9', 5e9],
      ['5B', 5e9],
      ['5b', 5e9],
      ['750M', 750e6],
      ['1.5T', 1.5e12],
      ['2k', 2000],
      ['$5B', 5e9],
      ['.5B', 5e8],
      ['0', 0],
      ['12.6', 13],
    ])('reads %s', (text, usd) => {
      const { view, notices } = parseView(`minUsd=${encodeURIComponent(text)}`);
      expect(notices).toEqual([]);
      expect(view.filters.minUsd).toBe(usd);
    });

    it.each(['-5', 'abc', '5X', 'Infinity', 'NaN', '1e400', '1e16', '5 B', ''])(
      'refuses %j',
      (text) => {
        expect(refused(`minUsd=${encodeURIComponent(text)}`, 'minUsd').filters.minUsd).toBe(0);
      },
    );

    it('tells the reader what it wanted', () => {
      expect(parseView('minUsd=lots').notices).toEqual([
        'Ignored "minUsd=lots": must be a whole number of dollars from 0, such as 5000000000 or 5B.',
      ]);
    });

    it('parseUsd agrees', () => {
      expect(parseUsd('1_000_000')).toBe(1e6);
      expect(parseUsd('1.')).toBe(1);
      expect(parseUsd('.')).toBeNull();
    });
  });

  describe('from and until', () => {
    it('accepts years, months and days', () => {
      const { view } = parseView('from=2019&until=2025-02-28');
      expect(view.filters.from).toBe('2019');
      expect(view.filters.until).toBe('2025-02-28');
    });

    it.each(['2025-02-30', '2025-13', '25', '2025/01/01', '2025-1-5', 'yesterday'])(
      'refuses %s',
      (text) => {
        expect(refused(`from=${text}`, 'from').filters.from).toBeNull();
        expect(refused(`until=${text}`, 'until').filters.until).toBeNull();
      },
    );

    it('accepts 29 February only in leap years', () => {
      expect(parseView('until=2024-02-29').view.filters.until).toBe('2024-02-29');
      expect(refused('until=2025-02-29', 'until').filters.until).toBeNull();
    });

    it('swaps a backwards range, with a notice', () => {
      const { view, notices } = parseView('from=2025-10&until=2024');
      expect(view.filters.from).toBe('2024');
      expect(view.filters.until).toBe('2025-10');
      expect(notices).toEqual([
        'Swapped "from=2025-10" and "until=2024": the range was backwards.',
      ]);
    });

    it('keeps a range whose periods overlap (from=2025-06, until=2025)', () => {
      const { view, notices } = parseView('from=2025-06&until=2025');
      expect(notices).toEqual([]);
      expect(view.filters.from).toBe('2025-06');
    });

    it('keeps a one-sided range', () => {
      expect(parseView('until=2024').view.filters).toEqual({
        ...DEFAULT_VIEW.filters,
        until: '2024',
      });
    });
  });

  describe('maxLength', () => {
    it('accepts 2 to 10', () => {
      expect(parseView('maxLength=2').view.maxLength).toBe(2);
      expect(parseView('maxLength=10').view.maxLength).toBe(10);
    });

    it.each(['1', '11', '99', '3.5', '-4', 'six', ''])('refuses %j', (text) => {
      expect(refused(`maxLength=${text}`, 'maxLength').maxLength).toBe(6);
    });

    it('says why', () => {
      expect(parseView('maxLength=99').notices).toEqual([
        'Ignored "maxLength=99": must be a whole number from 2 to 10.',
      ]);
    });
  });

  describe('theme', () => {
    it('accepts light, dark and auto in any case', () => {
      expect(parseView('theme=DARK').view.theme).toBe('dark');
      expect(parseView('theme=auto').view.theme).toBe('auto');
    });

    it('refuses anything else', () => {
      expect(refused('theme=blue', 'theme').theme).toBe('auto');
    });
  });

  describe('data', () => {
    it('accepts http and https links', () => {
      expect(parseView('data=http://example.org/d.json').view.data).toBe(
        'http://example.org/d.json',
      );
    });

    it.each([
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:application/json,{}',
      'file:///etc/passwd',
      '//evil.example/d.json',
      '/data/other.json',
      'ftp://example.com/d.json',
      'https://',
      'https://exa mple.com/d.json',
    ])('refuses %s', (url) => {
      const view = refused(`data=${encodeURIComponent(url)}`, 'data');
      expect(view.data).toBeNull();
    });

    it('refuses javascript: with a notice naming the parameter', () => {
      expect(parseView('data=javascript:alert(1)').notices).toEqual([
        'Ignored "data=javascript:alert(1)": only http:// and https:// dataset links are allowed.',
      ]);
    });
  });

  describe('unknown and repeated parameters', () => {
    it('ignores unknown names with a notice, suggesting a near one', () => {
      const { view, notices } = parseView('foo=1&minusd=5B&company=amd');
      expect(view.company).toBe('amd');
      expect(view.filters.minUsd).toBe(0);
      expect(notices).toEqual([
        'Ignored unknown parameter "foo".',
        'Ignored unknown parameter "minusd" (did you mean "minUsd"?).',
      ]);
    });

    it('uses the last of a repeated single parameter, with a notice', () => {
      const { view, notices } = parseView('company=nvidia&company=amd');
      expect(view.company).toBe('amd');
      expect(notices).toEqual(['"company" was given 2 times; used the last ("amd").']);
    });

    it('clips very long values in notices', () => {
      const { notices } = parseView(`theme=${'x'.repeat(500)}`);
      expect(notices[0]?.length).toBeLessThan(120);
    });

    it('never throws, whatever the query', () => {
      fc.assert(
        fc.property(fc.string(), (search) => {
          const { view } = parseView(search);
          expect(typeof view.maxLength).toBe('number');
        }),
      );
      fc.assert(
        fc.property(
          fc.dictionary(
            fc.constantFrom('company', 'to', 'loop', 'types', 'minUsd', 'data', 'from'),
            fc.string(),
          ),
          (entries) => {
            parseView(new URLSearchParams(entries));
          },
        ),
      );
    });
  });
});

describe('serializeView', () => {
  it('is empty for the default view', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
  });

  it('writes only what differs, in a fixed order, with readable commas', () => {
    const view = withFilters(
      { types: ['investment', 'cloud'], minUsd: 5e9, until: '2025-09' },
      { company: 'openai', loop: ['openai', 'microsoft'], theme: 'dark', maxLength: 4 },
    );
    expect(serializeView(view)).toBe(
      'company=openai&loop=openai,microsoft&types=investment,cloud&minUsd=5000000000&until=2025-09&maxLength=4&theme=dark',
    );
  });

  it('writes lists in vocabulary order and the empty list as "types="', () => {
    expect(serializeView(withFilters({ types: ['cloud', 'investment'] }))).toBe(
      'types=investment,cloud',
    );
    expect(serializeView(withFilters({ types: [] }))).toBe('types=');
  });

  it('writes "status=confirmed" for closed and announced', () => {
    expect(serializeView(withFilters({ statuses: ['closed', 'announced'] }))).toBe(
      'status=confirmed',
    );
    expect(serializeView(withFilters({ statuses: ['closed', 'loi'] }))).toBe('status=closed,loi');
  });

  it('encodes a dataset link so it survives, keeping it readable', () => {
    const data = 'https://example.com/a%20b.json?x=1&y=+2#top';
    const search = serializeView({ ...DEFAULT_VIEW, data });
    expect(search).toBe('data=https://example.com/a%2520b.json%3Fx%3D1%26y%3D%2B2%23top');
    expect(parseView(search).view.data).toBe(data);
  });
});

describe('round trip', () => {
  const id = fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{0,79}$/);
  /** A day at a random precision (day, month or year), which contains that day. */
  const precision = fc.constantFrom(10, 7, 4);
  const day = fc.date({
    min: new Date('1000-01-01'),
    max: new Date('9999-12-31'),
    noInvalidDate: true,
  });
  // Ordered days keep start(from) ≤ from-day ≤ until-day ≤ end(until): a valid range.
  const range = fc
    .tuple(fc.option(day), fc.option(day), precision, precision)
    .map(([a, b, pa, pb]) => {
      const [lo, hi] = a != null && b != null && a > b ? [b, a] : [a, b];
      return [
        lo?.toISOString().slice(0, pa) ?? null,
        hi?.toISOString().slice(0, pb) ?? null,
      ] as const;
    });
  const companyAndTarget = fc
    .option(id)
    .chain((company): fc.Arbitrary<readonly [string | null, string | null]> =>
      company == null
        ? fc.constant([null, null])
        : fc.tuple(
            fc.constant(company),
            fc.option(id).map((t) => (t === company ? null : t)),
          ),
    );
  const view: fc.Arbitrary<ViewState> = fc
    .record({
      who: companyAndTarget,
      loop: fc.option(fc.uniqueArray(id, { minLength: 2, maxLength: 10 })),
      deal: fc.option(id),
      types: fc.subarray([...DEAL_TYPES]),
      statuses: fc.subarray([...DEAL_STATUSES]),
      confidences: fc.subarray([...CONFIDENCES]),
      kinds: fc.subarray([...COMPANY_KINDS]),
      minUsd: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(5e9, 750e6, 1.5e12),
      ),
      range,
      maxLength: fc.integer({ min: 2, max: 10 }),
      usdPerGw: fc.option(fc.integer({ min: 1e9, max: 200e9 })),
      rank: fc.constantFrom('firm', 'headline') as fc.Arbitrary<ViewState['rank']>,
      inOrder: fc.boolean(),
      theme: fc.constantFrom('light', 'dark', 'auto') as fc.Arbitrary<ViewState['theme']>,
      data: fc.option(
        fc.webUrl({ withQueryParameters: true, withFragments: true }).filter(isHttpUrl),
      ),
      story: fc.option(fc.record({ id, step: fc.integer({ min: 1, max: 9999 }) })),
      explored: fc.boolean(),
    })
    .map((r) => ({
      company: r.who[0],
      target: r.who[1],
      loop: r.loop,
      deal: r.deal,
      maxLength: r.maxLength,
      usdPerGw: r.usdPerGw,
      rank: r.rank,
      inOrder: r.inOrder,
      theme: r.theme,
      data: r.data,
      story: r.story,
      explored: r.explored,
      filters: {
        types: r.types,
        statuses: r.statuses,
        confidences: r.confidences,
        kinds: r.kinds,
        minUsd: r.minUsd,
        from: r.range[0],
        until: r.range[1],
      },
    }))
    // `explored` (intro=off) only means something for a plain view: any selection or
    // filter already skips the opening, so the link leaves it out there.
    .map((v) => ({ ...v, explored: v.explored && isPlainView(v) }));

  it('parseView(serializeView(v)) is v, without notices', () => {
    fc.assert(
      fc.property(view, (v) => {
        const search = serializeView(v);
        const parsed = parseView(search);
        expect(parsed.notices).toEqual([]);
        expect(parsed.view).toEqual(v);
        expect(serializeView(parsed.view)).toBe(search);
      }),
      { numRuns: 500 },
    );
  });

  it('survives a trip through a real URL', () => {
    fc.assert(
      fc.property(view, (v) => {
        const url = new URL(`https://app.example/?${serializeView(v)}`);
        expect(parseView(url.search).view).toEqual(v);
      }),
      { numRuns: 200 },
    );
  });
});

describe('story=…&step=N and intro=off', () => {
  it('reads a story chapter, 1-based, chapter 1 when step is absent', () => {
    expect(parseView('story=tour&step=3').view.story).toEqual({ id: 'tour', step: 3 });
    expect(parseView('story=Tour').view.story).toEqual({ id: 'tour', step: 1 });
    expect(parseView('story=tour&step=3').notices).toEqual([]);
  });

  it('writes story and step together, after the view the chapter sets', () => {
    const view = { ...DEFAULT_VIEW, company: 'nvidia', story: { id: 'tour', step: 2 } };
    expect(serializeView(view)).toBe('company=nvidia&story=tour&step=2');
    expect(serializeView({ ...view, theme: 'dark' })).toBe(
      'company=nvidia&story=tour&step=2&theme=dark',
    );
  });

  it('ignores a bad step (chapter 1) or a step without a story, with a notice', () => {
    const zero = parseView('story=tour&step=0');
    expect(zero.view.story).toEqual({ id: 'tour', step: 1 });
    expect(zero.notices).toEqual(['Ignored "step=0": must be a chapter number: 1, 2, 3….']);
    expect(parseView('story=tour&step=two').notices).toEqual([
      'Ignored "step=two": must be a chapter number: 1, 2, 3….',
    ]);
    const alone = parseView('step=3');
    expect(alone.view).toBe(DEFAULT_VIEW);
    expect(alone.notices).toEqual(['Ignored "step=3": it needs a "story".']);
    const bad = parseView('story=<b>&step=2');
    expect(bad.view.story).toBeNull();
    expect(bad.notices).toEqual([
      'Ignored "story=<b>": ids are 1–80 of a–z, 0–9, "_", "." or "-".',
    ]);
  });

  it('says "intro=off" only for a plain view: any selection already skips the opening', () => {
    expect(serializeView({ ...DEFAULT_VIEW, explored: true })).toBe('intro=off');
    expect(serializeView({ ...DEFAULT_VIEW, explored: true, theme: 'dark' })).toBe(
      'theme=dark&intro=off',
    );
    expect(serializeView({ ...DEFAULT_VIEW, explored: true, company: 'amd' })).toBe('company=amd');
    expect(serializeView(DEFAULT_VIEW)).toBe('');
    expect(parseView('intro=off').view).toEqual({ ...DEFAULT_VIEW, explored: true });
    expect(parseView('intro=on').notices).toEqual([
      'Ignored "intro=on": must be off (open on the whole map, without the opening).',
    ]);
  });

  it('calls a view plain when nothing but the reader settings differ from the default', () => {
    expect(isPlainView(DEFAULT_VIEW)).toBe(true);
    expect(isPlainView(parseView('theme=dark&usdPerGw=40B').view)).toBe(true);
    for (const q of ['company=amd', 'loop=a,b', 'types=chips', 'until=2024', 'rank=headline'])
      expect(isPlainView(parseView(q).view), q).toBe(false);
    expect(isPlainView(parseView('story=tour').view)).toBe(false);
  });
});

describe('checkViewAgainstDataset', () => {
  const companies = new Set(['openai', 'nvidia', 'oracle']);
  const deals = new Set(['openai-nvda-10gw']);

  it('returns the same view when everything exists', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      company: 'openai',
      target: 'nvidia',
      loop: ['openai', 'oracle', 'nvidia'],
      deal: 'openai-nvda-10gw',
    };
    const checked = checkViewAgainstDataset(view, companies, deals);
    expect(checked.view).toBe(view);
    expect(checked.notices).toEqual([]);
  });

  it('clears unknown ids, with a notice each', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      company: 'nvidai',
      target: 'nvidia',
      loop: ['openai', 'orcale', 'nvidai'],
      deal: 'nope',
    };
    const checked = checkViewAgainstDataset(view, companies, deals);
    expect(checked.view).toEqual(DEFAULT_VIEW);
    expect(checked.notices).toEqual([
      'No company "nvidai" in this dataset.',
      'Cleared "to=nvidia": it needs a "company" to start from.',
      'Cleared the loop openai → orcale → nvidai: no companies "orcale", "nvidai" in this dataset.',
      'No deal "nope" in this dataset.',
    ]);
  });

  it('clears an unknown target and keeps the company', () => {
    const view: ViewState = { ...DEFAULT_VIEW, company: 'openai', target: 'amd' };
    const checked = checkViewAgainstDataset(view, companies, deals);
    expect(checked.view).toEqual({ ...view, target: null });
    expect(checked.notices).toEqual(['No company "amd" in this dataset.']);
  });
});

describe('overlong parameters', () => {
  it('ignores a 1 MB types=,,,… with a notice, before parsing it, and keeps the rest', () => {
    const started = performance.now();
    const parsed = parseView(`company=openai&${longParam()}&theme=dark`);
    expect(performance.now() - started).toBeLessThan(100);
    expect(parsed.view).toEqual({ ...DEFAULT_VIEW, company: 'openai', theme: 'dark' });
    expect(parsed.notices).toEqual([
      'Ignored "types": its value is 1,000,000 characters long (at most 4,000).',
    ]);
  });

  it('measures the value as written, so percent-encoding cannot smuggle a long one in', () => {
    const parsed = parseView(`?data=https%3A%2F%2Fx.org%2F${'%41'.repeat(MAX_PARAM_LENGTH)}`);
    expect(parsed.view.data).toBeNull();
    expect(parsed.notices[0]).toMatch(/^Ignored "data": its value is 12,0\d\d characters long/);
  });

  it('applies the same cap to attributes (URLSearchParams) of the custom element', () => {
    const params = new URLSearchParams({ types: ','.repeat(MAX_PARAM_LENGTH + 1), company: 'amd' });
    const parsed = parseView(params);
    expect(parsed.view.company).toBe('amd');
    expect(parsed.notices).toEqual([
      'Ignored "types": its value is 4,001 characters long (at most 4,000).',
    ]);
  });

  it('reads a value of exactly the cap', () => {
    const url = `https://example.org/${'a'.repeat(MAX_PARAM_LENGTH - 20)}`;
    expect(parseView(`data=${url}`).view.data).toBe(url);
  });
});
