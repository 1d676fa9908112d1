/**
 * `npm run --silent summary -- <file.json>`
 * Valid: exit 0 with a few lines about the dataset on stdout (warnings, if any, on stderr).
 * Invalid: exit 1 with one `path: message` line per problem on stderr.
 */
import { formatProblem } from '../model';
import { formatSummary, summarizeDataset } from '../model/summary';
import { loadOrExit } from './io';

const file = process.argv[2];
const { dataset, warnings } = loadOrExit(file, 'usage: npm run --silent summary -- <file.json>');
for (const w of warnings) process.stderr.write(`warning: ${formatProblem(w)}\n`);
process.stdout.write(`${formatSummary(summarizeDataset(dataset))}\n`);
