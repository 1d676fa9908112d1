/**
 * Datasets → CSV in the layout the reader takes (docs/csv.md), so an export
 * opens in a spreadsheet and comes back through `parseCsvDataset` unchanged:
 * from/to and the company ids, every source in numbered columns, amounts as
 * plain numbers in dollars, and `from_name`/`to_name` for people reading it.
 */
import { csvFormatRows } from 'd3-dsv';
import { guardText } from './csvCells';
import { COMPANY_COLUMNS, DEAL_COLUMNS, SOURCE_FIELDS, sourceColumn } from './csvLayout';
import type { Company, Deal } from './schema';

const text = (v: string | null | undefined) => (v == null ? '' : guardText(v));
const num = (v: number | null | undefined) => (v == null ? '' : String(v));

/** The deals.csv columns an export writes, for `sourceCount` sources a row. */
export function dealExportColumns(sourceCount: number): string[] {
  const numbered: string[] = [];
  for (let k = 1; k < sourceCount; k++)
    for (const f of SOURCE_FIELDS) numbered.push(sourceColumn(f, k));
  return [
    'id',
    ...DEAL_COLUMNS,
    ...numbered,
    'ended_on',
    'ended_how',
    'ended_by',
    'ended_note',
    'from_name',
    'to_name',
  ];
}

export function dealsToCsv(
  deals: readonly Deal[],
  companyName: (id: string) => string | undefined,
): string {
  const sourceCount = Math.max(1, ...deals.map((d) => d.sources.length));
  const columns = dealExportColumns(sourceCount);
  const rows = deals.map((d) => {
    const cell: Record<string, string> = {
      id: d.id,
      from: d.from,
      to: d.to,
      type: d.type,
      amount_usd: num(d.amountUsd),
      amount_text: text(d.amountText),
      compute_gw: num(d.computeGw),
      firm_usd: num(d.firmUsd),
      announced: d.announced,
      status: d.status,
      confidence: d.confidence,
      note: text(d.note),
      ended_on: d.ended?.on ?? '',
      ended_how: d.ended?.how ?? '',
      ended_by: d.ended?.by ?? '',
      ended_note: text(d.ended?.note),
      from_name: text(companyName(d.from)),
      to_name: text(companyName(d.to)),
    };
    d.sources.forEach((s, k) => {
      cell[sourceColumn('title', k)] = text(s.title);
      cell[sourceColumn('publisher', k)] = text(s.publisher);
      cell[sourceColumn('url', k)] = s.url;
    });
    return columns.map((c) => cell[c] ?? '');
  });
  return `${csvFormatRows([columns, ...rows])}\r\n`;
}

export function companiesToCsv(companies: readonly Company[]): string {
  const rows = companies.map((c) => [c.id, text(c.name), c.kind, text(c.ticker), text(c.note)]);
  return `${csvFormatRows([[...COMPANY_COLUMNS], ...rows])}\r\n`;
}
