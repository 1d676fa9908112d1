import { describe, expect, it } from 'vitest';
import { buildMoneyGraph, findLoopsThrough } from '../../graph';
import { deal } from '../../graph/testing';
import { indexDataset, type Company, type Dataset } from '../../model';
import { companyDeals, companyDescription, dealAnnouncement } from './describe';

const company = (id: string, name: string, kind: Company['kind']): Company =>
  ({ id, name, kind }) as Company;

const companies = [
  company('nv', 'Nvidia', 'chips'),
  company('oa', 'OpenAI', 'lab'),
  company('or', 'Oracle', 'cloud'),
  company('lone', 'Loner', 'other'),
];
const deals = [
  deal('nv', 'oa', { id: 'nv-oa', usd: 100e9, firm: 10e9, on: '2025-09' }),
  deal('oa', 'or', { id: 'oa-or', type: 'cloud', usd: 300e9, on: '2025-07' }),
  deal('or', 'nv', { id: 'or-nv', type: 'chips', usd: 40e9, status: 'loi', on: '2025-05' }),
  deal('oa', 'nv', { id: 'oa-nv', type: 'chips', usd: 5e9, on: '2024' }),
];
const dataset = { version: 1, asOf: '2025-12-01', companies, deals } as unknown as Dataset;
const index = indexDataset(dataset, deals);

describe('companyDeals', () => {
  it('lists money out then money in, each biggest first', () => {
    expect(companyDeals('oa', index)).toEqual(['oa-or', 'oa-nv', 'nv-oa']);
    expect(companyDeals('nv', index)).toEqual(['nv-oa', 'or-nv', 'oa-nv']);
    expect(companyDeals('lone', index)).toEqual([]);
  });
});

describe('dealAnnouncement', () => {
  it('says from → to, type, amount, status when not plain, date and position', () => {
    expect(dealAnnouncement('nv-oa', index, 0, 3)).toBe(
      'Nvidia → OpenAI, investment, $100B, Sep 2025, 1 of 3',
    );
    expect(dealAnnouncement('or-nv', index, 1, 3)).toBe(
      'Oracle → Nvidia, chip purchase, $40B, letter of intent, May 2025, 2 of 3',
    );
    expect(dealAnnouncement('nope', index, 0, 1)).toBeNull();
  });
});

describe('companyDescription', () => {
  const graph = buildMoneyGraph(companies, deals);

  it('says kind, firm money out and in (with the headline when it differs), deals and loops', () => {
    const loops = findLoopsThrough(graph, 'nv', { limit: 100 });
    expect(loops).toMatchObject({ total: 2, truncated: false });
    expect(companyDescription('nv', index, index, null, loops)).toBe(
      'Chips & hardware. Pays out $10B firm ($100B headline), receives $5B firm ($45B headline). 3 deals in view. 2 money loops.',
    );
  });

  it('says "no deals" for a company without any, and one loop in the singular', () => {
    expect(companyDescription('lone', index, index, null, { total: 0, truncated: false })).toBe(
      'Other. No deals in this view.',
    );
    const one = companyDescription('or', index, index, null, { total: 1, truncated: false });
    expect(one).toMatch(/ 1 money loop\.$/);
    const many = companyDescription('or', index, index, null, { total: 1000, truncated: true });
    expect(many).toMatch(/ 1,000\+ money loops\.$/);
  });
});
