/**
 * A CSV file as a table of named cells, with every problem located by file,
 * row and column. Rows are numbered as a spreadsheet shows them: the header is
 * row 1, the first deal row 2 — a quoted cell that spans lines is still one row.
 *
 * d3-dsv does the parsing (RFC 4180 quoting, CRLF); this file adds what real
 * spreadsheets need: a byte-order mark, `;`- or tab-separated files from
 * European locales, blank rows, trailing empty cells and a header check.
 */
import { dsvFormat } from 'd3-dsv';
import type { NumberStyle } from './csvCells';
import { unguardText } from './csvCells';
import type { Problem } from './parse';

export interface CsvFile {
  /** The file's name as the reader knows it (`deals.csv`), used in every message. */
  readonly name: string;
  readonly text: string;
}

export interface CsvProblem extends Problem {
  readonly file: string;
  /** Spreadsheet row: 1 is the header. */
  readonly row: number;
  /** Header name of the column, or `-` for a problem with the row or file as a whole. */
  readonly column: string;
}

export function csvProblem(file: string, row: number, column: string, message: string): CsvProblem {
  const path = column === '-' ? `${file} row ${row}` : `${file} row ${row}, column ${column}`;
  return { path, message, file, row, column };
}

/** `deals.csv:14:to: unknown company "nvidai"` — the command line's form. */
export function formatCsvProblem(p: CsvProblem): string {
  return `${p.file}:${p.row}:${p.column}: ${p.message}`;
}

export interface CsvRow {
  readonly row: number;
  /** Trimmed cells by column name; empty cells are absent. */
  readonly cells: ReadonlyMap<string, string>;
}

export interface CsvTable {
  readonly file: string;
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly delimiter: ',' | ';' | '\t';
  /** `;`-separated files come from spreadsheets that write `1,5` for one and a half. */
  readonly numbers: NumberStyle;
}

export interface TableSpec {
  readonly isColumn: (name: string) => boolean;
  readonly required: readonly string[];
  readonly maxRows: number;
}

/** Header cells as people type them: `Amount USD` is `amount_usd`. */
export const headerKey = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** The separator of the header line, counting only characters outside quotes. */
function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

export function readTable(file: CsvFile, spec: TableSpec, problems: CsvProblem[]): CsvTable | null {
  const at = (row: number, column: string, message: string) =>
    problems.push(csvProblem(file.name, row, column, message));
  const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  if (text.trim() === '') {
    at(1, '-', 'the file is empty: expected a header row, then one row per entry');
    return null;
  }
  const delimiter = detectDelimiter(text);
  const raw = dsvFormat(delimiter).parseRows(text);
  const header = (raw[0] ?? []).map(headerKey);

  const columns: string[] = [];
  header.forEach((name, i) => {
    if (name === '') {
      // Spreadsheets often save a trailing empty header cell; it carries nothing.
      return;
    }
    if (columns.includes(name))
      at(1, name, `column "${name}" appears twice (again as column ${i + 1})`);
    else if (!spec.isColumn(name)) at(1, name, `unknown column "${name}"`);
    columns.push(name);
  });
  for (const name of spec.required)
    if (!columns.includes(name)) at(1, name, `missing column "${name}"`);

  const rows: CsvRow[] = [];
  let dataRows = 0;
  for (let i = 1; i < raw.length; i++) {
    const cells = raw[i] ?? [];
    const row = i + 1;
    if (cells.every((c) => c.trim() === '')) continue; // a blank line or a row of empty cells
    dataRows += 1;
    if (dataRows > spec.maxRows) {
      const total =
        raw.slice(i).filter((r) => r.some((c) => c.trim() !== '')).length + dataRows - 1;
      at(
        row,
        '-',
        `too many rows: ${total.toLocaleString('en-US')}; the most one file may hold is ${spec.maxRows.toLocaleString('en-US')}`,
      );
      break;
    }
    const extra = cells.slice(header.length).filter((c) => c.trim() !== '');
    if (extra.length > 0)
      at(
        row,
        '-',
        `${cells.length} cells but the header has ${header.length} columns (an unquoted "${delimiter}" inside a cell?)`,
      );
    const named = new Map<string, string>();
    header.forEach((name, j) => {
      const value = unguardText((cells[j] ?? '').trim());
      if (name !== '' && value !== '') named.set(name, value);
    });
    rows.push({ row, cells: named });
  }
  if (rows.length === 0 && problems.length === 0) at(2, '-', 'no rows below the header');
  return {
    file: file.name,
    columns,
    rows,
    delimiter,
    numbers: delimiter === ';' ? 'comma' : 'point',
  };
}
