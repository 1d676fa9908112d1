/**
 * The one door for files a reader brings: a version-1 JSON file, or a
 * deals.csv with an optional companies.csv. Which CSV is which is read from its
 * header (deals have a `from` column), so file names do not matter.
 */
import { parseCsvDataset, type CsvOptions } from './csvRead';
import { csvProblem, headerKey, type CsvFile } from './csvTable';
import { parseDatasetText, type ParseResult, type Problem } from './parse';

export type DatasetFile = CsvFile;

const isJson = (f: DatasetFile) =>
  /\.json$/i.test(f.name) || /^\uFEFF?\s*[{[]/.test(f.text.slice(0, 64));

function headerOf(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const line = body.split(/\r?\n/, 1)[0] ?? '';
  return line.split(/[,;\t]/).map((h) => headerKey(h.replace(/"/g, '')));
}

const fileProblem = (file: string, message: string): Problem => ({ path: file, message });

export function parseDatasetFiles(
  files: readonly DatasetFile[],
  options: CsvOptions = {},
): ParseResult {
  if (files.length === 0)
    return { ok: false, errors: [fileProblem('(files)', 'no file was given')] };
  const json = files.filter(isJson);
  if (json.length > 0) {
    const [only] = json;
    if (files.length > 1 || !only)
      return {
        ok: false,
        errors: [
          fileProblem(
            '(files)',
            'open one JSON file on its own, or CSV files (deals.csv and, optionally, companies.csv)',
          ),
        ],
      };
    const result = parseDatasetText(only.text);
    if (result.ok) return result;
    // A JSON file's problems name the file, as a CSV's do.
    return {
      ok: false,
      errors: result.errors.map((e) => ({ ...e, path: `${only.name} ${e.path}` })),
    };
  }
  const deals = files.filter((f) => headerOf(f.text).includes('from'));
  const companies = files.filter((f) => !deals.includes(f));
  if (deals.length !== 1 || companies.length > 1) {
    const message =
      deals.length === 0
        ? `none of ${files.map((f) => f.name).join(', ')} has a "from" column: deals.csv needs the header from,to,type,…`
        : deals.length > 1
          ? `${deals.map((f) => f.name).join(' and ')} both hold deals: open one deals.csv (and, optionally, one companies.csv)`
          : `open at most one companies.csv beside the deals`;
    const first = files[0]?.name ?? '(files)';
    return { ok: false, errors: [csvProblem(first, 1, '-', message)] };
  }
  const [dealsFile] = deals;
  if (!dealsFile) return { ok: false, errors: [fileProblem('(files)', 'no deals file')] };
  return parseCsvDataset(dealsFile, companies[0] ?? null, options);
}
