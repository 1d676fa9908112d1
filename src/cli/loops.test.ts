/**
 * The `loops` command line (src/cli/loops.ts), run as a user would: a child
 * process on the seed fixture. Kept beside the engine it wraps.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'tests/fixtures/seed-slice.json';

function loops(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/loops.ts', ...args], {
    encoding: 'utf8',
    cwd: new URL('../..', import.meta.url).pathname,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const LOI = 'tests/fixtures/loi-superseded.json';

describe('npm run loops', { timeout: 60_000 }, () => {
  it('shows both figures, counts at --as-of, ranks and filters as asked', () => {
    const now = loops(LOI, '--top');
    expect(now.stdout.trim().split('\n')).toEqual([
      'Nvidia → OpenAI → Oracle → Nvidia  $30B firm · $30B headline  complete since 2026-02-15',
      'Nvidia → OpenAI → Nvidia  $20B firm · $30B headline  complete since 2026-02-15',
      'Microsoft → OpenAI → Microsoft  $1B firm · $1B headline  complete since 2025-10-28',
      '3 loops in the whole graph (up to 6 companies, as of 2026-04-01), all listed.',
    ]);
    // Before the stake replaced the LOI: the LOI counts, never summed with the stake.
    const before = loops(LOI, '--top', '--as-of', '2026-01-01', '--rank', 'headline');
    expect(before.stdout.split('\n').slice(0, 3)).toEqual([
      'Nvidia → OpenAI → Nvidia  $0 firm · $50B headline  complete since 2025-09-22',
      'Nvidia → OpenAI → Oracle → Nvidia  $0 firm · $40B headline  complete since 2025-09-22',
      'Microsoft → OpenAI → Microsoft  $1B firm · $1B headline  complete since 2025-10-28',
    ]);
    const ordered = loops(LOI, '--top', '--in-order', '--json');
    const out = JSON.parse(ordered.stdout) as {
      loops: { companies: string[]; inOrder: boolean }[];
    };
    expect(out.loops.map((l) => l.companies.join('>'))).toEqual([
      'nvidia>openai',
      'microsoft>openai',
    ]);
    expect(out.loops.every((l) => l.inOrder)).toBe(true);
    const paths = loops(
      LOI,
      '--through',
      'oracle',
      '--to',
      'openai',
      '--as-of',
      '2025-12',
      '--json',
    );
    expect(JSON.parse(paths.stdout)).toMatchObject({
      asOf: '2025-12',
      rank: 'firm',
      paths: [{ companies: ['oracle', 'nvidia', 'openai'], firmUsd: 0, throughputUsd: 40e9 }],
    });
  });

  it('prints one loop a line and a closing count', () => {
    const { status, stdout } = loops(FIXTURE, '--through', 'microsoft');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toContain(
      'Microsoft → Anthropic → Microsoft  $5B firm · $5B headline  complete since 2025-11-18',
    );
    expect(lines).toContain(
      'Microsoft → OpenAI → Microsoft  $11.8B firm · $11.8B headline  complete since 2025-10-28',
    );
    expect(lines.at(-1)).toBe(
      '7 loops through Microsoft (up to 6 companies, as of 2025-11-18), all listed.',
    );
  });

  it('says when the limit cut the list', () => {
    const { stdout } = loops(
      FIXTURE,
      '--through',
      'nvidia',
      '--limit',
      '1',
      '--max-length',
      '3',
      '--rank',
      'headline',
    );
    expect(stdout.trim().split('\n')).toEqual([
      'Nvidia → OpenAI → Nvidia  $0 firm · ≈$100B headline  complete since 2025-09-22',
      'Top 1 of at least 2 loops through Nvidia (up to 3 companies, as of 2025-11-18): truncated by the limit (raise --limit to see more).',
    ]);
  });

  it('prints one JSON object with --json', () => {
    const { status, stdout } = loops(FIXTURE, '--through', 'microsoft', '--json');
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      through: 'microsoft',
      asOf: '2025-11-18',
      rank: 'firm',
      maxLength: 6,
      total: 7,
      truncated: false,
    });
    expect(typeof out.elapsedMs).toBe('number');
    expect(out.loops).toContainEqual({
      companies: ['microsoft', 'anthropic'],
      deals: [['msft-anthropic-equity-2025'], ['anthropic-azure-30b']],
      circulatingUsd: 5e9,
      firmUsd: 5e9,
      estimated: false,
      inOrder: true,
      closedOn: '2025-11-18',
      chain: false,
    });
    // 4 companies or more: a chain of separate deals (graph/chains.ts), still in rank order.
    expect(out.loops).toContainEqual(
      expect.objectContaining({
        companies: ['microsoft', 'openai', 'nvidia', 'anthropic'],
        chain: true,
      }),
    );
    const text = loops(FIXTURE, '--through', 'microsoft').stdout.split('\n');
    expect(text).toContainEqual(
      expect.stringMatching(
        /^Microsoft → OpenAI → Nvidia → Anthropic → Microsoft {2}.* {2}a chain of 4 separate deals$/,
      ),
    );
    expect(
      text.filter((l) => l.endsWith('separate deals')).every((l) => l.split('→').length > 4),
    ).toBe(true);
  });

  it('lists the top loops of the whole graph and the paths between two companies', () => {
    const top = loops(FIXTURE, '--top', '--json');
    expect(top.status).toBe(0);
    expect(JSON.parse(top.stdout)).toMatchObject({ through: null, total: 14 });
    const paths = loops(FIXTURE, '--through', 'microsoft', '--to', 'nvidia');
    expect(paths.status).toBe(0);
    expect(paths.stdout.split('\n')[0]).toBe(
      'Microsoft → Anthropic → Nvidia  ≈$5B firm · ≈$5B headline  opened 2025-11-18',
    );
  });

  it('exits 1 with a clear message on an unknown company, a bad option or a bad file', () => {
    const unknown = loops(FIXTURE, '--through', 'nvidai');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('unknown company "nvidai" — did you mean "nvidia"?');
    expect(unknown.stdout).toBe('');
    const option = loops(FIXTURE, '--through', 'nvidia', '--depth', '3');
    expect(option.status).toBe(1);
    expect(option.stderr).toContain('unknown option "--depth"');
    const length = loops(FIXTURE, '--through', 'nvidia', '--max-length', '11');
    expect(length.status).toBe(1);
    expect(length.stderr).toContain('--max-length must be from 2 to 10');
    const asOf = loops(FIXTURE, '--top', '--as-of', '2025-02-30');
    expect(asOf.status).toBe(1);
    expect(asOf.stderr).toContain('--as-of needs a date as YYYY-MM-DD, YYYY-MM or YYYY');
    const rank = loops(FIXTURE, '--top', '--rank', 'dollars');
    expect(rank.status).toBe(1);
    expect(rank.stderr).toContain('--rank must be "firm" or "headline" (got "dollars")');
    const file = loops('no-such-file.json', '--through', 'nvidia');
    expect(file.status).toBe(1);
    expect(file.stderr).toContain('no such file');
  });
});
