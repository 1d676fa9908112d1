/**
 * The December 2026 edition of data/ai-circular-deals.json: what the audit of
 * 2026-12 (../shared/reference/data-audit-2026-12.md) found, checked on the real
 * file with the real parser and the real loop engine. Each test is named after
 * the mistake it keeps out: a reader who is told "Nvidia → OpenAI → Nvidia
 * ≈$130B" or who finds no CoreWeave loop at all has been misled by the data.
 *
 * "Counts at a date" follows the definition of the format (data/README.md): a
 * deal counts at D when it was announced on or before D and has not ended on or
 * before D, dates compared by their first day.
 */
import { describe, expect, it } from 'vitest';
import { buildMoneyGraph, findLoopsThrough, findTopLoops, type Loop } from '../../src/graph';
import { dateStart } from '../../src/model/format';
import type { Deal } from '../../src/model/schema';
import { BUNDLED, loadDataset } from '../fixtures/load';

const data = loadDataset(BUNDLED);
const B = 1_000_000_000;
const byId = new Map(data.deals.map((d) => [d.id, d]));
function deal(id: string): Deal {
  const d = byId.get(id);
  if (!d) throw new Error(`no deal "${id}" in the dataset`);
  return d;
}

const counts = (d: Deal, on: string) =>
  dateStart(d.announced) <= dateStart(on) && !(d.ended && dateStart(d.ended.on) <= dateStart(on));
const countingAt = (on: string) => data.deals.filter((d) => counts(d, on));

/** The money graph as a reader sees it on a date: only the deals that count then. */
const graphAt = (on: string) =>
  buildMoneyGraph(data.companies, countingAt(on), {
    usdPerGigawatt: data.assumptions?.usdPerGigawatt ?? null,
    // The engine counts at its view date too (with none, an ended deal never counts).
    asOf: on,
  });

/** Firm dollars of a deal, as the format defines them; null = unknown. */
function firm(d: Deal): number | null {
  if (d.status === 'loi' || d.status === 'reported') return 0;
  if (d.firmUsd != null) return d.firmUsd;
  if (d.type === 'backstop' || d.type === 'warrant') return 0;
  if (d.amountUsd != null) return d.amountUsd;
  const perGw = data.assumptions?.usdPerGigawatt;
  return d.computeGw != null && perGw ? d.computeGw * perGw : null;
}
/** A loop's firm dollars: each hop sums its known firm figures, the loop takes the smallest hop. */
function firmOf(loop: Loop): number | null {
  let min: number | null = Infinity;
  for (const hop of loop.hops) {
    const known = hop.dealIds.map((id) => firm(deal(id))).filter((x): x is number => x != null);
    if (known.length === 0) return null;
    min = Math.min(
      min,
      known.reduce((a, b) => a + b, 0),
    );
  }
  return min;
}

function loopThrough(at: string, chain: readonly string[]): Loop | undefined {
  const search = findLoopsThrough(graphAt(at), chain[0] ?? '', {
    maxLength: chain.length,
    limit: 10_000,
  });
  return search.loops.find((l) => l.companies.join('>') === chain.join('>'));
}

const asOf = data.asOf;

describe('December 2026 edition: the bookkeeping', () => {
  it('adds the 15 audited records and the new company Akamai', () => {
    const audited = [
      'openai-msft-revenue-share-amend-2026',
      'anthropic-google-cloud-200b-2026',
      'anthropic-xai-colossus1-2026',
      'anthropic-akamai-1.8b-2026',
      'nvda-iren-2.1b-2026',
      'meta-amd-6gw-2026',
      'amd-meta-warrant-2026',
      'meta-nvidia-2026',
      'meta-google-tpu-2026',
      'openai-aws-100b-2026',
      'nvda-nebius-2b-2026',
      'nebius-nvda-5gw-2026',
      'coreweave-nvda-gpus',
      'nvda-nscale-seriesc-2026',
      'anthropic-coreweave-2026',
    ];
    for (const id of audited) expect(byId.has(id), id).toBe(true);
    expect(data.companies.find((c) => c.id === 'akamai')).toMatchObject({ kind: 'cloud' });
  });

  it('keeps the deals in date order', () => {
    const days = data.deals.map((d) => dateStart(d.announced));
    expect(days).toEqual([...days].sort());
  });

  it('gives every deal and every ended at least one https source with a title and a publisher', () => {
    const sourced = data.deals.flatMap((d) => [
      { where: d.id, sources: d.sources },
      ...(d.ended ? [{ where: `${d.id}.ended`, sources: d.ended.sources ?? [] }] : []),
    ]);
    for (const { where, sources } of sourced) {
      expect(sources.length, where).toBeGreaterThan(0);
      for (const s of sources) {
        expect(s.url, where).toMatch(/^https:\/\//);
        expect(s.title.trim(), where).not.toBe('');
        expect(s.publisher?.trim(), where).toBeTruthy();
      }
      expect(new Set(sources.map((s) => s.url)).size, `${where}: a URL twice`).toBe(sources.length);
    }
  });

  it('names, in every ended.by, a deal between the same two companies, or says in the note why not', () => {
    const ended = data.deals.filter((d) => d.ended);
    expect(ended.length).toBeGreaterThanOrEqual(5);
    const pair = (d: Deal) => [d.from, d.to].sort().join('|');
    for (const d of ended) {
      const by = d.ended?.by;
      if (by == null) {
        expect(d.ended?.note, `${d.id}: no by, no reason`).toMatch(/`by`/);
        continue;
      }
      expect(by, d.id).not.toBe(d.id);
      if (pair(deal(by)) !== pair(d)) expect(d.ended?.note, `${d.id} → ${by}`).toMatch(/by/);
      // A deal cannot be replaced by one that came later than the end.
      expect(dateStart(deal(by).announced) <= dateStart(d.ended?.on ?? ''), d.id).toBe(true);
    }
  });

  it('drops or replaces the six sources whose titles did not match their pages', () => {
    const urls = data.deals.flatMap((d) => d.sources.map((s) => s.url));
    for (const gone of ['useluminix.com', 'capacitymedia.com/article/softbank-stargate-ai'])
      expect(
        urls.some((u) => u.includes(gone)),
        gone,
      ).toBe(false);
    for (const gone of ['voice.lapaas.com', 'theoutpost.ai/news-story/nscale-secures'])
      expect(
        urls.some((u) => u.includes(gone)),
        gone,
      ).toBe(false);
    const reportify = deal('nvda-coreweave-ipo').sources.find((s) => s.url.includes('reportify'));
    expect(reportify?.title).toMatch(/Secret Portfolio/);
    expect(deal('openai-coreweave-6.5b').sources[0]?.title).toMatch(/^Exclusive: CoreWeave/);
  });
});

describe('December 2026 edition: the high findings of the audit', () => {
  it('the stalled $100B letter of intent does not count as of asOf', () => {
    const loi = deal('nvda-openai-loi-100b');
    expect(loi.ended).toMatchObject({ how: 'superseded', by: 'nvda-openai-30b-2026' });
    expect(counts(loi, asOf)).toBe(false);
    expect(counts(loi, '2026-02-26')).toBe(true);
    // Its buy side (10 GW ≈ $350B) stalled with it.
    expect(counts(deal('openai-nvda-10gw'), asOf)).toBe(false);
    expect(deal('openai-nvda-10gw').ended?.how).toBe('stalled');
    // The stake that replaced it, and the 2024 round, still count.
    expect(counts(deal('nvda-openai-30b-2026'), asOf)).toBe(true);
    expect(counts(deal('nvda-openai-2024-round'), asOf)).toBe(true);
  });

  it('Nvidia → OpenAI is $30.1B as of asOf, not the $130B of the LOI summed with its replacement', () => {
    const graph = graphAt(asOf);
    const loop = findLoopsThrough(graph, 'nvidia', { maxLength: 3, limit: 10_000 }).loops.find(
      (l) => l.companies[1] === 'openai',
    );
    const hop = loop?.hops[0];
    expect(hop?.dealIds).toEqual(['nvda-openai-2024-round', 'nvda-openai-30b-2026']);
    expect(hop?.usd).toBe(30.1 * B);
    // No direct OpenAI → Nvidia purchase counts any more, so no 2-company loop rests on the LOI.
    expect(loopThrough(asOf, ['nvidia', 'openai'])).toBeUndefined();
    // Before the end date, the LOI and its 10 GW buy side made that loop.
    expect(loopThrough('2026-01-31', ['nvidia', 'openai'])).toBeDefined();
  });

  it('Nvidia → CoreWeave → Nvidia is a loop, and so are the other neoclouds that buy from Nvidia', () => {
    for (const neocloud of ['coreweave', 'nebius', 'lambda', 'nscale', 'iren']) {
      const loop = loopThrough(asOf, ['nvidia', neocloud]);
      expect(loop, `Nvidia → ${neocloud} → Nvidia`).toBeDefined();
      expect(
        loop?.hops[1]?.dealIds.some((id) => deal(id).type === 'chips'),
        neocloud,
      ).toBe(true);
    }
    expect(findLoopsThrough(graphAt(asOf), 'coreweave').loops.length).toBeGreaterThan(3);
  });

  it('Amazon → OpenAI → Amazon carries the AWS expansion: $50B headline, $15B firm', () => {
    const loop = loopThrough(asOf, ['amazon', 'openai']);
    expect(loop?.hops[1]?.dealIds).toEqual(['openai-aws-38b', 'openai-aws-100b-2026']);
    expect(loop?.hops[1]?.usd).toBe(138 * B);
    expect(loop?.circulatingUsd).toBe(50 * B);
    // Amazon's $35B waits on an IPO or a milestone before 2029: not firm.
    expect(loop && firmOf(loop)).toBe(15 * B);
  });

  it('the 2026 OpenAI round is closed at its final figures, with Amazon’s contingent $35B split off', () => {
    for (const id of ['amzn-openai-50b-2026', 'nvda-openai-30b-2026', 'sb-openai-30b-2026']) {
      expect(deal(id).status, id).toBe('closed');
      expect(deal(id).amountText, id).toMatch(/\$122B/);
    }
    expect(deal('amzn-openai-50b-2026')).toMatchObject({ amountUsd: 50 * B, firmUsd: 15 * B });
  });

  it('at asOf no hop adds a deal to the deal that replaced it', () => {
    const replaced = new Map(
      data.deals.flatMap((d) => (d.ended?.by ? [[d.id, d.ended.by] as const] : [])),
    );
    expect(replaced.size).toBeGreaterThanOrEqual(4);
    const top = findTopLoops(graphAt(asOf), { maxLength: 6, limit: 5_000 });
    expect(top.loops.length).toBeGreaterThan(50);
    for (const loop of top.loops)
      for (const hop of loop.hops)
        for (const id of hop.dealIds)
          expect(hop.dealIds, `${id} summed with its replacement`).not.toContain(replaced.get(id));
    // And on no date at all are a deal and its replacement both counting.
    const dates = data.deals.flatMap((d) => [d.announced, ...(d.ended ? [d.ended.on] : [])]);
    for (const on of dates)
      for (const [old, by] of replaced)
        expect(counts(deal(old), on) && counts(deal(by), on), `${old} + ${by} on ${on}`).toBe(
          false,
        );
  });
});

describe('December 2026 edition: the other findings', () => {
  it('AMD → Meta → AMD: chips bought for a warrant, as with OpenAI', () => {
    const loop = loopThrough(asOf, ['amd', 'meta']);
    expect(loop?.hops.map((h) => h.dealIds)).toEqual([
      ['amd-meta-warrant-2026'],
      ['meta-amd-6gw-2026'],
    ]);
  });

  it('splits Meta–Nebius into the $12B purchase and the $15B backstop', () => {
    expect(deal('meta-nebius-27b-2026')).toMatchObject({ type: 'cloud', amountUsd: 12 * B });
    expect(deal('meta-nebius-backstop-15b-2026')).toMatchObject({
      type: 'backstop',
      amountUsd: 15 * B,
    });
    expect(firm(deal('meta-nebius-backstop-15b-2026'))).toBe(0);
  });

  it('does not count Anthropic’s own $50B build-out as a payment to Fluidstack', () => {
    expect(deal('anthropic-fluidstack-50b').amountUsd).toBeUndefined();
    expect(deal('anthropic-fluidstack-50b').amountText).toMatch(/\$50B/);
  });

  it('counts the April TPU agreement inside the reported $200B Google Cloud commitment, not beside it', () => {
    const april = deal('anthropic-google-broadcom-3.5gw-2026');
    expect(april.computeGw).toBeUndefined();
    expect(april.ended).toMatchObject({ by: 'anthropic-google-cloud-200b-2026' });
    expect(counts(april, asOf)).toBe(false);
    expect(deal('anthropic-google-cloud-200b-2026').confidence).toBe('medium');
  });

  it('gives an option and an up-to round its firm part only', () => {
    expect(deal('nvda-iren-2.1b-2026')).toMatchObject({ amountUsd: 2.1 * B, firmUsd: 0 });
    expect(deal('goog-anthropic-40b-2026')).toMatchObject({ amountUsd: 40 * B, firmUsd: 10 * B });
    expect(deal('amzn-anthropic-25b-2026')).toMatchObject({ amountUsd: 25 * B, firmUsd: 5 * B });
  });

  it('closes the xAI Series E and raises confidence where several outlets confirm', () => {
    expect(deal('nvda-xai-2025').status).toBe('closed');
    for (const id of [
      'goog-anthropic-40b-2026',
      'amzn-anthropic-25b-2026',
      'anthropic-aws-100b-2026',
      'nvda-coreweave-2b-2026',
    ])
      expect(deal(id).confidence, id).toBe('high');
  });

  it('lets the amount rule win: a confirmed deal with an unconfirmed amount is medium', () => {
    for (const id of ['openai-oracle-300b', 'msft-openai-2023'])
      expect(deal(id).confidence, id).toBe('medium');
  });

  it('logs a signed term sheet as a letter of intent, so its ≈$350B is not firm', () => {
    expect(deal('openai-broadcom-10gw')).toMatchObject({ status: 'loi', computeGw: 10 });
    expect(firm(deal('openai-broadcom-10gw'))).toBe(0);
  });

  it('keeps yearly figures out of amountUsd, where every figure is a contract total', () => {
    expect(deal('sb-openai-japan').amountUsd).toBeUndefined();
    expect(deal('sb-openai-japan').amountText).toMatch(/per year/);
  });
});

/**
 * The source check of December 2026: a source's title and publisher are the page's own, and
 * the page supports the deal. What a hurried editor adds by accident — a date or a remark in
 * a title, "(mirror)" in a publisher, one page cited twice, a page about something else — must
 * turn a test red.
 */
describe('December 2026 edition: every source real', () => {
  // The aggregates' sources are held to the same rules as the deals' (`deal` names either).
  const cited = [
    ...data.deals.flatMap((d) =>
      [...d.sources, ...(d.ended?.sources ?? [])].map((s) => ({ deal: d.id, ...s })),
    ),
    ...(data.aggregates ?? []).flatMap((a) =>
      a.sources.map((s) => ({ deal: `aggregate ${a.id}`, ...s })),
    ),
  ];
  /** An editorial remark in brackets, never part of a headline: a date, "recaps", "citing"… */
  const annotated = (title: string) =>
    /\((?:\d{4}-|recaps|mentions|citing|cites|total |round\))/i.test(title) ||
    /\((?:WSJ|FT|Reuters|Bloomberg|CNBC|AP)\)\s*$/.test(title);

  it('recognises the annotations the source check removed', () => {
    for (const bad of [
      "AI's trillion dollar deal wheel bubbling around Nvidia, OpenAI (2025-11-04)",
      'Nvidia invests $2B in CoreWeave (recaps backstop)',
      'Meta Signs $14B Deal With AI Cloud Firm CoreWeave (mentions Nvidia $6.3B backstop)',
      "Broadcom's Anthropic deal and custom silicon (citing Broadcom 8-K)",
      'ASML invests $2B (round) in Mistral',
      'Why OpenAI is turning to Cerebras for a $10 billion compute push (WSJ)',
      // and the two the aggregates carried
      'Microsoft revenue share cut in half (total $13.75B)',
      'Microsoft and Nvidia invest $15 billion in Anthropic (cites Altman: $1.4T for 30 GW)',
    ])
      expect(annotated(bad), bad).toBe(true);
    // A headline may carry brackets of its own (anteroom.so's title does).
    expect(annotated('Microsoft-OpenAI restructured partnership (OpenAI PBC, $250B Azure)')).toBe(
      false,
    );
  });

  it('keeps every title free of editorial annotations', () => {
    for (const s of cited) expect(annotated(s.title), `${s.deal}: ${s.title}`).toBe(false);
  });

  it('names the site a page is on as its publisher, never a "mirror" of another outlet', () => {
    for (const s of cited) expect(s.publisher ?? '', `${s.deal}: ${s.url}`).not.toMatch(/mirror/i);
    const first = deal('msft-openai-2019').sources.find((s) => s.url.includes('ngocminhtran.com'));
    expect(first?.publisher).toBe('ngocminhtran.com');
  });

  it('cites a URL once per deal, across its sources and its ended sources', () => {
    for (const d of data.deals) {
      const urls = [...d.sources, ...(d.ended?.sources ?? [])].map((s) => s.url);
      expect(new Set(urls).size, d.id).toBe(urls.length);
    }
  });

  it('links only https pages', () => {
    for (const s of cited) expect(s.url, s.deal).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+/);
  });

  it('never rests a deal on a page the source check found to be about something else', () => {
    const offTopic: Record<string, readonly string[]> = {
      'sb-openai-40b': ['newser.com/story/378499'], // SoftBank selling its Nvidia stake
      'anthropic-coreweave-2026': ['techreaderdaily.com'], // a SpaceX/Colossus story
      'msft-openai-rofr-2025': ['telegraphindia.com'], // reports the ROFR's removal, not its grant
    };
    for (const s of cited) expect(s.url, s.deal).not.toMatch(/pjfp\.com\/tag\//); // a tag index
    for (const [id, urls] of Object.entries(offTopic)) {
      const supporting = deal(id).sources.filter((s) => !urls.some((u) => s.url.includes(u)));
      expect(supporting.length, id).toBe(deal(id).sources.length);
      expect(supporting.length, id).toBeGreaterThan(0);
    }
  });

  it('cites none of the URLs that no stored copy of the page could confirm', () => {
    const unconfirmed = [
      'zdnet.com/article/microsoft-just-made-a-huge-investment',
      'riffon.com/insight',
      'itweb.co.za/article/trump-launches-500bn',
      'verdict.co.uk/openai-cloud-computing-deal-oracle',
      'indiatoday.in/technology/news/story/not-everything-is-okay',
      'techradar.com/pro/stargate-is-back-on',
      'gulfnews.com/technology/companies/meta-signs-10-billion',
      'newsbytesapp.com/news/business/chip-giant-asml-invests-2b',
      'particle.news/story/openai-and-nvidia-strike-10-gigawatt',
      'morethanmoore.substack.com',
      'techstartups.com/?p=126884',
      'techzine.eu/news/analytics/136467',
      'applemagazine.com/microsoft-nvidia-invest-in-anthropic',
      'newsghana.com.gh/nvidia-licenses-groq',
      'thedailyscout.com/s/foH-2Jg_nHs',
    ];
    for (const s of cited)
      for (const u of unconfirmed) expect(s.url.includes(u), `${s.deal}: ${u}`).toBe(false);
  });

  it('holds the aggregates’ sources to the deals’ rules: page headlines, no remarks, no unconfirmed page', () => {
    const aggregates = data.aggregates ?? [];
    expect(aggregates.length).toBeGreaterThan(0);
    for (const a of aggregates) {
      expect(a.sources.length, a.id).toBeGreaterThan(0);
      expect(new Set(a.sources.map((s) => s.url)).size, `${a.id}: a URL twice`).toBe(
        a.sources.length,
      );
      // The titles, publishers and URLs above already include them; make sure they are there.
      for (const s of a.sources)
        expect(cited.some((c) => c.deal === `aggregate ${a.id}` && c.url === s.url)).toBe(true);
    }
    // One page, one title and one publisher, whichever record cites it: an aggregate cannot
    // give a deal's page a headline of its own.
    const seen = new Map<string, string>();
    for (const s of cited) {
      const as = `${s.title} | ${s.publisher ?? ''}`;
      expect(seen.get(s.url) ?? as, `${s.deal}: ${s.url}`).toBe(as);
      seen.set(s.url, as);
    }
  });

  it('gives no figure that no page supports: Microsoft’s 2021 investment is undisclosed', () => {
    expect(deal('msft-openai-2021').amountUsd).toBeUndefined();
    expect(deal('msft-openai-2021').amountText).toMatch(/not disclosed/);
    const loop = loopThrough(asOf, ['microsoft', 'openai']);
    expect(loop && firmOf(loop)).toBe(11.75 * B);
  });
});

/**
 * Issue 10's June pass over the December 2026 edition: what the stored pages say happened to
 * the deals of May–June 2026, and what they do not say. Each test names the claim a reader
 * would be misled by if the data drifted back (an "up to" pledge counted as paid, a lapsed
 * pledge still counting, a replaced contract summed with its replacement).
 */
describe('December 2026 edition: the June pass', () => {
  it('Microsoft’s up-to $5B in Anthropic counts only what was paid: $0, as no source says any was', () => {
    const msft = deal('msft-anthropic-equity-2025');
    expect(msft).toMatchObject({ amountUsd: 5 * B, firmUsd: 0, status: 'announced' });
    expect(firm(msft)).toBe(0);
    expect(msft.note).toMatch(/undrawn 'up to' tranche/);
    expect(msft.amountText).toMatch(/up to \$5B/);
  });

  it('Nvidia’s up-to $10B in Anthropic is reported as invested, so it is closed and counts in full', () => {
    const nvda = deal('nvda-anthropic-equity-2025');
    expect(nvda).toMatchObject({ amountUsd: 10 * B, status: 'closed' });
    expect(nvda.firmUsd).toBeUndefined();
    expect(firm(nvda)).toBe(10 * B);
    expect(nvda.sources.some((s) => s.url.includes('maincrypto.news'))).toBe(true);
  });

  it('asOf is the latest dated change: the Colossus 2 lease of 2026-06-22, with no end or closing after it', () => {
    expect(asOf).toBe('2026-06-22');
    expect(data.deals.filter((d) => d.announced === asOf).map((d) => d.id)).toEqual([
      'reflection-xai-colossus2-2026',
    ]);
    for (const d of data.deals) {
      const closings = [...(d.note ?? '').matchAll(/Closed on (\d{4}-\d{2}-\d{2})/g)].map(
        (m) => m[1] ?? '',
      );
      for (const on of [d.announced, ...(d.ended ? [d.ended.on] : []), ...closings])
        expect(dateStart(on) <= dateStart(asOf), `${d.id}: ${on}`).toBe(true);
    }
  });

  it('the SpaceX (xAI) compute leases carry their filed monthly fees and totals, and the 90-day exit', () => {
    const anthropic = deal('anthropic-xai-colossus1-2026');
    expect(anthropic).toMatchObject({ to: 'xai', amountUsd: 45 * B, confidence: 'medium' });
    expect(anthropic.amountText).toMatch(/\$1\.25B a month through May 2029/);
    expect(anthropic.amountText).toMatch(/90 days/);
    // Musk's 180-day reading against the S-1's term is why the amount is medium.
    expect(anthropic.note).toMatch(/180-day/);
    expect(deal('google-xai-cloud-2026')).toMatchObject({ from: 'google', amountUsd: 30 * B });
    expect(deal('google-xai-cloud-2026').amountText).toMatch(/\$920M a month/);
    const reflection = deal('reflection-xai-colossus2-2026');
    expect(reflection).toMatchObject({ from: 'reflection', amountUsd: 6.3 * B });
    expect(reflection.amountText).toMatch(/90 days/);
  });

  it('a lease either side can leave on 90 days’ notice counts only the notice period as firm', () => {
    // [id, monthly fee, months owed however early either side walks away, headline]
    const leases = [
      ['anthropic-xai-colossus1-2026', 1.25 * B, 3, 45 * B], // notice at any time
      ['reflection-xai-colossus2-2026', 0.15 * B, 6, 6.3 * B], // 3 months, then the notice
      ['google-xai-cloud-2026', 0.92 * B, 6, 30 * B], // Oct–Dec 2026, then the notice
    ] as const;
    for (const [id, monthly, months, headline] of leases) {
      const d = deal(id);
      expect(d.amountUsd, `${id}: the full-term headline stays`).toBe(headline);
      expect(d.firmUsd, `${id}: ${months} × the monthly fee`).toBeCloseTo(months * monthly, -3);
      expect(firm(d), id).toBe(d.firmUsd);
      // The note keeps the clause and shows the arithmetic.
      expect(`${d.amountText ?? ''} ${d.note ?? ''}`, id).toMatch(/90 days' notice/);
      expect(d.note, id).toMatch(new RegExp(`${months} × \\$`));
    }
    // The Google record cites a page that states its exit clause.
    expect(deal('google-xai-cloud-2026').sources.some((s) => s.url.includes('gktoday.in'))).toBe(
      true,
    );
    // And no other deal whose terms give such an exit still counts its whole term as firm.
    for (const d of data.deals)
      if (/90 days' notice/.test(`${d.amountText ?? ''} ${d.note ?? ''}`) && d.amountUsd != null)
        expect(firm(d), `${d.id}: the whole term counted as firm`).toBeLessThan(d.amountUsd);
  });

  it('Cerebras’ $20B agreement replaces January’s $10B, and its warrant makes a $0-firm loop', () => {
    const january = deal('openai-cerebras-2026');
    expect(january.ended).toMatchObject({ how: 'superseded', by: 'openai-cerebras-20b-2026' });
    expect(counts(january, asOf)).toBe(false);
    expect(deal('openai-cerebras-20b-2026')).toMatchObject({ amountUsd: 20 * B, computeGw: 0.75 });
    const warrant = deal('cerebras-openai-warrant-2026');
    expect(warrant).toMatchObject({ from: 'cerebras', to: 'openai', type: 'warrant' });
    expect(warrant.amountUsd).toBeUndefined();
    const loop = loopThrough(asOf, ['cerebras', 'openai']);
    expect(loop?.hops[1]?.dealIds).toEqual(['openai-cerebras-20b-2026']);
    expect(loop && firmOf(loop)).toBe(0);
  });

  it('the Stargate venture’s equity pledges stalled with the venture: none counts after 2026-02-23', () => {
    const pledges = data.deals.filter((d) => d.to === 'stargate');
    expect(pledges.map((d) => d.id).sort()).toEqual([
      'stargate-mgx-equity',
      'stargate-openai-equity',
      'stargate-oracle-equity',
      'stargate-softbank-equity',
    ]);
    for (const d of pledges) {
      expect(d.ended, d.id).toMatchObject({ on: '2026-02-23', how: 'stalled' });
      expect(counts(d, '2026-02-22'), d.id).toBe(true);
      expect(counts(d, asOf), d.id).toBe(false);
    }
  });

  it('Anthropic–CoreWeave rests on two pages, neither of them the SpaceX story', () => {
    const urls = deal('anthropic-coreweave-2026').sources.map((s) => s.url);
    expect(urls).toHaveLength(2);
    expect(urls.some((u) => u.includes('thedailyscout.com'))).toBe(true);
    expect(urls.some((u) => u.includes('realworld.cloud'))).toBe(true);
  });

  it('the memory makers’ Series H stakes closed with the round, their amounts undisclosed', () => {
    for (const [id, from] of [
      ['samsung-anthropic-seriesh-2026', 'samsung'],
      ['skhynix-anthropic-seriesh-2026', 'sk_hynix'],
    ] as const) {
      expect(deal(id), id).toMatchObject({ from, to: 'anthropic', status: 'closed' });
      expect(deal(id).amountUsd, id).toBeUndefined();
      expect(deal(id).note, id).toMatch(/Closed on 2026-05-28/);
    }
  });

  it('Nvidia’s $5B in Intel is closed, on the day of Nvidia’s filing', () => {
    expect(deal('nvda-intel-5b')).toMatchObject({ status: 'closed', amountUsd: 5 * B });
    expect(deal('nvda-intel-5b').note).toMatch(/Closed on 2025-12-29/);
  });

  it('Reflection AI is in the file because it closes a loop: Nvidia → Reflection AI → xAI → Nvidia', () => {
    expect(data.companies.find((c) => c.id === 'reflection')).toMatchObject({ kind: 'lab' });
    const loop = loopThrough(asOf, ['nvidia', 'reflection', 'xai']);
    expect(loop?.hops.map((h) => h.dealIds)).toEqual([
      ['nvda-reflection-2025'],
      ['reflection-xai-colossus2-2026'],
      ['xai-spv-nvda-gpus'],
    ]);
  });

  it('cites no page whose stored copy shows no headline in place of one that does: DCPulse left iren-dell', () => {
    const urls = deal('iren-dell').sources.map((s) => s.url);
    expect(urls.some((u) => u.includes('dcpulse.com'))).toBe(false);
    expect(urls.some((u) => u.includes('therush.news'))).toBe(true);
  });
});
