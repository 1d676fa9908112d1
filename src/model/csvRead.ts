/**
 * deals.csv (and an optional companies.csv) → a version-1 dataset, through the
 * same door as a JSON file: the cells become a v1 object, `parseDataset`
 * validates it, and each of its problems is traced back to the file, row and
 * column it came from (`deals.csv row 14, column to: unknown company "nvidai"`).
 *
 * Companies: with a companies.csv, every name or id in from/to must be in it
 * (that is how a typo is caught). Without one, each company named in
 * deals.csv becomes a company of kind `other`, with an id made from its name,
 * and a warning says so.
 */
import {
  idFromName,
  readAmount,
  readConfidence,
  readDate,
  readDealType,
  readEndKind,
  readGigawatts,
  readStatus,
  type Cell,
} from './csvCells';
import {
  REQUIRED_COMPANY_COLUMNS,
  REQUIRED_DEAL_COLUMNS,
  SOURCE_FIELDS,
  isCompanyColumn,
  isDealColumn,
  parseSourceColumn,
  sourceColumn,
} from './csvLayout';
import {
  csvProblem,
  readTable,
  type CsvFile,
  type CsvProblem,
  type CsvRow,
  type CsvTable,
} from './csvTable';
import { dateStart } from './format';
import { companiesFrom, type CompanyBook } from './csvCompanies';
import { locateProblem, sortProblems, type Places } from './csvLocate';
import { parseDataset, type Problem } from './parse';
import { isCalendarDate, type Dataset } from './schema';

export interface CsvOptions {
  /** The dataset's title; `Deals from <file>` when not given. */
  readonly title?: string;
  /** The dataset's date; the latest announcement date when not given. */
  readonly asOf?: string;
  readonly usdPerGigawatt?: number;
  /** Deal rows one file may hold (the app keeps the map responsive with it). */
  readonly maxRows?: number;
}

export type CsvParseResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly warnings: readonly CsvProblem[] }
  | { readonly ok: false; readonly errors: readonly CsvProblem[] };

export const DEFAULT_MAX_CSV_ROWS = 20_000;

type Raw = Record<string, unknown>;
const ID_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,79}$/;

export function parseCsvDataset(
  dealsFile: CsvFile,
  companiesFile: CsvFile | null = null,
  options: CsvOptions = {},
): CsvParseResult {
  const errors: CsvProblem[] = [];
  const warnings: CsvProblem[] = [];
  const maxRows = options.maxRows ?? DEFAULT_MAX_CSV_ROWS;
  const dealsTable = readTable(
    dealsFile,
    { isColumn: isDealColumn, required: REQUIRED_DEAL_COLUMNS, maxRows },
    errors,
  );
  const companiesTable = companiesFile
    ? readTable(
        companiesFile,
        { isColumn: isCompanyColumn, required: REQUIRED_COMPANY_COLUMNS, maxRows },
        errors,
      )
    : null;
  // A broken header or an empty file: the rows cannot be read meaningfully.
  if (!dealsTable || (companiesFile && !companiesTable) || dealsTable.rows.length === 0)
    return { ok: false, errors: sortProblems(errors) };
  // A header fault shifts or hides columns: row-by-row messages would only mislead.
  const headerFaults = errors.filter((e) => e.row === 1);
  if (headerFaults.length > 0) return { ok: false, errors: sortProblems(headerFaults) };

  const companies = companiesTable ? companiesFrom(companiesTable, errors) : null;
  const { raw, places } = datasetFrom(
    dealsTable,
    companies,
    companiesTable,
    options,
    errors,
    warnings,
  );
  const checked = parseDataset(raw);
  const locate = (p: Problem) => locateProblem(p, places, dealsTable.file, companiesTable?.file);
  if (checked.ok && errors.length === 0)
    return {
      ok: true,
      dataset: checked.dataset,
      warnings: sortProblems([...warnings, ...checked.warnings.map(locate)]),
    };
  const all = [...errors, ...(checked.ok ? [] : checked.errors.map(locate))].filter(
    // With a companies.csv, from/to hold its ids: a malformed one is reported on its own row there.
    (p) =>
      !(
        companiesTable &&
        p.file === dealsTable.file &&
        /^(from|to)$/.test(p.column) &&
        p.message.startsWith('company id must be')
      ),
  );
  // One cell, one message: what the cell reader said first is the clearest.
  const seen = new Set<string>();
  const unique = all.filter((p) => {
    const key = `${p.file}:${p.row}:${p.column}`;
    if (p.column !== '-' && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ok: false, errors: sortProblems(unique) };
}

function datasetFrom(
  table: CsvTable,
  book: CompanyBook | null,
  companiesTable: CsvTable | null,
  options: CsvOptions,
  errors: CsvProblem[],
  warnings: CsvProblem[],
): { raw: Raw; places: Places } {
  const style = table.numbers;
  const cellError = (row: CsvRow, column: string, message: string) =>
    errors.push(csvProblem(table.file, row.row, column, message));
  const take = <T>(
    row: CsvRow,
    column: string,
    read: (text: string) => Cell<T>,
  ): T | string | undefined => {
    const text = row.cells.get(column);
    if (text === undefined) return undefined;
    const cell = read(text);
    if (cell.ok) return cell.value;
    cellError(row, column, cell.message);
    return text;
  };

  // Without a companies.csv, the names in deals.csv make the company list.
  const made = new Map<string, Raw>();
  const resolve = (row: CsvRow, column: 'from' | 'to'): string | undefined => {
    const ref = row.cells.get(column);
    if (ref === undefined) return undefined;
    if (book) {
      const id = book.resolve(ref);
      if (id === null) cellError(row, column, `unknown company "${ref}"`);
      return id ?? ref;
    }
    const id = ID_PATTERN.test(ref) ? ref : idFromName(ref);
    if (id === '') {
      cellError(row, column, `cannot make a company id from "${ref}"`);
      return ref;
    }
    if (!made.has(id)) {
      made.set(id, { id, name: ref, kind: 'other' });
      warnings.push(
        csvProblem(
          table.file,
          row.row,
          column,
          `"${ref}" becomes company "${id}" of kind "other" (no companies.csv lists the companies)`,
        ),
      );
    }
    return id;
  };

  const sourceCount = Math.max(
    1,
    ...table.columns.map((c) => (parseSourceColumn(c)?.index ?? 0) + 1),
  );
  const explicitIds = new Set(table.rows.flatMap((r) => r.cells.get('id') ?? []));
  const usedIds = new Set<string>();
  const deals: Raw[] = [];
  const dealRows: number[] = [];
  for (const row of table.rows) {
    const from = resolve(row, 'from');
    const to = resolve(row, 'to');
    const announced = take(row, 'announced', readDate);
    const sources: Raw[] = [];
    for (let k = 0; k < sourceCount; k++) {
      const [title, publisher, url] = SOURCE_FIELDS.map((f) => row.cells.get(sourceColumn(f, k)));
      if (title !== undefined || publisher !== undefined || url !== undefined)
        sources.push({ title, publisher, url });
    }
    const endedOn = take(row, 'ended_on', readDate);
    const endedHow = row.cells.get('ended_how');
    const ended =
      endedOn !== undefined ||
      endedHow !== undefined ||
      row.cells.has('ended_by') ||
      row.cells.has('ended_note')
        ? {
            on: endedOn,
            how: endedHow === undefined ? undefined : readEndKind(endedHow),
            by: row.cells.get('ended_by'),
            note: row.cells.get('ended_note'),
          }
        : undefined;
    const type = row.cells.get('type');
    const status = row.cells.get('status');
    const confidence = row.cells.get('confidence');
    const deal: Raw = {
      id: row.cells.get('id') ?? makeDealId(from, to, announced, explicitIds, usedIds),
      from,
      to,
      type: type === undefined ? undefined : readDealType(type),
      amountUsd: take(row, 'amount_usd', (t) => readAmount(t, style)),
      firmUsd: take(row, 'firm_usd', (t) => readAmount(t, style)),
      amountText: row.cells.get('amount_text'),
      computeGw: take(row, 'compute_gw', (t) => readGigawatts(t, style)),
      announced,
      status: status === undefined ? undefined : readStatus(status),
      confidence: confidence === undefined ? undefined : readConfidence(confidence),
      sources,
      note: row.cells.get('note'),
      ended,
    };
    deals.push(dropUndefined(deal));
    dealRows.push(row.row);
  }

  const dates = deals.flatMap((d) =>
    typeof d.announced === 'string' && isCalendarDate(d.announced) ? [d.announced] : [],
  );
  const latest = dates.reduce<string | null>(
    (best, d) => (best === null || dateStart(d) > dateStart(best) ? d : best),
    null,
  );
  const raw: Raw = dropUndefined({
    schemaVersion: 1,
    title: options.title ?? `Deals from ${table.file}`,
    asOf: options.asOf ?? latest ?? undefined,
    assumptions:
      options.usdPerGigawatt === undefined ? undefined : { usdPerGigawatt: options.usdPerGigawatt },
    companies: (book ? book.list : [...made.values()]).map(dropUndefined),
    deals,
  });
  const places: Places = {
    dealRows,
    companyRows: companiesTable ? companiesTable.rows.map((r) => r.row) : [],
    companyIdColumn: companiesTable?.columns.includes('id') ? 'id' : 'name',
  };
  return { raw, places };
}

function makeDealId(
  from: unknown,
  to: unknown,
  announced: unknown,
  explicit: ReadonlySet<string>,
  used: Set<string>,
): string {
  const year =
    typeof announced === 'string' && /^\d{4}/.test(announced) ? announced.slice(0, 4) : 'undated';
  const base =
    `${idFromName(String(from ?? 'unknown'))}-${idFromName(String(to ?? 'unknown'))}-${year}`.slice(
      0,
      76,
    );
  let id = base;
  for (let n = 2; explicit.has(id) || used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function dropUndefined(o: Raw): Raw {
  const out: Raw = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    out[k] = typeof v === 'object' && v !== null && !Array.isArray(v) ? dropUndefined(v as Raw) : v;
  }
  if (Array.isArray(o.sources)) out.sources = o.sources.map((s) => dropUndefined(s as Raw));
  return out;
}
