/**
 * The import command as a reporter runs it: a real process on the published
 * templates and on a broken file — the dataset on stdout and exit 0, or exit 1
 * with one `file:row:column: message` line per problem on stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../model';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TIMEOUT = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'import-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/import.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT - 2_000,
  });
  if (r.error) throw r.error;
  return r;
}
const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe('npm run import', () => {
  it(
    'prints a valid dataset for the templates',
    () => {
      const r = run(
        'public/templates/deals.csv',
        'public/templates/companies.csv',
        '--title',
        'Mine',
      );
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const parsed = parseDataset(JSON.parse(r.stdout));
      expect(parsed.ok && parsed.dataset).toMatchObject({ title: 'Mine', asOf: '2025-11-18' });
      expect(parsed.ok && parsed.dataset.deals).toHaveLength(5);
    },
    TIMEOUT,
  );

  it(
    'exits 1 with one located line per problem',
    () => {
      const bad = join(dir, 'deals.csv');
      writeFileSync(
        bad,
        'from,to,type,announced,status,confidence,source_title,source_url\r\n' +
          'Microsoft,nvidai,chips,2025,closed,high,x,https://a.example/\r\n' +
          'Microsoft,Anthropic,investment,2025-13,closed,high,x,javascript:alert(1)\r\n',
      );
      const r = run(bad, 'public/templates/companies.csv');
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr)).toEqual([
        'deals.csv:2:to: unknown company "nvidai"',
        'deals.csv:3:announced: expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
        'deals.csv:3:source_url: expected an http(s) URL',
      ]);
    },
    TIMEOUT,
  );

  it(
    'says how to call it, and names a missing file',
    () => {
      expect(run().status).toBe(1);
      const r = run(join(dir, 'nope.csv'));
      expect(r.status).toBe(1);
      expect(lines(r.stderr)).toEqual([
        `${join(dir, 'nope.csv')}:1:-: cannot read the file: no such file`,
      ]);
    },
    TIMEOUT,
  );
});
