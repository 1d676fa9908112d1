/**
 * Text formats for money and dates, shared by the app and the CLI.
 * Intl does the work; we only choose the style.
 */
import type { Dollars } from './money';

const compactUsd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumSignificantDigits: 3,
});

/** `$5B`, `$750M`, `$1.4T`. */
export function formatUsd(usd: number): string {
  return compactUsd.format(usd);
}

/** `$5B`, `≈$50B` for an estimate, `unknown` when there is no figure; nothing is "≈$0". */
export function formatDollars(d: Dollars, unknown = 'unknown'): string {
  if (d.usd == null) return unknown;
  return `${d.estimated && d.usd !== 0 ? '≈' : ''}${formatUsd(d.usd)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `18 Nov 2025`, `Sep 2025` or `2019`, keeping the precision the source gave. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** `YYYY` or `YYYY-MM` read as their first day, for comparing and for time axes. */
export function dateStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}
