/**
 * What a view is: the part of the app state that a link can carry.
 * Lists are kept in vocabulary order so two equal views serialise identically.
 */
import type { DealFilters } from '../graph/filter';
import type { Rank } from '../graph';
import { COMPANY_KINDS, CONFIDENCES, DEAL_STATUSES, DEAL_TYPES, MAX_USD_PER_GW } from '../model';

export type Theme = 'light' | 'dark' | 'auto';

/** The chapter of a story in view: the story's id and the chapter, 1-based (`story=…&step=N`). */
export interface StoryRef {
  readonly id: string;
  readonly step: number;
}

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
  /** The story chapter shown (`story=…&step=N`); null outside a story. */
  readonly story: StoryRef | null;
  /**
   * The reader has left the opening (`intro=off`): a plain view is then the whole
   * map, not the opening's highlighted loop and caption.
   */
  readonly explored: boolean;
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
  story: null,
  explored: false,
};

/**
 * No selection, story or filter of its own: what a link without parameters shows
 * (the reader's theme, dataset and dollars per GW aside). Such a view opens on
 * the opening unless the reader has left it (`explored`).
 */
export function isPlainView(view: ViewState): boolean {
  const f = view.filters;
  const d = DEFAULT_FILTERS;
  return (
    view.company == null &&
    view.target == null &&
    (view.loop == null || view.loop.length === 0) &&
    view.deal == null &&
    view.story == null &&
    f.types.length === d.types.length &&
    f.statuses.length === d.statuses.length &&
    f.confidences.length === d.confidences.length &&
    f.kinds.length === d.kinds.length &&
    f.minUsd === d.minUsd &&
    f.from == null &&
    f.until == null &&
    view.maxLength === DEFAULT_MAX_LENGTH &&
    view.rank === 'firm' &&
    !view.inOrder
  );
}

/** The range a reader may set `usdPerGw` to (reported estimates run ~$20–60B). */
export const USD_PER_GW_RANGE = { min: 1e9, max: MAX_USD_PER_GW } as const;
