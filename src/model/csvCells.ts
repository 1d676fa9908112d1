/**
 * Reading one spreadsheet cell: amounts, gigawatts, dates, the closed
 * vocabularies and company names as people type them (`$5B`, `5 bn`, `1,5 Mrd`,
 * `18 Nov 2025`, `Cloud compute purchase`). Each reader returns the value in
 * the v1 format, or a sentence saying what was expected.
 *
 * What a cell reader cannot decide it passes on unchanged: the v1 validator
 * then says what is wrong, in the same words as for a JSON file.
 */
import {
  COMPANY_KINDS,
  CONFIDENCES,
  CONFIDENCE_LABELS,
  DEAL_STATUSES,
  DEAL_TYPES,
  END_KINDS,
  KIND_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
} from './vocabulary';

export type Cell<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const bad = (message: string): Cell<never> => ({ ok: false, message });

/**
 * How numbers are written: `1,234.5` (US/UK spreadsheets, comma-separated
 * files) or `1.234,5` (continental Europe, whose spreadsheets save with `;`).
 */
export type NumberStyle = 'point' | 'comma';

const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['thousand', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['mm', 1e6],
  ['mio', 1e6],
  ['million', 1e6],
  ['millions', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
  ['billion', 1e9],
  ['billions', 1e9],
  ['mrd', 1e9],
  ['md', 1e9],
  ['t', 1e12],
  ['tn', 1e12],
  ['trillion', 1e12],
  ['trillions', 1e12],
]);

/** Thin and no-break spaces and apostrophes group thousands in many locales. */
const GROUP_SPACE = /[\s\u00a0\u202f']/g;

/** A plain decimal number in the given style, or null. Accepts `5e9`. */
export function readNumber(text: string, style: NumberStyle): number | null {
  let t = text.replace(GROUP_SPACE, '');
  if (t === '') return null;
  const [decimal, group] = style === 'point' ? ['.', ','] : [',', '.'];
  if (t.includes(group)) {
    // Groups only where they are groups: `1,500,000` yes, `1,5` (in a point file) no.
    const intPart = t.split(decimal)[0] ?? '';
    const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`);
    if (!grouped.test(intPart)) {
      // `1.5` in a comma-style file: a point with no grouping meaning is a decimal point.
      if (style === 'comma' && !t.includes(',') && /^\d*\.\d+$/.test(t)) return Number(t);
      return null;
    }
    t = t.split(group).join('');
  }
  if (decimal === ',') t = t.replace(',', '.');
  if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

const AMOUNT_HINT = 'expected dollars such as 5000000000, 5e9, $5B or 5 bn';

/**
 * `5000000000`, `5e9`, `$5B`, `5 bn`, `US$ 750 million`, `1.4T`, `1,5 Mrd`.
 * Wording ("up to", "about") belongs in amount_text, so it is refused here.
 */
export function readAmount(raw: string, style: NumberStyle): Cell<number> {
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/^(us\s*\$|usd|\$)\s*/, '')
    .replace(/\s*(usd|\$)$/, '');
  if (text.startsWith('-')) return bad('must not be negative');
  const m = /^([0-9.][0-9.,\s\u00a0\u202f'e+-]*?)\s*([a-z]+\.?)?$/.exec(text);
  if (!m) {
    const wording = /^(up to|about|around|approx|~|≈|over|more than|>)/.test(text);
    return bad(
      wording
        ? `${AMOUNT_HINT}; put wording such as "up to" in amount_text`
        : `${AMOUNT_HINT}, not "${raw.trim()}"`,
    );
  }
  const n = readNumber(m[1] ?? '', style);
  const unit = (m[2] ?? '').replace(/\.$/, '');
  const multiplier = unit === '' ? 1 : MULTIPLIERS.get(unit);
  if (n == null || multiplier === undefined) return bad(`${AMOUNT_HINT}, not "${raw.trim()}"`);
  // Whole dollars: 1.15 × 1e9 is 1150000000, not 1150000000.0000002.
  return ok(multiplier === 1 ? n : Math.round(n * multiplier));
}

/** `1.5`, `1.5 GW`, `500 MW`. */
export function readGigawatts(raw: string, style: NumberStyle): Cell<number> {
  const m = /^(.*?)\s*(gw|mw)?$/i.exec(raw.trim());
  const n = m ? readNumber(m[1] ?? '', style) : null;
  if (n == null) return bad(`expected gigawatts such as 1.5 or 1.5 GW, not "${raw.trim()}"`);
  return ok(m?.[2]?.toLowerCase() === 'mw' ? n / 1000 : n);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

function monthOf(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

/**
 * `2025-11-18`, `2025-11`, `2025`, a spreadsheet's `2025-11-18T00:00:00`,
 * `2025/11/18`, `18.11.2025` and the app's own `18 Nov 2025`, `Nov 2025`,
 * `November 18, 2025`. A date such as `11/12/2025` means different days in
 * different countries, so it is refused with a way out. Anything else passes
 * through for the validator to judge.
 */
export function readDate(raw: string): Cell<string> {
  const t = raw.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})[t\s]00:00(:00(\.0+)?)?z?$/i.exec(t)))
    return ok(`${m[1]}-${m[2]}-${m[3]}`);
  if ((m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(t)))
    return ok(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`);
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t)))
    return ok(`${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(t))
    return bad(
      `"${t}" reads as different days in different countries: write it as YYYY-MM-DD (format the column as text so the spreadsheet keeps it)`,
    );
  if ((m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/i.exec(t))) {
    const month = monthOf(m[2] ?? '');
    if (month) return ok(`${m[3]}-${pad(month)}-${pad(Number(m[1]))}`);
  }
  if ((m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(t))) {
    const month = monthOf(m[1] ?? '');
    if (month) return ok(`${m[3]}-${pad(month)}-${pad(Number(m[2]))}`);
  }
  if ((m = /^([a-z]+)\.?\s+(\d{4})$/i.exec(t))) {
    const month = monthOf(m[1] ?? '');
    if (month) return ok(`${m[2]}-${pad(month)}`);
  }
  return ok(t);
}

const key = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

function vocabulary<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
  extra: Record<string, T> = {},
): (raw: string) => string {
  const table = new Map<string, T>();
  for (const v of values) {
    table.set(key(v), v);
    table.set(key(labels[v]), v);
  }
  for (const [k, v] of Object.entries(extra)) table.set(key(k), v);
  // Unrecognised words pass through: the validator lists what is allowed.
  return (raw) => table.get(key(raw)) ?? raw.trim();
}

export const readDealType = vocabulary(DEAL_TYPES, TYPE_LABELS, {
  cloud_compute: 'cloud',
  chip: 'chips',
  equity: 'investment',
  revenue_sharing: 'revenue_share',
});
export const readStatus = vocabulary(DEAL_STATUSES, STATUS_LABELS, {
  letter_of_intent: 'loi',
  mou: 'loi',
  talks: 'reported',
});
export const readConfidence = vocabulary(CONFIDENCES, CONFIDENCE_LABELS);
export const readKind = vocabulary(COMPANY_KINDS, KIND_LABELS, { chip: 'chips', ai_lab: 'lab' });
export const readEndKind = vocabulary(
  END_KINDS,
  Object.fromEntries(END_KINDS.map((k) => [k, k])) as Record<(typeof END_KINDS)[number], string>,
  { canceled: 'cancelled' },
);

/**
 * An id made from a name, in the id alphabet: `Mistral AI` → `mistral-ai`,
 * `Société Générale` → `societe-generale`. Empty when nothing is left.
 */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9_.]+/g, '-')
    .replace(/^[-_.]+|[-_.]+$/g, '')
    .slice(0, 80)
    .replace(/[-_.]+$/, '');
}

/** Names compared as people mean them: case and spacing do not matter. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula, so the export
 * writes such text with a leading apostrophe (the OWASP advice); reading
 * takes it off again, so the round trip is exact.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;
export function unguardText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
