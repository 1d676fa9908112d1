/**
 * `npm run --silent loops -- <file.json> --through <companyId> [--max-length N] [--limit N] [--json]`
 *
 * Lists the money loops through a company (or, with `--top` instead of
 * `--through`, the top loops of the whole graph; with `--to <companyId>` as
 * well as `--through`, the money paths from one company to the other), ranked
 * by the dollars that can have gone all the way round. Text: one result a line,
 * then a line saying how many there are and whether the list was cut. `--json`:
 * one object (see docs/loops.md). Bad file, unknown company or bad option:
 * exit 1 with the reason on stderr.
 */
import {
  buildMoneyGraph,
  chainText,
  findLoopsThrough,
  findPaths,
  findTopLoops,
  MAX_LENGTH,
  MIN_LENGTH,
  type Hop,
  type LoopSearch,
  type PathSearch,
} from '../graph';
import { formatDollars, type Dataset } from '../model';
import { done, fail, loadOrExit, runCli } from './io';

const USAGE = [
  'usage: npm run --silent loops -- <file.json> --through <companyId> [options]',
  '       npm run --silent loops -- <file.json> --top [options]',
  '       npm run --silent loops -- <file.json> --through <companyId> --to <companyId> [options]',
  'options:',
  `  --max-length N     most companies in a loop or on a path, ${MIN_LENGTH}–${MAX_LENGTH} (default 6)`,
  '  --limit N          most results listed (default 1000 loops, 100 paths)',
  '  --time-budget MS   give up after this many milliseconds (default 10000)',
  '  --json             print one JSON object instead of text',
].join('\n');

/** Generous, so that command-line results are complete; the app uses the engine's 250 ms. */
const TIME_BUDGET_MS = 10_000;

interface Args {
  file?: string;
  through?: string;
  to?: string;
  top: boolean;
  json: boolean;
  maxLength?: number;
  limit?: number;
  timeBudgetMs: number;
}

function wholeNumber(flag: string, text: string | undefined): number {
  if (text === undefined || !/^\d+$/.test(text))
    fail([
      `loops: ${flag} needs a whole number, got ${text === undefined ? 'nothing' : `"${text}"`}`,
    ]);
  return Number(text);
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { top: false, json: false, timeBudgetMs: TIME_BUDGET_MS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) fail([`loops: ${arg} needs a value`, USAGE]);
      return next;
    };
    switch (arg) {
      case '--through':
        args.through = value();
        break;
      case '--to':
        args.to = value();
        break;
      case '--top':
        args.top = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '--max-length':
        args.maxLength = wholeNumber(arg, value());
        break;
      case '--limit':
        args.limit = wholeNumber(arg, value());
        break;
      case '--time-budget':
        args.timeBudgetMs = wholeNumber(arg, value());
        break;
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        done();
        break;
      default:
        if (arg.startsWith('-')) fail([`loops: unknown option "${arg}"`, USAGE]);
        if (args.file !== undefined)
          fail([`loops: one file only (got "${args.file}" and "${arg}")`, USAGE]);
        args.file = arg;
    }
  }
  if (args.top && (args.through !== undefined || args.to !== undefined))
    fail(['loops: --top lists the whole graph; it does not go with --through or --to', USAGE]);
  if (args.to !== undefined && args.through === undefined)
    fail(['loops: --to needs --through (the company the paths start from)', USAGE]);
  if (!args.top && args.through === undefined && args.file !== undefined)
    fail(['loops: say which loops: --through <companyId> or --top', USAGE]);
  if (args.to !== undefined && args.to === args.through)
    fail(['loops: --through and --to must be different companies']);
  if (args.limit === 0) fail(['loops: --limit must be at least 1']);
  if (args.maxLength !== undefined && (args.maxLength < MIN_LENGTH || args.maxLength > MAX_LENGTH))
    fail([
      `loops: --max-length must be from ${MIN_LENGTH} to ${MAX_LENGTH} (got ${args.maxLength})`,
    ]);
  return args;
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next.push(
        Math.min(
          (row[j] ?? 0) + 1,
          (next[j - 1] ?? 0) + 1,
          (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    row = next;
  }
  return row[b.length] ?? 0;
}

function checkCompany(dataset: Dataset, id: string): void {
  if (dataset.companies.some((c) => c.id === id)) return;
  const near = dataset.companies
    .map((c) => ({ id: c.id, d: distance(id, c.id) }))
    .filter((c) => c.d <= Math.max(2, Math.floor(id.length / 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((c) => `"${c.id}"`);
  fail([
    `loops: unknown company "${id}"` + (near.length ? ` — did you mean ${near.join(' or ')}?` : ''),
  ]);
}

const round = (ms: number) => Math.round(ms * 100) / 100;
const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The last line: how many results, and whether (and why) the list was cut. */
function summary(
  listed: number,
  total: number,
  stoppedBy: string | null,
  [one, many]: readonly [string, string],
  scope: string,
): string {
  if (stoppedBy === 'time')
    return (
      `Stopped by the time budget: the best ${plural(listed, one, many)} of ${total.toLocaleString('en-US')} ` +
      `found so far ${scope}; more may exist (raise --time-budget or lower --max-length).`
    );
  if (stoppedBy === 'limit')
    return (
      `Top ${listed.toLocaleString('en-US')} of at least ${plural(total, one, many)} ${scope}: ` +
      `truncated by the limit (raise --limit to see more).`
    );
  if (total === 0) return `No ${many} ${scope}.`;
  return `${plural(total, one, many)} ${scope}, all listed.`;
}

/** Indented JSON, with arrays of plain values (ids) kept on one line. */
const toJson = (value: unknown) =>
  JSON.stringify(value, null, 2).replace(
    /\[\n\s+([^[\]{}]*?)\n\s*\]/g,
    (_, inner: string) => `[${inner.split(/,\n\s+/).join(', ')}]`,
  );

const dealIds = (hops: readonly Hop[]) => hops.map((h) => [...h.dealIds]);

function printLoops(search: LoopSearch, json: boolean, name: (id: string) => string): void {
  if (json) {
    const out = {
      through: search.through,
      maxLength: search.maxLength,
      loops: search.loops.map((l) => ({
        companies: l.companies,
        deals: dealIds(l.hops),
        circulatingUsd: l.circulatingUsd,
        estimated: l.estimated,
        closedOn: l.closedOn,
      })),
      total: search.total,
      truncated: search.truncated,
      stoppedBy: search.stoppedBy,
      elapsedMs: round(search.elapsedMs),
    };
    process.stdout.write(`${toJson(out)}\n`);
    return;
  }
  const lines = search.loops.map((l) => {
    const chain = chainText(l.companies, name);
    const usd = formatDollars({ usd: l.circulatingUsd, estimated: l.estimated });
    return `${chain}  ${usd}  closed ${l.closedOn}`;
  });
  const scope =
    (search.through === null ? 'in the whole graph' : `through ${name(search.through)}`) +
    ` (up to ${search.maxLength} companies)`;
  lines.push(
    summary(search.loops.length, search.total, search.stoppedBy, ['loop', 'loops'], scope),
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

function printPaths(search: PathSearch, json: boolean, name: (id: string) => string): void {
  if (json) {
    const out = {
      from: search.from,
      to: search.to,
      maxLength: search.maxLength,
      paths: search.paths.map((p) => ({
        companies: p.companies,
        deals: dealIds(p.hops),
        throughputUsd: p.throughputUsd,
        estimated: p.estimated,
        openedOn: p.openedOn,
      })),
      total: search.total,
      truncated: search.truncated,
      stoppedBy: search.stoppedBy,
      elapsedMs: round(search.elapsedMs),
    };
    process.stdout.write(`${toJson(out)}\n`);
    return;
  }
  const lines = search.paths.map((p) => {
    const usd = formatDollars({ usd: p.throughputUsd, estimated: p.estimated });
    return `${chainText(p.companies, name, false)}  ${usd}  opened ${p.openedOn}`;
  });
  const scope = `from ${name(search.from)} to ${name(search.to)} (up to ${search.maxLength} companies)`;
  lines.push(
    summary(search.paths.length, search.total, search.stoppedBy, ['path', 'paths'], scope),
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

runCli(() => {
  const args = parseArgs(process.argv.slice(2));
  const { dataset } = loadOrExit(args.file, USAGE);
  for (const id of [args.through, args.to]) if (id !== undefined) checkCompany(dataset, id);

  const names = new Map(dataset.companies.map((c) => [c.id, c.name]));
  const name = (id: string) => names.get(id) ?? id;
  const graph = buildMoneyGraph(dataset.companies, dataset.deals, {
    usdPerGigawatt: dataset.assumptions?.usdPerGigawatt ?? null,
  });
  const options = {
    timeBudgetMs: args.timeBudgetMs,
    ...(args.maxLength !== undefined && { maxLength: args.maxLength }),
    ...(args.limit !== undefined && { limit: args.limit }),
  };

  try {
    if (args.top) printLoops(findTopLoops(graph, options), args.json, name);
    else if (args.to !== undefined)
      printPaths(findPaths(graph, args.through ?? '', args.to, options), args.json, name);
    else printLoops(findLoopsThrough(graph, args.through ?? '', options), args.json, name);
  } catch (err) {
    // The engine checks its options (e.g. --max-length out of range) with prefixed messages.
    fail([`loops: ${err instanceof Error ? err.message : String(err)}`]);
  }
});
