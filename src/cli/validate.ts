/**
 * `npm run --silent validate -- <file.json>`
 * Valid: exit 0 with a one-line summary on stdout (warnings, if any, on stderr).
 * Invalid: exit 1 with one `path: message` line per problem on stderr.
 */
import { formatProblem } from '../model';
import { loadOrExit } from './io';

const file = process.argv[2];
const { dataset, warnings } = loadOrExit(file, 'usage: npm run --silent validate -- <file.json>');
for (const w of warnings) process.stderr.write(`warning: ${formatProblem(w)}\n`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
process.stdout.write(
  `${file}: valid — "${dataset.title}", ${plural(dataset.companies.length, 'company').replace('companys', 'companies')}, ` +
    `${plural(dataset.deals.length, 'deal')}, as of ${dataset.asOf}` +
    (warnings.length ? `, ${plural(warnings.length, 'warning')}` : '') +
    '\n',
);
