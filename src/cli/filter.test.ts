/** The filter command as a reader of a too-big file runs it: a real process, real files. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../model';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const filter = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/filter.ts', 'tests/fixtures/seed-slice.json', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('npm run filter', () => {
  it('writes a valid, smaller dataset with the deals that pass the filters', () => {
    const run = filter('--types', 'investment', '--min-usd', '5B');
    expect(run.status).toBe(0);
    const parsed = parseDatasetText(run.stdout);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const { deals, companies } = parsed.dataset;
    expect(deals.length).toBeGreaterThan(0);
    expect(deals.length).toBeLessThan(22);
    for (const d of deals) {
      expect(d.type).toBe('investment');
      expect(d.amountUsd ?? 0).toBeGreaterThanOrEqual(5e9);
    }
    const ends = new Set(deals.flatMap((d) => [d.from, d.to]));
    expect(new Set(companies.map((c) => c.id))).toEqual(ends);
    expect(run.stderr).toMatch(/^kept \d+ of 9 companies, \d+ of 22 deals\n$/);
  }, 20_000);

  it('refuses a bad value instead of ignoring it', () => {
    const run = filter('--min-usd', 'lots');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('filter: Ignored "minUsd=lots"');
  }, 20_000);
});
