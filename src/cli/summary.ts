/**
 * `npm run --silent summary -- <file.json>`
 * Valid: exit 0 with a few lines about the dataset on stdout (warnings, if any, on stderr).
 * Invalid: exit 1 with one `path: message` line per problem on stderr.
 */
import { formatSummary, summarizeDataset } from '../model/summary';
import { loadOrExit, problemLines, runCli } from './io';

runCli(() => {
  const file = process.argv[2];
  const { dataset, warnings } = loadOrExit(file, 'usage: npm run --silent summary -- <file.json>');
  const listed = problemLines(warnings, { prefix: 'warning: ' });
  if (listed.length) process.stderr.write(listed.map((l) => `${l}\n`).join(''));
  process.stdout.write(`${formatSummary(summarizeDataset(dataset))}\n`);
});
