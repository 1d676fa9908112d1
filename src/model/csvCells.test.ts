import { describe, expect, it } from 'vitest';
import {
  guardText,
  idFromName,
  readAmount,
  readDate,
  readDealType,
  readGigawatts,
  readNumber,
  readStatus,
  unguardText,
} from './csvCells';

const amount = (text: string, style: 'point' | 'comma' = 'point') => {
  const cell = readAmount(text, style);
  return cell.ok ? cell.value : `error: ${cell.message}`;
};

describe('readAmount', () => {
  it.each([
    ['5000000000', 5e9],
    ['5e9', 5e9],
    ['5E9', 5e9],
    ['$5B', 5e9],
    ['$5b', 5e9],
    ['5 bn', 5e9],
    ['5bn', 5e9],
    ['5 billion', 5e9],
    ['US$ 750 million', 750e6],
    ['$750M', 750e6],
    ['1.4T', 1.4e12],
    ['$1.15B', 1_150_000_000],
    ['5,000,000,000', 5e9],
    ['5 000 000 000', 5e9],
    ['5000000000 USD', 5e9],
    ['0', 0],
    ['$250k', 250_000],
  ])('reads %s', (text, value) => {
    expect(amount(text)).toBe(value);
  });

  it.each([
    ['1,5 Mrd', 1.5e9],
    ['5.000.000.000', 5e9],
    ['2,5 Mio', 2.5e6],
    ['1.5 bn', 1.5e9],
    ['30 Mrd.', 30e9],
  ])('reads %s in a European (;) file', (text, value) => {
    expect(amount(text, 'comma')).toBe(value);
  });

  it.each([
    ['up to $5B', /amount_text/],
    ['five billion', /expected dollars such as 5000000000, 5e9, \$5B or 5 bn, not "five billion"/],
    ['$5 gazillion', /not "\$5 gazillion"/],
    ['-5e9', /must not be negative/],
    ['1,5', /not "1,5"/],
    ['5B5', /expected dollars/],
  ])('refuses %s', (text, message) => {
    expect(amount(text)).toMatch(message);
  });
});

describe('readNumber', () => {
  it('knows thousands groups from decimals', () => {
    expect(readNumber('1,234.5', 'point')).toBe(1234.5);
    expect(readNumber('1.234,5', 'comma')).toBe(1234.5);
    expect(readNumber('12,34', 'point')).toBeNull();
    expect(readNumber('', 'point')).toBeNull();
  });
});

describe('readGigawatts', () => {
  it('reads GW and MW', () => {
    expect(readGigawatts('1.5', 'point')).toEqual({ ok: true, value: 1.5 });
    expect(readGigawatts('4,5 GW', 'comma')).toEqual({ ok: true, value: 4.5 });
    expect(readGigawatts('500 MW', 'point')).toEqual({ ok: true, value: 0.5 });
    expect(readGigawatts('lots', 'point').ok).toBe(false);
  });
});

describe('readDate', () => {
  it.each([
    ['2025-11-18', '2025-11-18'],
    ['2025-11', '2025-11'],
    ['2025', '2025'],
    ['2025-11-18T00:00:00', '2025-11-18'],
    ['2025-11-18 00:00:00', '2025-11-18'],
    ['2025/11/18', '2025-11-18'],
    ['18.11.2025', '2025-11-18'],
    ['18 Nov 2025', '2025-11-18'],
    ['November 18, 2025', '2025-11-18'],
    ['Sep 2025', '2025-09'],
    ['soon', 'soon'], // passes through: the validator says what a date looks like
  ])('reads %s', (text, value) => {
    expect(readDate(text)).toEqual({ ok: true, value });
  });

  it('refuses dates that differ between countries', () => {
    const cell = readDate('11/12/2025');
    expect(cell.ok).toBe(false);
    expect(!cell.ok && cell.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('vocabularies', () => {
  it('takes codes and labels in any case', () => {
    expect(readDealType('Cloud compute purchase')).toBe('cloud');
    expect(readDealType('CHIPS')).toBe('chips');
    expect(readDealType('revenue share')).toBe('revenue_share');
    expect(readStatus('Letter of intent')).toBe('loi');
    expect(readDealType('invest')).toBe('invest');
  });
});

describe('idFromName', () => {
  it('makes ids in the id alphabet', () => {
    expect(idFromName('Microsoft')).toBe('microsoft');
    expect(idFromName('Mistral AI')).toBe('mistral-ai');
    expect(idFromName('Société Générale')).toBe('societe-generale');
    expect(idFromName('AT&T')).toBe('at-and-t');
    expect(idFromName('!!!')).toBe('');
    expect(idFromName('x'.repeat(200))).toHaveLength(80);
  });
});

describe('formula guard', () => {
  it('round-trips text a spreadsheet would run', () => {
    for (const text of ['=HYPERLINK("http://evil")', '+1', '-note', '@SUM(A1)', 'plain', "'quoted"])
      expect(unguardText(guardText(text))).toBe(text);
    expect(guardText('=1+1')).toBe("'=1+1");
  });
});
