/**
 * What a view is: the part of the app state that a link can carry.
 * Lists are kept in vocabulary order so two equal views serialise identically.
 */
import type { DealFilters } from '../graph/filter';
import type { Rank } from '../graph';
import { COMPANY_KINDS, CONFIDENCES, DEAL_STATUSES, DEAL_TYPES, MAX_USD_PER_GW } from '../model';

export type Theme = 'light' | 'dark' | 'auto';

/** The filter part of a view (declared in graph/, which may not import state/). */
export type Filters = DealFilters;

export interface ViewState {
  readonly filters: Filters;
  /** The selected company. */
  readonly company: string | null;
  /** A second company: the view shows the money paths from `company` to it. */
  readonly target: string | null;
  /** The selected loop: company ids in order, starting anywhere on the cycle. */
  readonly loop: readonly string[] | null;
  /** The selected deal. */
  readonly deal: string | null;
  /** Longest loop searched, in companies (2–10). */
  readonly maxLength: number;
  readonly theme: Theme;
  /** A dataset URL (http or https); null for the bundled dataset. */
  readonly data: string | null;
  /**
   * Dollars per gigawatt for deals quoted only in GW, overriding the dataset's
   * assumption; null keeps the dataset's.
   */
  readonly usdPerGw: number | null;
  /** The figure loops are ranked (and capped) by: firm dollars, or headline dollars. */
  readonly rank: Rank;
  /** Only loops (and paths) in time order (`order=time`). */
  readonly inOrder: boolean;
}

export const MIN_LOOP_LENGTH = 2;
export const MAX_LOOP_LENGTH = 10;
export const DEFAULT_MAX_LENGTH = 6;

export const DEFAULT_FILTERS: Filters = {
  types: DEAL_TYPES,
  statuses: DEAL_STATUSES,
  confidences: CONFIDENCES,
  kinds: COMPANY_KINDS,
  minUsd: 0,
  from: null,
  until: null,
};

export const DEFAULT_VIEW: ViewState = {
  filters: DEFAULT_FILTERS,
  company: null,
  target: null,
  loop: null,
  deal: null,
  maxLength: DEFAULT_MAX_LENGTH,
  theme: 'auto',
  data: null,
  usdPerGw: null,
  rank: 'firm',
  inOrder: false,
};

/** The range a reader may set `usdPerGw` to (reported estimates run ~$20–60B). */
export const USD_PER_GW_RANGE = { min: 1e9, max: MAX_USD_PER_GW } as const;
