/**
 * The hostile inputs of issue 15 (built by tests/hostile/cases.ts) through the
 * one door, parseDatasetText: each must end in a located problem — never a
 * thrown error, a stack overflow, or a dataset whose sums are not finite.
 */
import { describe, expect, it } from 'vitest';
import {
  bareValues,
  deepBalanced,
  deepUnclosed,
  doubleBom,
  overflow,
  rootProblems,
  singleBom,
  variant,
} from '../../tests/hostile/cases';
import { locateJsonError } from './jsonError';
import { dealDollars, sumDollars } from './money';
import { decodeDatasetBytes, NOT_A_DATASET, parseDatasetText, ROOT } from './parse';
import { MAX_GW, MAX_USD } from './schema';
import { summarizeDataset } from './summary';

const errors = (text: string) => {
  const result = parseDatasetText(text);
  if (result.ok) throw new Error('expected the text to be rejected');
  return result;
};

describe('deeply nested JSON', () => {
  it.each([
    [
      '100,000 open brackets',
      deepUnclosed(100_000),
      'line 1, column 100030: unexpected end of file, expected a value',
    ],
    [
      '100,000 brackets closed by }',
      deepUnclosed(100_000, '}'),
      'line 1, column 100030: unexpected "}"',
    ],
  ])('locates %s without overflowing the stack', (_, text, where) => {
    const result = errors(text);
    expect(result.syntax).toBe(true);
    expect(result.errors).toEqual([{ path: ROOT, message: expect.stringContaining(where) }]);
  });

  it('still locates shallow errors the same way', () => {
    expect(locateJsonError('{"a": [1, 2,]}')).toMatchObject({
      line: 1,
      column: 13,
      reason: 'trailing comma before "]"',
    });
    expect(locateJsonError('{"a": {"b": 1,}}')).toMatchObject({
      column: 15,
      reason: 'trailing comma before "}"',
    });
    expect(locateJsonError('{"a" 1}')).toMatchObject({
      column: 6,
      reason: 'expected ":" after a property name',
    });
    expect(locateJsonError('[[1]]]')).toMatchObject({
      column: 6,
      reason: 'unexpected text after the end of the data',
    });
    expect(locateJsonError('{\n"a": [1\n')).toMatchObject({
      line: 3,
      column: 1,
      reason: 'unexpected end of file, expected "," or "]"',
    });
    expect(locateJsonError('[{"a": 1}, {"b": [true, null, "x"]}]')).toBeNull();
  });

  it('treats valid deep nesting as a schema problem, located at its field', () => {
    const result = errors(deepBalanced(100_000));
    expect(result.syntax).toBeUndefined();
    expect(result.errors).toContainEqual({ path: ROOT, message: 'unknown field "note"' });
  });
});

describe('problems at the root', () => {
  it('says a bare array is JSON but not a dataset, at (root)', () => {
    const result = errors(rootProblems.bareArray());
    expect(result.syntax).toBeUndefined();
    expect(result.errors).toEqual([{ path: ROOT, message: `${NOT_A_DATASET} (received array)` }]);
  });

  it.each(bareValues)('says %s is JSON but not a dataset', (text) => {
    const result = errors(text);
    expect(result.syntax).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toMatch(
      /^is JSON, but not a dataset: expected an object with schemaVersion, companies and deals/,
    );
  });

  it.each([
    ['an unknown field', rootProblems.unknownField(), 'unknown field "extra"'],
    ['__proto__', rootProblems.proto(), 'unknown field "__proto__"'],
    ['constructor', rootProblems.constructor(), 'unknown field "constructor"'],
    ['prototype', rootProblems.prototype(), 'unknown field "prototype"'],
  ])('names %s at the root as a schema problem, and pollutes nothing', (_, text, message) => {
    const result = errors(text);
    expect(result.syntax).toBeUndefined();
    expect(result.errors).toEqual([{ path: ROOT, message }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('byte-order marks: one rule for every reader', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('ignores one BOM, read as text or as bytes', () => {
    expect(parseDatasetText(singleBom()).ok).toBe(true);
    expect(parseDatasetText(decodeDatasetBytes(bytes(singleBom()))).ok).toBe(true);
  });

  it('rejects two, at line 1, column 1, read as text or as bytes', () => {
    for (const text of [doubleBom(), decodeDatasetBytes(bytes(doubleBom()))]) {
      const result = errors(text);
      expect(result.syntax).toBe(true);
      expect(result.errors[0]?.message).toBe(
        'not valid JSON at line 1, column 1: a second byte-order mark (BOM); save the file as UTF-8 once',
      );
    }
  });
});

describe('the amount ceiling', () => {
  it.each([
    ['amountUsd', overflow.amountUsd(), 'deals[0].amountUsd'],
    ['computeGw', overflow.computeGw(), 'deals[0].computeGw'],
    ['usdPerGigawatt', overflow.usdPerGigawatt(), 'assumptions.usdPerGigawatt'],
  ])('rejects 1e308 as %s, located', (_, text, path) => {
    const result = errors(text);
    expect(result.errors.map((e) => e.path)).toContain(path);
    expect(result.errors.find((e) => e.path === path)?.message).toMatch(/ceiling/);
  });

  it('rejects firmUsd above the ceiling', () => {
    const text = variant((d) => {
      d.deals[0] = { ...d.deals[0], amountUsd: MAX_USD, firmUsd: 1e308 };
    });
    expect(errors(text).errors.map((e) => e.path)).toContain('deals[0].firmUsd');
  });

  it('rejects an aggregate above the ceiling', () => {
    const text = variant((d) => {
      d.aggregates = [
        {
          id: 'a',
          subject: 'c0',
          label: 'Total',
          amountUsd: MAX_USD * 2,
          sources: [{ title: 't', url: 'https://example.org' }],
        },
      ];
    });
    expect(errors(text).errors.map((e) => e.path)).toEqual(['aggregates[0].amountUsd']);
  });

  it('rejects a number too large for JSON (1e999 reads as Infinity)', () => {
    const text = variant((d) => (d.deals[0] = { ...d.deals[0], amountUsd: 1 })).replace(
      '"amountUsd": 1,',
      '"amountUsd": 1e999,',
    );
    expect(errors(text).errors.map((e) => e.path)).toEqual(['deals[0].amountUsd']);
  });

  it('accepts the ceiling itself, and every sum of 100,000 deals at it stays finite', () => {
    const text = variant((d) => {
      d.deals.forEach((x) => (x.amountUsd = MAX_USD));
      d.deals.push({ ...d.deals[0], id: 'gw', amountUsd: null, computeGw: MAX_GW });
    });
    const result = parseDatasetText(text);
    expect(result.ok && summarizeDataset(result.dataset).disclosedUsd).toBe(3 * MAX_USD);
    const parts = Array.from({ length: 100_000 }, () =>
      dealDollars({ amountUsd: MAX_USD, computeGw: null }, null),
    );
    expect(Number.isFinite(sumDollars(parts).usd)).toBe(true);
  });
});
