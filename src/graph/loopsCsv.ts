/**
 * The loops of a view as CSV, one loop a row, for a reporter's spreadsheet:
 * the chain in words and in ids, the deal types of each hop, the circulating
 * dollars as a plain number (the smallest hop), whether that is an estimate,
 * the closing date and, per hop, the dollars and the deal ids behind it.
 *
 * Headline figures only: the firm (non-contingent) circulating dollars come
 * from the loop engine of issue 9 and get their own column once it has them.
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
  ]);
  return `${csvFormatRows([[...LOOP_CSV_COLUMNS], ...rows])}\r\n`;
}
