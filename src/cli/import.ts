/**
 * `npm run --silent import -- deals.csv [companies.csv] [--title T] [--as-of D] [--usd-per-gw N] > dataset.json`
 *
 * Reads the spreadsheet layout (README, "Your own data") and prints the
 * version-1 dataset on stdout. Problems: exit 1 with one
 * `file:row:column: message` line per problem on stderr (row 1 is the header;
 * column `-` means the row as a whole). Warnings go to stderr too, and the
 * dataset is still written.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  formatCsvProblem,
  parseDatasetFiles,
  readAmount,
  type CsvProblem,
  type DatasetFile,
  type Problem,
} from '../model';
import { fail } from './io';

const USAGE =
  'usage: npm run --silent import -- deals.csv [companies.csv] [--title T] [--as-of YYYY-MM-DD] [--usd-per-gw 35e9] > dataset.json';

const isCsvProblem = (p: Problem): p is CsvProblem => 'row' in p && 'file' in p;
const line = (p: Problem) => (isCsvProblem(p) ? formatCsvProblem(p) : `${p.path}: ${p.message}`);

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      'as-of': { type: 'string' },
      'usd-per-gw': { type: 'string' },
    },
  });
}
try {
  args = parse();
} catch (err) {
  fail([(err as Error).message, USAGE]);
}
const paths = args.positionals;
if (paths.length < 1 || paths.length > 2) fail([USAGE]);

const files: DatasetFile[] = paths.map((path) => {
  try {
    return { name: basename(path), text: readFileSync(path, 'utf8') };
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
  if (!cell.ok || cell.value <= 0) fail([`--usd-per-gw: expected dollars such as 35e9 or $35B`]);
  usdPerGigawatt = cell.value;
}

const result = parseDatasetFiles(files, {
  ...(args.values.title !== undefined && { title: args.values.title }),
  ...(args.values['as-of'] !== undefined && { asOf: args.values['as-of'] }),
  ...(usdPerGigawatt !== undefined && { usdPerGigawatt }),
});
if (!result.ok) fail(result.errors.map(line));
for (const w of result.warnings) process.stderr.write(`warning: ${line(w)}\n`);
process.stdout.write(`${JSON.stringify(result.dataset, null, 2)}\n`);
