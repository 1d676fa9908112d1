/**
 * Tracing the validator's problems back to a spreadsheet: `deals[12].to`
 * becomes deals.csv, the row deal 12 came from, column `to`.
 */
import { COMPANY_COLUMNS, dealColumnOf } from './csvLayout';
import { csvProblem, type CsvProblem } from './csvTable';
import type { Problem } from './parse';

export interface Places {
  readonly dealRows: number[];
  readonly companyRows: number[];
  readonly companyIdColumn: string;
}

export /** `deals[12].sources[1].url` → deals.csv, the row of deal 12, column `source_url_2`. */
function locateProblem(
  p: Problem,
  places: Places,
  dealsFile: string,
  companiesFile: string | undefined,
): CsvProblem {
  const parts = [...p.path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? (m[1] ?? '') : Number(m[2]),
  );
  const [list, index, ...field] = parts;
  if (list === 'deals' && typeof index === 'number') {
    const row = places.dealRows[index] ?? 1;
    return csvProblem(dealsFile, row, dealColumnOf(field) ?? '-', p.message);
  }
  if (list === 'companies' && typeof index === 'number' && companiesFile) {
    const row = places.companyRows[index] ?? 1;
    const head = field[0];
    const column =
      head === 'id'
        ? places.companyIdColumn
        : typeof head === 'string' && (COMPANY_COLUMNS as readonly string[]).includes(head)
          ? head
          : '-';
    return csvProblem(companiesFile, row, column, p.message);
  }
  // The dataset as a whole (asOf, title): the deals file's header row.
  return csvProblem(dealsFile, 1, '-', `${p.path === '(root)' ? '' : `${p.path}: `}${p.message}`);
}

export function sortProblems(list: readonly CsvProblem[]): CsvProblem[] {
  return [...list].sort((a, b) => (a.file === b.file ? a.row - b.row : a.file < b.file ? -1 : 1));
}
