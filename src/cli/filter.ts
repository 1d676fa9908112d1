/**
 * `npm run --silent filter -- <file.json> [--types a,b] [--status s] [--confidence c]
 *   [--kinds k] [--min-usd 1B] [--from YYYY] [--until YYYY] > smaller.json`
 *
 * Writes a smaller dataset: the deals that pass the same filters as the app's
 * (the flags take the link parameters' values, see docs/url.md), the companies
 * at their ends, and the aggregates about those companies. For a file too big
 * to draw in the browser (README, "Security").
 */
import { filterDeals } from '../graph/filter';
import { parseView } from '../state/url';
import { fail, loadOrExit, runCli } from './io';
import { withoutStories } from '../model';

const USAGE =
  'usage: npm run --silent filter -- <file.json> [--types a,b] [--status s] [--confidence c] [--kinds k] [--min-usd 1B] [--from YYYY] [--until YYYY]';
const FLAGS: Readonly<Record<string, string>> = {
  '--types': 'types',
  '--status': 'status',
  '--confidence': 'confidence',
  '--kinds': 'kinds',
  '--min-usd': 'minUsd',
  '--from': 'from',
  '--until': 'until',
};

runCli(() => {
  const argv = process.argv.slice(2);
  const query = new URLSearchParams();
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const param = FLAGS[arg];
    if (param) {
      const value = argv[++i];
      if (value === undefined) fail([`filter: ${arg} needs a value`, USAGE]);
      query.append(param, value);
    } else if (arg.startsWith('-')) fail([`filter: unknown option "${arg}"`, USAGE]);
    else if (file !== undefined) fail([`filter: one file only`, USAGE]);
    else file = arg;
  }
  const parsed = parseView(query);
  if (parsed.notices.length) fail(parsed.notices.map((n) => `filter: ${n}`));
  const { dataset } = loadOrExit(file, USAGE);
  const { deals, activeCompanyIds } = filterDeals(dataset, parsed.view.filters);
  const kept = new Set(deals.map((d) => d.id));
  const aggregates = (dataset.aggregates ?? [])
    .filter((a) => activeCompanyIds.has(a.subject))
    .map((a) => (a.includes ? { ...a, includes: a.includes.filter((id) => kept.has(id)) } : a));
  // Stories cite deals and companies the filter may drop: the cut-down file leaves them out.
  const out = {
    ...withoutStories(dataset),
    companies: dataset.companies.filter((c) => activeCompanyIds.has(c.id)),
    deals,
    ...(dataset.aggregates && { aggregates }),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  process.stderr.write(
    `kept ${out.companies.length} of ${dataset.companies.length} companies, ${deals.length} of ${dataset.deals.length} deals\n`,
  );
});
