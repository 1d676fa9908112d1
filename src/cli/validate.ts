/**
 * `npm run --silent validate -- <file.json> [--all]`
 * Valid: exit 0 with a one-line summary on stdout (warnings, if any, on stderr).
 * Invalid: exit 1 with one `path: message` line per problem on stderr — the
 * first 200, then "… and N more problems"; `--all` lists every one.
 */
import { CLI_LISTED, fail, loadOrExit, problemLines, runCli } from './io';

const USAGE = 'usage: npm run --silent validate -- <file.json> [--all]';

runCli(() => {
  const args = process.argv.slice(2);
  const all = args.includes('--all');
  const files = args.filter((a) => a !== '--all');
  const unknown = files.find((a) => a.startsWith('--'));
  if (unknown) fail([`validate: unknown option "${unknown}"`, USAGE]);
  if (files.length > 1) fail([`validate: one file only (got ${files.length})`, USAGE]);
  const file = files[0];
  const { dataset, warnings } = loadOrExit(file, USAGE, { all });
  const max = all ? Infinity : CLI_LISTED;
  const listed = problemLines(warnings, { max, prefix: 'warning: ' });
  if (listed.length) process.stderr.write(listed.map((l) => `${l}\n`).join(''));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  process.stdout.write(
    `${file}: valid — "${dataset.title}", ${plural(dataset.companies.length, 'company').replace('companys', 'companies')}, ` +
      `${plural(dataset.deals.length, 'deal')}, as of ${dataset.asOf}` +
      (dataset.stories?.length
        ? `, ${plural(dataset.stories.length, 'story').replace('storys', 'stories')}`
        : '') +
      (warnings.length ? `, ${plural(warnings.length, 'warning')}` : '') +
      '\n',
  );
});
