/**
 * `npx tsx bench/loopsAb.ts <other engine's src/graph/index.ts> [--wall] [--swap] [--runs N]`
 *
 * An A/B of the loop engine against another version of itself, in one process,
 * on the 5,000-company graph of `npm run bench:loops`. Two runs of separate
 * processes on this shared 2-core machine differ by more than the change being
 * measured; here the calls alternate (ABBA) so both versions meet the same load.
 * For the 3 biggest hubs and one ordinary company it times `findLoopsThrough`
 * with the app's cap (1,000) and with none, and prints medians per case and
 * their ratio.
 *
 * - CPU time per call (process.cpuUsage) by default: less hurt by the other
 *   processes than wall time (`--wall`).
 * - `--swap` loads this version first: whichever module loads (and builds its
 *   graph) second ran about 8 % faster in a base-against-itself run, so report
 *   both orders.
 * - Both versions must list the same loops (companies in order) and the same
 *   total, or the script stops: a faster wrong answer is no answer.
 *
 * The other version is a checkout of another commit, e.g. (see docs/performance.md):
 *   mkdir /tmp/base && git archive <sha> src | tar -x -C /tmp/base
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type * as Graph from '../src/graph';
import { generate } from './loopsGraph';

type Engine = Pick<typeof Graph, 'buildMoneyGraph' | 'findLoopsThrough'>;

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 300;
const basePath = args.find((a, i) => !a.startsWith('--') && i !== runsAt + 1);
if (basePath === undefined || !(runs > 0)) {
  console.error(
    'usage: npx tsx bench/loopsAb.ts <other src/graph/index.ts> [--wall] [--swap] [--runs N]',
  );
  process.exit(1);
}
const wall = args.includes('--wall');
const swap = args.includes('--swap');

// Load (and build the graph of) the two versions in the chosen order.
const load = async (path: string) => (await import(path)) as Engine;
const herePath = new URL('../src/graph/index.ts', import.meta.url).href;
const otherPath = pathToFileURL(resolve(basePath)).href;
const SIZE = 5_000;
const { companies, deals, degree } = generate(SIZE, 20251118 + SIZE);
const options = { usdPerGigawatt: 5e10 };
const first = await load(swap ? herePath : otherPath);
const firstGraph = first.buildMoneyGraph(companies, deals, options);
const second = await load(swap ? otherPath : herePath);
const secondGraph = second.buildMoneyGraph(companies, deals, options);
const [other, here] = swap ? [second, first] : [first, second];
const graphs = swap
  ? { base: secondGraph, here: firstGraph }
  : { base: firstGraph, here: secondGraph };

const now = wall
  ? () => performance.now()
  : () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
const median = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)] ?? NaN;
const chain = (s: { loops: readonly { companies: readonly string[] }[] }) =>
  s.loops.map((l) => l.companies.join('>')).join(' ');

const hubs = companies
  .map((_, i) => i)
  .sort((a, b) => (degree[b] ?? 0) - (degree[a] ?? 0))
  .slice(0, 3)
  .map((v) => `c${v}`);
console.log(
  `${SIZE.toLocaleString('en-US')} companies, ${runs} alternating calls per case, ` +
    `${wall ? 'wall' : 'CPU'} time, ${swap ? 'this version' : 'the other version'} loaded first`,
);
console.log('| through | cap | loops | other ms (median) | this ms (median) | this ÷ other |');
console.log('| ------- | --- | ----- | ----------------- | ---------------- | ------------ |');
let sumBase = 0;
let sumHere = 0;
for (const id of [...hubs, 'c78'])
  for (const limit of [1000, Infinity]) {
    const opts = { limit, timeBudgetMs: Infinity };
    const a = other.findLoopsThrough(graphs.base, id, opts);
    const b = here.findLoopsThrough(graphs.here, id, opts);
    if (a.total !== b.total || chain(a) !== chain(b)) throw new Error(`${id}: the loops differ`);
    for (let k = 0; k < 30; k++) {
      other.findLoopsThrough(graphs.base, id, opts);
      here.findLoopsThrough(graphs.here, id, opts);
    }
    const tBase: number[] = [];
    const tHere: number[] = [];
    const runBase = () => {
      const t = now();
      other.findLoopsThrough(graphs.base, id, opts);
      tBase.push(now() - t);
    };
    const runHere = () => {
      const t = now();
      here.findLoopsThrough(graphs.here, id, opts);
      tHere.push(now() - t);
    };
    for (let k = 0; k < runs; k++)
      if (k % 2 === 0) {
        runHere();
        runBase();
      } else {
        runBase();
        runHere();
      }
    const mBase = median(tBase);
    const mHere = median(tHere);
    sumBase += mBase;
    sumHere += mHere;
    const cap = limit === Infinity ? 'none' : String(limit);
    console.log(
      `| ${id} | ${cap} | ${b.loops.length} | ${mBase.toFixed(2)} | ${mHere.toFixed(2)} | ×${(mHere / mBase).toFixed(2)} |`,
    );
  }
console.log(
  `| summed | | | ${sumBase.toFixed(2)} | ${sumHere.toFixed(2)} | ×${(sumHere / sumBase).toFixed(2)} |`,
);
