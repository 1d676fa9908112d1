/**
 * The hostile inputs of issue 15, made on demand so the repository stays small:
 * each function returns the text (or the URL query) a hostile or careless author
 * could hand the validator, the app or the embed. The tests that use them say
 * what must happen; this file only builds the inputs, deterministically.
 *
 * `npx tsx tests/hostile/cases.ts <dir>` writes every case to a folder, for
 * trying them by hand (`npm run --silent validate -- <dir>/deep-unclosed.json`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Row = Record<string, unknown>;

/** A valid dataset object with `companies` companies and `deals` deals in a ring. */
export function syntheticDataset(companies: number, deals: number): Row {
  const ids = Array.from({ length: companies }, (_, i) => `c${i}`);
  return {
    schemaVersion: 1,
    title: `Synthetic: ${companies} companies, ${deals} deals`,
    asOf: '2026-01-01',
    assumptions: { usdPerGigawatt: 50_000_000_000 },
    companies: ids.map((id, i) => ({ id, name: `Company ${i}`, kind: 'other' })),
    deals: Array.from({ length: deals }, (_, i) => ({
      id: `d${i}`,
      from: ids[i % companies],
      // Every company pays the next one round the ring, then further ones.
      to: ids[(i + 1 + Math.floor(i / companies)) % companies],
      type: 'investment',
      amountUsd: 1_000_000 * (1 + (i % 997)),
      announced: `20${String(10 + (i % 16))}-0${1 + (i % 9)}-1${i % 10}`,
      status: 'announced',
      confidence: 'medium',
      sources: [
        {
          title: `Deal ${i}`,
          url: `https://example.org/d/${i}`,
        },
      ],
    })),
  };
}

/** The 22 MB dataset of the issue: 20,000 companies and 100,000 deals. */
export const bigDatasetText = (): string => JSON.stringify(syntheticDataset(20_000, 100_000));

/** `{"schemaVersion": 1, "note": ` and `depth` open brackets, optionally closed by `}`. */
export const deepUnclosed = (depth: number, tail = ''): string =>
  `{"schemaVersion": 1, "note": ${'['.repeat(depth)}${tail}`;

/** Balanced nesting `depth` deep: valid JSON that no dataset field allows. */
export const deepBalanced = (depth: number): string =>
  `{"schemaVersion": 1, "note": ${'['.repeat(depth)}${']'.repeat(depth)}}`;

/** A small valid dataset (3 companies in a loop) as an object, to vary. */
export function smallDataset(): Row {
  return syntheticDataset(3, 3);
}

/** The small dataset with a change applied, as text. */
export function variant(change: (d: Row & { deals: Row[]; companies: Row[] }) => void): string {
  const d = smallDataset() as Row & { deals: Row[]; companies: Row[] };
  change(d);
  return JSON.stringify(d, null, 2);
}

/** Amounts that sum to Infinity: 1e308 on every deal, in GW, or as the rate. */
export const overflow = {
  amountUsd: () => variant((d) => d.deals.forEach((x) => (x.amountUsd = 1e308))),
  computeGw: () =>
    variant((d) =>
      d.deals.forEach((x) => {
        x.amountUsd = null;
        x.computeGw = 1e308;
      }),
    ),
  usdPerGigawatt: () =>
    variant((d) => {
      d.assumptions = { usdPerGigawatt: 1e308 };
      d.deals.forEach((x) => {
        x.amountUsd = null;
        x.computeGw = 2;
      });
    }),
};

/** Valid JSON with a problem at the root. */
export const rootProblems = {
  bareArray: () => '[]',
  unknownField: () => variant((d) => (d.extra = true)),
  // Written as text: JSON.stringify would not write `__proto__` as an own key.
  proto: () => variant(() => undefined).replace('{', '{\n  "__proto__": {"polluted": true},'),
  constructor: () =>
    variant((d) => Object.assign(d, { constructor: { prototype: { polluted: true } } })),
  prototype: () => variant((d) => (d.prototype = { polluted: true })),
};

/** JSON values that are not objects. */
export const bareValues = ['"hello"', '42', 'null', 'true'] as const;

/** The small dataset after two byte-order marks. */
export const doubleBom = (): string => `\uFEFF\uFEFF${variant(() => undefined)}`;
export const singleBom = (): string => `\uFEFF${variant(() => undefined)}`;

/** A file with `n` problems: every deal names an unknown company. */
export const manyProblems = (n: number): string =>
  variant((d) => {
    const template = d.deals[0] ?? {};
    d.deals = Array.from({ length: n }, (_, i) => ({ ...template, id: `d${i}`, to: 'nobody' }));
  });

/** A query with one 1 MB parameter: `types=,,,,…`. */
export const longParam = (bytes = 1_000_000): string => `types=${','.repeat(bytes)}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'hostile-cases';
  mkdirSync(dir, { recursive: true });
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  write('deep-unclosed.json', deepUnclosed(100_000));
  write('deep-closed-by-brace.json', deepUnclosed(100_000, '}'));
  write('deep-balanced.json', deepBalanced(100_000));
  write('big.json', bigDatasetText());
  for (const [name, make] of Object.entries(overflow)) write(`overflow-${name}.json`, make());
  for (const [name, make] of Object.entries(rootProblems)) write(`root-${name}.json`, make());
  bareValues.forEach((v, i) => write(`bare-${i}.json`, v));
  write('double-bom.json', doubleBom());
  write('many-problems.json', manyProblems(37_000));
  write('long-param.txt', longParam());
  console.log(`wrote the hostile cases to ${dir}/`);
}
