/**
 * The Export menu's files on the real bundled dataset: CSV rows equal the deals
 * in view, the CSVs come back through the CSV reader as the same deals and
 * companies, and the JSON of the view validates and round-trips.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED, loadDataset } from '../../tests/fixtures/load';
import { dsvFormat } from 'd3-dsv';
import { companiesToCsv, parseCsvDataset, parseDataset, type Dataset, type Deal } from '../model';
import { createDerived } from './derive';
import { createAppStore } from './store';
import { buildExport, exportFileName } from './exports';
import { DEFAULT_VIEW } from './viewState';

const dataset = loadDataset(BUNDLED);

function stateWith(patch: Partial<typeof DEFAULT_VIEW> = {}) {
  const store = createAppStore({
    view: { ...DEFAULT_VIEW, ...patch },
    data: { state: 'ready', dataset, source: null },
  });
  return store.getState();
}

function exported(kind: 'deals.csv' | 'loops.csv' | 'json', patch = {}) {
  const file = buildExport(kind, stateWith(patch), createDerived());
  if (!file) throw new Error('no export');
  return file;
}

const csvRows = (text: string) => dsvFormat(',').parse(text);
/** What CSV cannot carry: the sources of an end (JSON only). */
const withoutEndSources = (deals: readonly Deal[]) =>
  deals.map((d) => {
    if (!d.ended?.sources) return d;
    const ended = { ...d.ended };
    delete ended.sources;
    return { ...d, ended };
  });

describe('deals CSV', () => {
  it('has one row per deal in view, with plain dollar amounts', () => {
    const file = exported('deals.csv', {
      filters: { ...DEFAULT_VIEW.filters, types: ['investment'] },
    });
    const rows = csvRows(file.text);
    const inView = dataset.deals.filter((d) => d.type === 'investment');
    expect(rows.map((r) => r.id)).toEqual(inView.map((d) => d.id));
    const big = inView.find((d) => d.amountUsd != null && d.amountUsd >= 1e9);
    expect(rows.find((r) => r.id === big?.id)?.amount_usd).toBe(String(big?.amountUsd));
    expect(file.fileName).toBe(`circular-trade-map-${dataset.asOf}.deals.csv`);
  });

  it('round-trips: dataset → deals.csv + companies.csv → import → the same companies and deals', () => {
    const deals = exported('deals.csv').text;
    const result = parseCsvDataset(
      { name: 'deals.csv', text: deals },
      { name: 'companies.csv', text: companiesToCsv(dataset.companies) },
      { title: dataset.title, asOf: dataset.asOf },
    );
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    const active = new Set(dataset.deals.flatMap((d) => [d.from, d.to]));
    expect(result.dataset.companies).toEqual(dataset.companies);
    expect(result.dataset.deals).toEqual(withoutEndSources(dataset.deals));
    expect(active.size).toBeGreaterThan(30);
  });

  it('keeps text a spreadsheet would run as a formula from running', () => {
    const hostile: Dataset = {
      ...dataset,
      deals: [{ ...(dataset.deals[0] as Deal), note: '=HYPERLINK("http://evil.example","x")' }],
    };
    const store = createAppStore({ data: { state: 'ready', dataset: hostile, source: null } });
    const file = buildExport('deals.csv', store.getState(), createDerived());
    expect(csvRows(file?.text ?? '')[0]?.note).toBe(`'=HYPERLINK("http://evil.example","x")`);
  });
});

describe('loops CSV', () => {
  it('lists the loops through the selected company, headline dollars as plain numbers', () => {
    const file = exported('loops.csv', { company: 'microsoft' });
    const rows = csvRows(file.text);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.company_ids?.split(' ').includes('microsoft'))).toBe(true);
    expect(rows[0]?.loop).toMatch(/^Microsoft → .* → Microsoft$/);
    expect(rows[0]?.circulating_usd).toMatch(/^\d+$/);
    expect(rows.map((r) => Number(r.rank))).toEqual(rows.map((_, i) => i + 1));
    expect(file.fileName).toBe(`circular-trade-microsoft-${dataset.asOf}.loops.csv`);
  });

  it('carries the firm figure beside the headline, never above it, and the time order', () => {
    const rows = csvRows(exported('loops.csv').text);
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) {
      expect(r.in_order).toMatch(/^(yes|no)$/);
      if (r.firm_usd && r.circulating_usd)
        expect(Number(r.firm_usd)).toBeLessThanOrEqual(Number(r.circulating_usd));
      expect(r.hop_firm_usd?.split(' ')).toHaveLength(Number(r.length));
    }
    // The default ranking is by firm dollars: the first row's firm figure is the largest.
    const firm = rows.map((r) => Number(r.firm_usd || 0));
    expect(firm[0]).toBe(Math.max(...firm));
    // Some loop rests on promises: its firm figure is below its headline.
    expect(rows.some((r) => Number(r.firm_usd || 0) < Number(r.circulating_usd || 0))).toBe(true);
  });
});

describe('JSON of the view', () => {
  it('is valid version-1 data holding exactly the deals in view', () => {
    const file = exported('json', {
      filters: { ...DEFAULT_VIEW.filters, statuses: ['closed'] },
      loop: ['microsoft', 'anthropic'],
    });
    const parsed = parseDataset(JSON.parse(file.text));
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(parsed.dataset.deals.map((d) => d.id)).toEqual(
      dataset.deals.filter((d) => d.status === 'closed').map((d) => d.id),
    );
    expect(parsed.warnings).toEqual([]);
    expect(file.fileName).toBe(`circular-trade-microsoft-anthropic-${dataset.asOf}.json`);
  });

  it('of the whole map round-trips through validate unchanged', () => {
    const parsed = parseDataset(JSON.parse(exported('json').text));
    expect(parsed.ok && parsed.dataset.deals).toEqual(dataset.deals);
    expect(parsed.ok && parsed.dataset.aggregates).toEqual(dataset.aggregates);
  });
});

it('names files after the loop, else the company, else the map', () => {
  expect(exportFileName({ view: DEFAULT_VIEW }, '2026-11-26', 'png')).toBe(
    'circular-trade-map-2026-11-26.png',
  );
  expect(
    exportFileName({ view: { ...DEFAULT_VIEW, company: 'nvidia' } }, '2026-11-26', 'svg'),
  ).toBe('circular-trade-nvidia-2026-11-26.svg');
});
