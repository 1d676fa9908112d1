/**
 * Which deals count at a view date, and each deal's firm dollars: the
 * definitions of README "Money loops", one rule per test.
 */
import { describe, expect, it } from 'vitest';
import { countsAt, firmDollars, firmGap } from '../model/firm';
import { buildMoneyGraph } from './moneyGraph';
import { companiesOf, deal } from './testing';

const ended = (on: string) => ({ on, how: 'superseded' as const });

describe('countsAt', () => {
  it('counts a deal announced on or before the view date, by first days', () => {
    const d = deal('a', 'b', { on: '2025-06-15' });
    expect(countsAt(d, '2025-06-15')).toBe(true);
    expect(countsAt(d, '2025-06-14')).toBe(false);
    // "2025-06" is 2025-06-01: before the 15th.
    expect(countsAt(d, '2025-06')).toBe(false);
    expect(countsAt(deal('a', 'b', { on: '2025-06' }), '2025-06-01')).toBe(true);
    expect(countsAt(deal('a', 'b', { on: '2025' }), '2025-01-01')).toBe(true);
    expect(countsAt(deal('a', 'b', { on: '2025' }), '2024-12-31')).toBe(false);
  });

  it('stops counting a deal from the day it ended', () => {
    const d = deal('a', 'b', { on: '2025-01', ended: ended('2025-09-22') });
    expect(countsAt(d, '2025-09-21')).toBe(true);
    expect(countsAt(d, '2025-09-22')).toBe(false);
    expect(countsAt(d, '2026')).toBe(false);
    // An end given as a month ends on its first day.
    const m = deal('a', 'b', { on: '2025-01', ended: ended('2025-09') });
    expect(countsAt(m, '2025-08-31')).toBe(true);
    expect(countsAt(m, '2025-09-01')).toBe(false);
  });

  it('with no view date, counts every deal that has not ended', () => {
    expect(countsAt(deal('a', 'b', { on: '2099' }), null)).toBe(true);
    expect(countsAt(deal('a', 'b', { ended: ended('2099') }), null)).toBe(false);
  });
});

describe('firmDollars', () => {
  const firm = (spec: Parameters<typeof deal>[2]) => firmDollars(deal('a', 'b', spec), 2e10);

  it('is 0 for a letter of intent or reported talks, whatever firmUsd says', () => {
    expect(firm({ status: 'loi', usd: 1e11, firm: 5e9 })).toEqual({ usd: 0, estimated: false });
    expect(firm({ status: 'reported', usd: 1e11 })).toEqual({ usd: 0, estimated: false });
  });

  it('is firmUsd when given, for any other status and type', () => {
    expect(firm({ status: 'announced', usd: 1e11, firm: 3e10 }).usd).toBe(3e10);
    expect(firm({ type: 'backstop', usd: 1e10, firm: 2e9 }).usd).toBe(2e9);
    expect(firm({ firm: 0 }).usd).toBe(0);
  });

  it('is 0 for backstops and warrants without firmUsd', () => {
    expect(firm({ type: 'backstop', usd: 1e10 }).usd).toBe(0);
    expect(firm({ type: 'warrant', usd: null, gw: 1 }).usd).toBe(0);
  });

  it("is otherwise the deal's dollars: reported, estimated from GW, or unknown", () => {
    expect(firm({ usd: 7e9 })).toEqual({ usd: 7e9, estimated: false });
    expect(firm({ usd: null, gw: 2 })).toEqual({ usd: 4e10, estimated: true });
    expect(firm({ usd: null })).toEqual({ usd: null, estimated: false });
    expect(firm({ firm: null, usd: 7e9 }).usd).toBe(7e9);
  });
});

describe('firmGap', () => {
  const gap = (spec: Parameters<typeof deal>[2]) => firmGap(deal('a', 'b', spec), 2e10);
  it('names what the difference rests on', () => {
    expect(gap({ status: 'loi', usd: 1e11 })).toBe('loi');
    expect(gap({ status: 'reported', usd: 1e9 })).toBe('reported');
    expect(gap({ usd: 1e11, firm: 1e10 })).toBe('up to');
    expect(gap({ type: 'backstop', usd: 1e10 })).toBe('contingent');
    expect(gap({ type: 'warrant', usd: null, gw: 1 })).toBe('contingent');
  });
  it('is null when the deal is wholly firm or has no figure', () => {
    expect(gap({ usd: 1e9 })).toBeNull();
    expect(gap({ usd: 1e9, firm: 1e9 })).toBeNull();
    expect(gap({ usd: null })).toBeNull();
    expect(gap({ status: 'loi', usd: 0 })).toBeNull();
  });
});

describe('the money graph at a view date', () => {
  const deals = [
    deal('a', 'b', { id: 'loi', status: 'loi', usd: 1e11, on: '2025-09', ended: ended('2026-02') }),
    deal('a', 'b', { id: 'stake', usd: 3e10, on: '2026-02' }),
    deal('b', 'a', { id: 'back', usd: 5e10, firm: 2e10, on: '2025-01' }),
  ];
  const at = (asOf: string | null, rank: 'firm' | 'headline' = 'firm') =>
    buildMoneyGraph(companiesOf('a', 'b'), deals, { asOf, rank });

  it('leaves out deals not yet announced and deals that ended', () => {
    expect(at('2025-06').hop('a', 'b')).toBeNull();
    expect(at('2025-12').hop('a', 'b')).toMatchObject({ dealIds: ['loi'], usd: 1e11, firmUsd: 0 });
    expect(at('2026-03').hop('a', 'b')).toMatchObject({
      dealIds: ['stake'],
      usd: 3e10,
      firmUsd: 3e10,
      since: '2026-02',
    });
    expect(at(null).hop('a', 'b')?.dealIds).toEqual(['stake']);
  });

  it('ranks by firm dollars by default, by headline dollars on request', () => {
    const firm = at('2025-12');
    const e = firm.edgeIndex(firm.indexOf('b'), firm.indexOf('a'));
    expect(firm.rank).toBe('firm');
    expect(firm.hopValue[e]).toBe(2e10);
    const headline = at('2025-12', 'headline');
    expect(
      headline.hopValue[headline.edgeIndex(headline.indexOf('b'), headline.indexOf('a'))],
    ).toBe(5e10);
  });
});
