/**
 * The spreadsheet layout of a dataset: deals.csv and an optional companies.csv.
 * Written down once, for the reader (csvRead.ts), the writer (csvWrite.ts),
 * the templates in public/templates/ and the documentation.
 */

/** The deals.csv header, in the order of the template. */
export const DEAL_COLUMNS = [
  'from',
  'to',
  'type',
  'amount_usd',
  'amount_text',
  'compute_gw',
  'firm_usd',
  'announced',
  'status',
  'confidence',
  'source_title',
  'source_publisher',
  'source_url',
  'note',
] as const;

/** Columns a deals.csv must have; the rest of DEAL_COLUMNS may be left out. */
export const REQUIRED_DEAL_COLUMNS = [
  'from',
  'to',
  'type',
  'announced',
  'status',
  'confidence',
  'source_title',
  'source_url',
] as const;

/**
 * Optional columns beyond the template. `id` keeps a deal's id (made from
 * from, to and year when absent); `ended_*` say how a deal stopped counting;
 * `from_name`/`to_name` are for readers of an exported file and are not read.
 * A second, third, … source goes in `source_title_2`, `source_publisher_2`,
 * `source_url_2`, and so on: one row is one deal, always.
 */
export const EXTRA_DEAL_COLUMNS = [
  'id',
  'ended_on',
  'ended_how',
  'ended_by',
  'ended_note',
  'from_name',
  'to_name',
] as const;

export const COMPANY_COLUMNS = ['id', 'name', 'kind', 'ticker', 'note'] as const;
export const REQUIRED_COMPANY_COLUMNS = ['name', 'kind'] as const;

export const SOURCE_FIELDS = ['title', 'publisher', 'url'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

/** `source_title` for the first source, `source_title_2` for the second, … */
export function sourceColumn(field: SourceField, index: number): string {
  return index === 0 ? `source_${field}` : `source_${field}_${index + 1}`;
}

/** The source index (0-based) and field of a source column, or null. */
export function parseSourceColumn(
  column: string,
): { readonly index: number; readonly field: SourceField } | null {
  const m = /^source_(title|publisher|url)(?:_([1-9]\d?))?$/.exec(column);
  if (!m) return null;
  const n = m[2] === undefined ? 1 : Number(m[2]);
  if (n === 1 && m[2] !== undefined) return null; // `source_title_1` would be a second name for the first
  return { index: n - 1, field: m[1] as SourceField };
}

export function isDealColumn(column: string): boolean {
  return (
    (DEAL_COLUMNS as readonly string[]).includes(column) ||
    (EXTRA_DEAL_COLUMNS as readonly string[]).includes(column) ||
    parseSourceColumn(column) !== null
  );
}

export function isCompanyColumn(column: string): boolean {
  return (COMPANY_COLUMNS as readonly string[]).includes(column);
}

/** Where a v1 deal field lives in deals.csv (the reverse of what the reader does). */
export function dealColumnOf(field: readonly (string | number)[]): string | null {
  const [head, second, third] = field;
  switch (head) {
    case 'amountUsd':
      return 'amount_usd';
    case 'amountText':
      return 'amount_text';
    case 'computeGw':
      return 'compute_gw';
    case 'firmUsd':
      return 'firm_usd';
    case 'sources':
      if (typeof second !== 'number') return 'source_title';
      return sourceColumn(third === 'publisher' || third === 'url' ? third : 'title', second);
    case 'ended':
      return second === 'how' || second === 'by' || second === 'note'
        ? `ended_${second}`
        : 'ended_on';
    case 'from':
    case 'to':
    case 'type':
    case 'announced':
    case 'status':
    case 'confidence':
    case 'note':
    case 'id':
      return head;
    default:
      return null;
  }
}
