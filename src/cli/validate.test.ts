/**
 * The validate command as a data author runs it: a real process, real files,
 * and the contract from its header — exit 0 and one summary line on stdout for
 * a valid file; exit 1 and one `path: message` line per problem on stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  deepUnclosed,
  doubleBom,
  manyProblems,
  variant as hostile,
} from '../../tests/hostile/cases';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = 'tests/fixtures/seed-slice.json';
const TIMEOUT = 20_000;

const dir = mkdtempSync(join(tmpdir(), 'validate-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/validate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT - 2_000,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

function writeTemp(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const seedText = readFileSync(join(ROOT, FIXTURE), 'utf8');

type Row = Record<string, unknown>;
interface RawDataset {
  companies: Row[];
  deals: Row[];
}

function at(rows: Row[], i: number): Row {
  const row = rows[i];
  if (!row) throw new Error(`no row ${i}`);
  return row;
}

/** The fixture with one change, written to a temp file. */
function variant(name: string, change: (d: RawDataset) => void): string {
  const data = JSON.parse(seedText) as RawDataset;
  change(data);
  return writeTemp(name, JSON.stringify(data, null, 2));
}

describe('npm run validate', () => {
  it(
    'accepts the fixture with one summary line',
    () => {
      const run = validate(FIXTURE);
      expect(run.stderr).toBe('');
      expect(lines(run.stdout)).toEqual([
        `${FIXTURE}: valid — "AI circular deals — seed-article slice", 9 companies, 22 deals, as of 2025-11-18`,
      ]);
      expect(run.status).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'reports each problem on its own `path: message` line, and nothing on stdout',
    () => {
      const file = variant('three-problems.json', (d) => {
        at(d.companies, 0).kind = 'bank';
        const first = at(d.deals, 0);
        first.amountUSD = first.amountUsd;
        delete first.amountUsd;
        at(d.deals, 10).to = 'nvidai'; // openai-nvda-10gw
      });
      const run = validate(file);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)).toEqual([
        'companies[0].kind: expected one of "lab", "cloud", "neocloud", "chips", "investor", "other"',
        'deals[0]: unknown field "amountUSD"',
        'deals[10].to: unknown company "nvidai"',
      ]);
    },
    TIMEOUT,
  );

  it(
    'accepts a file with warnings, printing them on stderr',
    () => {
      const file = variant('lonely.json', (d) => {
        d.companies.push({ id: 'lonely', name: 'Lonely Corp', kind: 'other' });
      });
      const run = validate(file);
      expect(run.status).toBe(0);
      expect(lines(run.stdout)).toHaveLength(1);
      expect(run.stdout).toContain('10 companies, 22 deals');
      expect(run.stdout).toContain('1 warning');
      expect(lines(run.stderr)).toEqual(['warning: companies[9]: company "lonely" has no deals']);
    },
    TIMEOUT,
  );

  it(
    'says clearly that a file is missing',
    () => {
      const missing = join(dir, 'no-such-file.json');
      const run = validate(missing);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)).toEqual([`${missing}: cannot read file: no such file`]);
    },
    TIMEOUT,
  );

  it(
    'prints the usage without a file argument',
    () => {
      const run = validate();
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('usage: npm run --silent validate -- <file.json>');
    },
    TIMEOUT,
  );

  it(
    'rejects a file that is not JSON, saying where',
    () => {
      const file = writeTemp(
        'broken.json',
        seedText.replace('"schemaVersion": 1,', '"schemaVersion": 1'),
      );
      const run = validate(file);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/^\(root\): not valid JSON at line 4, column 3: /);
    },
    TIMEOUT,
  );

  it(
    'rejects plain text',
    () => {
      const run = validate(writeTemp('notes.json', 'just some notes'));
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/^\(root\): not valid JSON/);
    },
    TIMEOUT,
  );

  // BUG: for an unexpected token, V8's JSON.parse message quotes the text around
  // the error, newlines included, and describeJsonError (src/model/parse.ts)
  // passes it through, so one problem prints as several stderr lines.
  it(
    'prints a syntax error in a multi-line file as one line',
    () => {
      const file = writeTemp('bareword.json', seedText.replace('"kind": "lab"', '"kind": lab'));
      const run = validate(file);
      expect(run.status).toBe(1);
      expect(lines(run.stderr)).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    'locates 100,000 unclosed brackets in one line, with no stack trace',
    () => {
      const run = validate(writeTemp('deep.json', deepUnclosed(100_000)));
      expect(run.status).toBe(1);
      expect(lines(run.stderr)).toEqual([
        '(root): not valid JSON at line 1, column 100030: unexpected end of file, expected a value',
      ]);
    },
    TIMEOUT,
  );

  it(
    'rejects a second byte-order mark, as the app does',
    () => {
      const run = validate(writeTemp('bom2.json', doubleBom()));
      expect(run.status).toBe(1);
      expect(lines(run.stderr)).toEqual([
        '(root): not valid JSON at line 1, column 1: a second byte-order mark (BOM); save the file as UTF-8 once',
      ]);
    },
    TIMEOUT,
  );

  it(
    'says a bare JSON value is JSON, but not a dataset',
    () => {
      const run = validate(writeTemp('bare.json', '42'));
      expect(lines(run.stderr)).toEqual([
        '(root): is JSON, but not a dataset: expected an object with schemaVersion, companies and deals (received number)',
      ]);
    },
    TIMEOUT,
  );

  const many = () => writeTemp('many.json', manyProblems(37_000));

  it(
    'lists the first 200 of 37,000 problems, then says how many more',
    () => {
      const run = validate(many());
      expect(run.status).toBe(1);
      const out = lines(run.stderr);
      expect(out).toHaveLength(201);
      expect(out[199]).toBe('deals[199].to: unknown company "nobody"');
      expect(out[200]).toBe('… and 36,800 more problems (--all lists every one)');
    },
    TIMEOUT,
  );

  it(
    'loses nothing through a pipe: 37,000 lines with --all, and a 1 MB line whole',
    () => {
      const key = 'k'.repeat(1_000_000);
      const long = writeTemp(
        'long.json',
        hostile((d) => (d[key] = 1)),
      );
      const script = [
        `npm run --silent validate -- '${many()}' --all 2>&1 | wc -l`,
        `npm run --silent validate -- '${long}' 2>&1 | wc -c`,
        `{ npm run --silent validate -- '${many()}' --all; echo "exit $?"; } 2>&1 | tail -1`,
      ];
      const counts = spawnSync('sh', ['-c', `${script[0]}; ${script[1]}`], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(counts.stdout.trim().split(/\s+/).map(Number)).toEqual([37_000, 1_000_000 + 25]);
      const code = spawnSync('sh', ['-c', script[2] ?? ''], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(code.stdout.trim()).toBe('exit 1');
    },
    TIMEOUT * 2,
  );
});
