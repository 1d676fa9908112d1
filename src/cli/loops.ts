/**
 * `npm run --silent loops -- <file.json> --through <companyId> [--rank firm|headline] [--in-order]
 *   [--as-of YYYY-MM-DD] [--max-length N] [--limit N] [--json]`
 *
 * Lists the money loops through a company (or, with `--top` instead of
 * `--through`, the top loops of the whole graph; with `--to <companyId>` as
 * well as `--through`, the money paths from one company to the other), ranked
 * by the dollars that can have gone all the way round: firm dollars by default,
 * headline dollars with `--rank headline`, counting the deals that count at the
 * view date (`--as-of`, default the file's asOf). Text: one result a line,
 * then a line saying how many there are and whether the list was cut; a loop
 * of 4 or more companies ends with "a chain of N separate deals" (graph/chains.ts).
 * `--json`:
 * one object (see docs/loops.md). Bad file, unknown company or bad option:
 * exit 1 with the reason on stderr.
 */
import {
  buildMoneyGraph,
  chainText,
  findLoopsThrough,
  findPaths,
  findTopLoops,
  isChain,
  MAX_LENGTH,
  MIN_LENGTH,
  RANKS,
  type Hop,
  type LoopSearch,
  type PathSearch,
  type MoneyGraph,
  type Rank,
} from '../graph';
import { formatDollars, isCalendarDate, type Dataset } from '../model';
import { done, fail, loadOrExit, runCli } from './io';

const USAGE = [
  'usage: npm run --silent loops -- <file.json> --through <companyId> [options]',
  '       npm run --silent loops -- <file.json> --top [options]',
  '       npm run --silent loops -- <file.json> --through <companyId> --to <companyId> [options]',
  'options:',
  `  --max-length N     most companies in a loop or on a path, ${MIN_LENGTH}–${MAX_LENGTH} (default 6)`,
  '  --limit N          most results listed (default 1000 loops, 100 paths)',
  '  --rank firm|headline  rank by firm dollars (default) or headline dollars',
  '  --in-order         only loops (paths) whose deals can go round in time order',
  "  --as-of DATE       view date, YYYY-MM-DD (or YYYY-MM, YYYY); default the file's asOf",
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
  rank: Rank;
  inOrder: boolean;
  asOf?: string;
}

function wholeNumber(flag: string, text: string | undefined): number {
  if (text === undefined || !/^\d+$/.test(text))
    fail([
      `loops: ${flag} needs a whole number, got ${text === undefined ? 'nothing' : `"${text}"`}`,
    ]);
  return Number(text);
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    top: false,
    json: false,
    timeBudgetMs: TIME_BUDGET_MS,
    rank: 'firm',
    inOrder: false,
  };
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
      case '--rank': {
        const rank = value();
        if (!RANKS.includes(rank as Rank))
          fail([`loops: --rank must be "firm" or "headline" (got "${rank}")`]);
        args.rank = rank as Rank;
        break;
      }
      case '--in-order':
        args.inOrder = true;
        break;
      case '--as-of': {
        const date = value();
        if (!isCalendarDate(date))
          fail([`loops: --as-of needs a date as YYYY-MM-DD, YYYY-MM or YYYY (got "${date}")`]);
        args.asOf = date;
        break;
      }
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

/** `$30B firm · $130B headline`: both figures, always, so a reader sees the gap. */
const figures = (
  firm: number | null,
  firmEstimated: boolean,
  usd: number | null,
  estimated: boolean,
) =>
  `${formatDollars({ usd: firm, estimated: firmEstimated })} firm · ${formatDollars({ usd, estimated })} headline`;

function printLoops(
  search: LoopSearch,
  json: boolean,
  name: (id: string) => string,
  inOrderNote: string,
): void {
  if (json) {
    const out = {
      through: search.through,
      asOf: search.asOf,
      rank: search.rank,
      maxLength: search.maxLength,
      loops: search.loops.map((l) => ({
        companies: l.companies,
        deals: dealIds(l.hops),
        circulatingUsd: l.circulatingUsd,
        firmUsd: l.firmUsd,
        estimated: l.estimated,
        inOrder: l.inOrder,
        closedOn: l.closedOn,
        chain: isChain(l),
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
    const usd = figures(l.firmUsd, l.firmEstimated, l.circulatingUsd, l.estimated);
    const note = isChain(l) ? `  a chain of ${l.companies.length} separate deals` : '';
    return `${chain}  ${usd}  complete since ${l.closedOn}${note}`;
  });
  const scope =
    (search.through === null ? 'in the whole graph' : `through ${name(search.through)}`) +
    ` (up to ${search.maxLength} companies${inOrderNote}, as of ${search.asOf ?? 'every date'})`;
  lines.push(
    summary(search.loops.length, search.total, search.stoppedBy, ['loop', 'loops'], scope),
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

function printPaths(
  search: PathSearch,
  json: boolean,
  name: (id: string) => string,
  inOrderNote: string,
  graph: Pick<MoneyGraph, 'asOf' | 'rank'>,
): void {
  if (json) {
    const out = {
      from: search.from,
      to: search.to,
      asOf: graph.asOf,
      rank: graph.rank,
      maxLength: search.maxLength,
      paths: search.paths.map((p) => ({
        companies: p.companies,
        deals: dealIds(p.hops),
        throughputUsd: p.throughputUsd,
        firmUsd: p.firmUsd,
        estimated: p.estimated,
        inOrder: p.inOrder,
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
    const usd = figures(p.firmUsd, p.firmEstimated, p.throughputUsd, p.estimated);
    return `${chainText(p.companies, name, false)}  ${usd}  opened ${p.openedOn}`;
  });
  const scope = `from ${name(search.from)} to ${name(search.to)} (up to ${search.maxLength} companies${inOrderNote}, as of ${graph.asOf ?? 'every date'})`;
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
    asOf: args.asOf ?? dataset.asOf,
    rank: args.rank,
  });
  const note = args.inOrder ? ', in time order only' : '';
  const options = {
    timeBudgetMs: args.timeBudgetMs,
    inOrder: args.inOrder,
    ...(args.maxLength !== undefined && { maxLength: args.maxLength }),
    ...(args.limit !== undefined && { limit: args.limit }),
  };

  try {
    if (args.top) printLoops(findTopLoops(graph, options), args.json, name, note);
    else if (args.to !== undefined)
      printPaths(
        findPaths(graph, args.through ?? '', args.to, options),
        args.json,
        name,
        note,
        graph,
      );
    else printLoops(findLoopsThrough(graph, args.through ?? '', options), args.json, name, note);
  } catch (err) {
    // The engine checks its options (e.g. --max-length out of range) with prefixed messages.
    fail([`loops: ${err instanceof Error ? err.message : String(err)}`]);
  }
});
