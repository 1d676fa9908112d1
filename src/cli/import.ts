/**
 * `npm run --silent import -- deals.csv [companies.csv] [--title T] [--as-of D] [--usd-per-gw N] [--all] > dataset.json`
 *
 * Reads the spreadsheet layout (docs/csv.md) and prints the version-1 dataset
 * on stdout. Problems: exit 1 with one `file:row:column: message` line per
 * problem on stderr (row 1 is the header; column `-` means the row as a whole)
 * — the first 200, then "… and N more problems"; `--all` lists every one.
 * Warnings go to stderr too, and the dataset is still written.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  decodeDatasetBytes,
  formatCsvProblem,
  listProblems,
  parseDatasetFiles,
  readAmount,
  type CsvProblem,
  type DatasetFile,
  type Problem,
} from '../model';
import { CLI_LISTED, fail, runCli } from './io';

const USAGE =
  'usage: npm run --silent import -- deals.csv [companies.csv] [--title T] [--as-of YYYY-MM-DD] [--usd-per-gw 35e9] [--all] > dataset.json';

const isCsvProblem = (p: Problem): p is CsvProblem => 'row' in p && 'file' in p;
const line = (p: Problem) => (isCsvProblem(p) ? formatCsvProblem(p) : `${p.path}: ${p.message}`);

function lines(problems: readonly Problem[], max: number, prefix = ''): string {
  const { shown, more } = listProblems(problems, max);
  const out = shown.map((p) => `${prefix}${line(p)}`);
  if (more) out.push(`${prefix}${more} (--all lists every one)`);
  return out.map((l) => `${l}\n`).join('');
}

runCli(() => {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        'as-of': { type: 'string' },
        'usd-per-gw': { type: 'string' },
        all: { type: 'boolean' },
      },
    });
  } catch (err) {
    fail([`import: ${(err as Error).message}`, USAGE]);
  }
  const paths = args.positionals;
  if (paths.length < 1 || paths.length > 2) fail([USAGE]);
  const max = args.values.all ? Infinity : CLI_LISTED;

  const files: DatasetFile[] = paths.map((path) => {
    try {
      // The same decoding as the app, so a byte-order mark means the same to both.
      return { name: basename(path), text: decodeDatasetBytes(readFileSync(path)) };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      fail([
        `${path}:1:-: cannot read the file${code === 'ENOENT' ? ': no such file' : ` (${code})`}`,
      ]);
    }
  });

  let usdPerGigawatt: number | undefined;
  const perGw = args.values['usd-per-gw'];
  if (perGw !== undefined) {
    const cell = readAmount(perGw, 'point');
    if (!cell.ok || cell.value <= 0) fail(['--usd-per-gw: expected dollars such as 35e9 or $35B']);
    usdPerGigawatt = cell.value;
  }

  const result = parseDatasetFiles(files, {
    ...(args.values.title !== undefined && { title: args.values.title }),
    ...(args.values['as-of'] !== undefined && { asOf: args.values['as-of'] }),
    ...(usdPerGigawatt !== undefined && { usdPerGigawatt }),
  });
  if (!result.ok) {
    process.stderr.write(lines(result.errors, max));
    process.exitCode = 1;
    return;
  }
  process.stderr.write(lines(result.warnings, max, 'warning: '));
  process.stdout.write(`${JSON.stringify(result.dataset, null, 2)}\n`);
});
