/**
 * Filtering: which deals and companies a view shows. Pure and O(deals + companies),
 * so the app can memoise it on (dataset, filters) and everything downstream — the
 * drawing, the totals, the loops — works on its result.
 *
 * Dates. An `announced` date, and the `from` / `until` bounds, may be a year, a month
 * or a day. Each is read as the period it names (`2025-09` is 1–30 September 2025),
 * and a deal is in range when its period overlaps [start of `from`, end of `until`].
 * So a deal announced "2025-09" shows for from=2025-09-15 (it may have been on the
 * 20th), and a deal announced "2025" shows from any month of 2025 on. The month-by-month
 * replay (until = each month of `monthRange`) therefore shows a deal from the first
 * month its period touches, which is where `dateStart` puts it on a time axis.
 */
import {
  COMPANY_KINDS,
  CONFIDENCES,
  DEAL_STATUSES,
  DEAL_TYPES,
  dateStart,
  dealDollars,
  type Company,
  type CompanyKind,
  type Confidence,
  type Dataset,
  type Deal,
  type DealStatus,
  type DealType,
} from '../model';

/**
 * The filter part of a view. The same shape as `Filters` in state/viewState.ts,
 * declared here because graph/ may not import from state/.
 */
export interface DealFilters {
  readonly types: readonly DealType[];
  readonly statuses: readonly DealStatus[];
  readonly confidences: readonly Confidence[];
  /** A deal shows only when the kinds of both its ends do. */
  readonly kinds: readonly CompanyKind[];
  /** 0 shows all; above 0, deals below it and deals of unknown amount are hidden. */
  readonly minUsd: number;
  /** Inclusive bounds on `announced` (YYYY, YYYY-MM or YYYY-MM-DD); null is open. */
  readonly from: string | null;
  readonly until: string | null;
}

export interface FilteredView {
  /** Shown deals, in dataset order. */
  readonly deals: readonly Deal[];
  /** Companies whose kind is shown, in dataset order (with or without shown deals). */
  readonly companies: readonly Company[];
  /** Companies at either end of at least one shown deal. */
  readonly activeCompanyIds: ReadonlySet<string>;
}

export type FilterableDataset = Pick<Dataset, 'companies' | 'deals' | 'assumptions'>;

export function filterDeals(dataset: FilterableDataset, filters: DealFilters): FilteredView {
  const types = new Set<string>(filters.types);
  const statuses = new Set<string>(filters.statuses);
  const confidences = new Set<string>(filters.confidences);
  const kinds = new Set<string>(filters.kinds);
  const perGw = dataset.assumptions?.usdPerGigawatt ?? null;
  const lo = filters.from == null ? null : dateStart(filters.from);
  const hi = filters.until == null ? null : dateEnd(filters.until);

  const companies: Company[] = [];
  const shownCompany = new Set<string>();
  for (const c of dataset.companies) {
    if (!kinds.has(c.kind)) continue;
    companies.push(c);
    shownCompany.add(c.id);
  }

  const deals: Deal[] = [];
  const activeCompanyIds = new Set<string>();
  for (const deal of dataset.deals) {
    if (!types.has(deal.type) || !statuses.has(deal.status)) continue;
    if (!confidences.has(deal.confidence)) continue;
    if (!shownCompany.has(deal.from) || !shownCompany.has(deal.to)) continue;
    if (filters.minUsd > 0) {
      const usd = dealDollars(deal, perGw).usd;
      if (usd == null || usd < filters.minUsd) continue;
    }
    if (lo != null && dateEnd(deal.announced) < lo) continue;
    if (hi != null && dateStart(deal.announced) > hi) continue;
    deals.push(deal);
    activeCompanyIds.add(deal.from);
    activeCompanyIds.add(deal.to);
  }
  return { deals, companies, activeCompanyIds };
}

/** Whether a date's period overlaps [from, until] (see the header); null bounds are open. */
export function isWithin(date: string, from: string | null, until: string | null): boolean {
  if (from != null && dateEnd(date) < dateStart(from)) return false;
  if (until != null && dateStart(date) > dateEnd(until)) return false;
  return true;
}

/** Filters that hide nothing: every type, status, confidence and kind, no minimum, no dates. */
export function isDefaultFilters(filters: DealFilters): boolean {
  return (
    hasAll(filters.types, DEAL_TYPES) &&
    hasAll(filters.statuses, DEAL_STATUSES) &&
    hasAll(filters.confidences, CONFIDENCES) &&
    hasAll(filters.kinds, COMPANY_KINDS) &&
    filters.minUsd <= 0 &&
    filters.from == null &&
    filters.until == null
  );
}

function hasAll<T>(list: readonly T[], vocabulary: readonly T[]): boolean {
  const set = new Set(list);
  return vocabulary.every((v) => set.has(v));
}

/** `YYYY` or `YYYY-MM` read as their last day: `2025-09` → `2025-09-30`, `2024` → `2024-12-31`. */
export function dateEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const days = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    return `${date}-${String(days).padStart(2, '0')}`;
  }
  return date;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Arithmetic rather than `Date`, which reads years 0–99 as 1900–1999. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

/**
 * Every month (`YYYY-MM`) from the earliest to the latest announcement, for the time
 * slider and the replay. Dates are placed by their start, like `dateStart`; an empty
 * dataset has no months.
 */
export function monthRange(dataset: Pick<Dataset, 'deals'>): string[] {
  let first: string | null = null;
  let last: string | null = null;
  for (const deal of dataset.deals) {
    const month = dateStart(deal.announced).slice(0, 7);
    if (first == null || month < first) first = month;
    if (last == null || month > last) last = month;
  }
  if (first == null || last == null) return [];
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(text);
    if (text >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
