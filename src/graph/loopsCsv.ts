/**
 * The loops of a view as CSV, one loop a row, for a reporter's spreadsheet:
 * the chain in words and in ids, the deal types of each hop, the circulating
 * dollars as a plain number (the smallest hop), whether that is an estimate,
 * the date it is complete since (`closed_on`, the engine's field name) and, per
 * hop, the dollars and the deal ids behind it; then the firm figures (letters of
 * intent, ceilings and contingent tranches left out) and whether the loop is in
 * time order. New columns go at the end, so a sheet reading by position keeps
 * working.
 */
import { csvFormatRows } from 'd3-dsv';
import { guardText } from '../model/csvCells';
import type { Deal } from '../model';
import { chainText } from './chain';
import type { Loop } from './types';

export const LOOP_CSV_COLUMNS = [
  'rank',
  'loop',
  'company_ids',
  'length',
  'hop_types',
  'circulating_usd',
  'estimated',
  'closed_on',
  'hop_usd',
  'deal_ids',
  'firm_usd',
  'firm_estimated',
  'in_order',
  'hop_firm_usd',
] as const;

export function loopsToCsv(
  loops: readonly Loop[],
  companyName: (id: string) => string,
  dealById: (id: string) => Deal | undefined,
): string {
  const rows = loops.map((loop, i) => [
    String(i + 1),
    guardText(chainText(loop.companies, companyName)),
    loop.companies.join(' '),
    String(loop.companies.length),
    loop.hops
      .map((h) => [...new Set(h.dealIds.map((id) => dealById(id)?.type ?? '?'))].join('+'))
      .join(' '),
    loop.circulatingUsd == null ? '' : String(loop.circulatingUsd),
    loop.estimated ? 'yes' : 'no',
    loop.closedOn,
    loop.hops.map((h) => (h.usd == null ? '?' : String(h.usd))).join(' '),
    loop.hops.map((h) => h.dealIds.join('+')).join(' '),
    loop.firmUsd == null ? '' : String(loop.firmUsd),
    loop.firmEstimated ? 'yes' : 'no',
    loop.inOrder ? 'yes' : 'no',
    loop.hops.map((h) => (h.firmUsd == null ? '?' : String(h.firmUsd))).join(' '),
  ]);
  return `${csvFormatRows([[...LOOP_CSV_COLUMNS], ...rows])}\r\n`;
}
