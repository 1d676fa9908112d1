/**
 * The two optional fields of "honest money": `firmUsd` (the part of the amount
 * that is not contingent) and `ended` (how and when a deal stopped counting).
 * Each bad input is the hand-made LOI fixture with one change, checked for the
 * exact path and message a data author would read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, type Problem } from './parse';

const fixtureText = readFileSync(
  new URL('../../tests/fixtures/loi-superseded.json', import.meta.url),
  'utf8',
);
const seedText = readFileSync(
  new URL('../../tests/fixtures/seed-slice.json', import.meta.url),
  'utf8',
);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;
const fixture: Raw = JSON.parse(fixtureText);
const at = (id: string): number =>
  (fixture.deals as { id: string }[]).findIndex((d) => d.id === id);
const LOI = at('nvda-openai-loi');
const CHIPS = at('openai-nvda-chips');

function changed(change: (d: Raw) => void): Raw {
  const copy: Raw = structuredClone(fixture);
  change(copy);
  return copy;
}
function errorsAfter(change: (d: Raw) => void): readonly Problem[] {
  const result = parseDataset(changed(change));
  if (result.ok) throw new Error('expected the input to be rejected, but it parsed');
  return result.errors;
}
function warningsAfter(change: (d: Raw) => void): readonly Problem[] {
  const result = parseDataset(changed(change));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.warnings;
}

describe('files without the new fields', () => {
  it('stay valid: the seed slice parses with no warnings', () => {
    const result = parseDataset(JSON.parse(seedText));
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe('firmUsd', () => {
  it('parses the fixture, keeping firmUsd and ended as written', () => {
    const result = parseDataset(fixture);
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.deals[CHIPS]?.firmUsd).toBe(20_000_000_000);
    expect(result.dataset.deals[LOI]?.ended).toMatchObject({
      on: '2026-02-15',
      how: 'superseded',
      by: 'nvda-openai-equity',
    });
  });

  it('accepts null, 0, and a figure equal to the amount', () => {
    for (const firm of [null, 0, 50_000_000_000])
      expect(warningsAfter((d) => (d.deals[CHIPS].firmUsd = firm))).toEqual([]);
  });

  it('accepts firmUsd without an amount (nothing to compare with)', () => {
    expect(
      warningsAfter((d) => {
        d.deals[CHIPS].amountUsd = null;
        d.deals[CHIPS].firmUsd = 7;
      }),
    ).toEqual([]);
  });

  it('rejects firmUsd above amountUsd, located', () => {
    expect(errorsAfter((d) => (d.deals[CHIPS].firmUsd = 50_000_000_001))).toEqual([
      {
        path: `deals[${CHIPS}].firmUsd`,
        message: 'firm dollars (50000000001) exceed the amount (50000000000)',
      },
    ]);
  });

  it('rejects a negative or non-numeric firmUsd', () => {
    expect(errorsAfter((d) => (d.deals[CHIPS].firmUsd = -1))).toEqual([
      { path: `deals[${CHIPS}].firmUsd`, message: 'must be at least 0' },
    ]);
    expect(errorsAfter((d) => (d.deals[CHIPS].firmUsd = '20B'))).toEqual([
      { path: `deals[${CHIPS}].firmUsd`, message: 'expected number, received string' },
    ]);
  });
});

describe('ended', () => {
  it('accepts every kind of end, with or without by, note and sources', () => {
    for (const how of ['superseded', 'cancelled', 'stalled'])
      expect(warningsAfter((d) => (d.deals[LOI].ended = { on: '2026', how }))).toEqual([]);
  });

  it('rejects an unknown kind of end and an unknown field', () => {
    expect(errorsAfter((d) => (d.deals[LOI].ended.how = 'expired'))).toEqual([
      {
        path: `deals[${LOI}].ended.how`,
        message: 'expected one of "superseded", "cancelled", "stalled"',
      },
    ]);
    expect(errorsAfter((d) => (d.deals[LOI].ended.reason = 'x'))).toEqual([
      { path: `deals[${LOI}].ended`, message: 'unknown field "reason"' },
    ]);
  });

  it('requires on and how', () => {
    expect(errorsAfter((d) => (d.deals[LOI].ended = { how: 'cancelled' }))).toEqual([
      { path: `deals[${LOI}].ended.on`, message: 'required' },
    ]);
    expect(errorsAfter((d) => (d.deals[LOI].ended = { on: '2026' }))).toEqual([
      { path: `deals[${LOI}].ended.how`, message: 'required' },
    ]);
  });

  it('checks on as a date in the usual formats', () => {
    expect(errorsAfter((d) => (d.deals[LOI].ended.on = '2026-02-30'))).toEqual([
      { path: `deals[${LOI}].ended.on`, message: 'not a real calendar date' },
    ]);
    expect(errorsAfter((d) => (d.deals[LOI].ended.on = 'Feb 2026'))).toEqual([
      { path: `deals[${LOI}].ended.on`, message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
  });

  it('rejects an end before the announcement, comparing dates by their first day', () => {
    expect(errorsAfter((d) => (d.deals[LOI].ended.on = '2025-09-21'))).toEqual([
      {
        path: `deals[${LOI}].ended.on`,
        message: 'ended 2025-09-21, before it was announced (2025-09-22)',
      },
    ]);
    // 2025-09 is 2025-09-01: before an announcement on the 22nd.
    expect(errorsAfter((d) => (d.deals[LOI].ended.on = '2025-09'))).toHaveLength(1);
    // The same day is fine, and so is a month announcement ended on its first day.
    expect(warningsAfter((d) => (d.deals[LOI].ended.on = '2025-09-22'))).toEqual([]);
    expect(
      warningsAfter((d) => {
        d.deals[LOI].announced = '2025-09';
        d.deals[LOI].ended.on = '2025-09-01';
      }),
    ).toEqual([]);
  });

  it('names an unknown replacing deal, exactly', () => {
    expect(errorsAfter((d) => (d.deals[LOI].ended.by = 'x'))).toEqual([
      { path: `deals[${LOI}].ended.by`, message: 'unknown deal "x"' },
    ]);
  });

  it('rejects a deal replaced by itself', () => {
    expect(errorsAfter((d) => (d.deals[LOI].ended.by = 'nvda-openai-loi'))).toEqual([
      {
        path: `deals[${LOI}].ended.by`,
        message: 'a deal cannot be replaced by itself ("nvda-openai-loi")',
      },
    ]);
  });

  it('warns, without rejecting, about an end later than asOf', () => {
    expect(warningsAfter((d) => (d.deals[LOI].ended.on = '2026-05'))).toEqual([
      {
        path: `deals[${LOI}].ended.on`,
        message: "ended 2026-05, after the dataset's asOf (2026-04-01)",
      },
    ]);
    // asOf's own day is not later.
    expect(warningsAfter((d) => (d.deals[LOI].ended.on = '2026-04-01'))).toEqual([]);
  });

  it('checks the sources of an end like any other source', () => {
    expect(
      errorsAfter((d) => (d.deals[LOI].ended.sources = [{ title: 'x', url: 'javascript:1' }])),
    ).toEqual([{ path: `deals[${LOI}].ended.sources[0].url`, message: 'expected an http(s) URL' }]);
  });

  it('reports every fault of one file in one pass', () => {
    const errors = errorsAfter((d) => {
      d.deals[LOI].ended.by = 'nope';
      d.deals[CHIPS].firmUsd = 60_000_000_000;
      d.deals[CHIPS].ended = { on: '2020', how: 'cancelled' };
    });
    expect(errors.map((e) => e.path)).toEqual([
      `deals[${LOI}].ended.by`,
      `deals[${CHIPS}].firmUsd`,
      `deals[${CHIPS}].ended.on`,
    ]);
  });
});
