/**
 * Checks the options shared by the searches, with errors that name the caller.
 * Contract: returns complete options or throws `<fn>: …`.
 */
import type { SearchOptions } from './types';

export const MIN_LENGTH = 2;
export const MAX_LENGTH = 10;

export interface CheckedOptions {
  readonly maxLength: number;
  readonly limit: number;
  readonly timeBudgetMs: number;
}

export function checkOptions(
  fn: string,
  options: SearchOptions,
  defaults: CheckedOptions,
): CheckedOptions {
  const maxLength = options.maxLength ?? defaults.maxLength;
  const limit = options.limit ?? defaults.limit;
  const timeBudgetMs = options.timeBudgetMs ?? defaults.timeBudgetMs;
  if (!Number.isInteger(maxLength) || maxLength < MIN_LENGTH || maxLength > MAX_LENGTH)
    throw new Error(
      `${fn}: maxLength must be an integer from ${MIN_LENGTH} to ${MAX_LENGTH} (got ${maxLength})`,
    );
  if (!(limit === Infinity || (Number.isInteger(limit) && limit >= 1)))
    throw new Error(`${fn}: limit must be a positive integer or Infinity (got ${limit})`);
  if (!(timeBudgetMs >= 0))
    throw new Error(`${fn}: timeBudgetMs must be a non-negative number (got ${timeBudgetMs})`);
  return { maxLength, limit, timeBudgetMs };
}
