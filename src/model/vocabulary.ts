/**
 * The closed vocabularies of the data format (version 1) and their labels.
 * One place, so the schema, the legend, the filters and the CLI agree.
 */

export const COMPANY_KINDS = ['lab', 'cloud', 'neocloud', 'chips', 'investor', 'other'] as const;
export type CompanyKind = (typeof COMPANY_KINDS)[number];

export const DEAL_TYPES = [
  'investment',
  'cloud',
  'chips',
  'warrant',
  'backstop',
  'revenue_share',
  'partnership',
] as const;
export type DealType = (typeof DEAL_TYPES)[number];

export const DEAL_STATUSES = ['closed', 'announced', 'loi', 'reported'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** How a deal stopped counting: replaced by another deal, called off, or left to lapse. */
export const END_KINDS = ['superseded', 'cancelled', 'stalled'] as const;
export type EndKind = (typeof END_KINDS)[number];

export const END_LABELS: Readonly<Record<EndKind, string>> = {
  superseded: 'Superseded',
  cancelled: 'Cancelled',
  stalled: 'Stalled',
};

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const KIND_LABELS: Readonly<Record<CompanyKind, string>> = {
  lab: 'AI lab',
  cloud: 'Cloud',
  neocloud: 'Neocloud',
  chips: 'Chips & hardware',
  investor: 'Investor',
  other: 'Other',
};

/** Labels begin with the words the issue tracker fixed ("Investment", "Cloud", "Chip", …). */
export const TYPE_LABELS: Readonly<Record<DealType, string>> = {
  investment: 'Investment',
  cloud: 'Cloud compute purchase',
  chips: 'Chip purchase',
  warrant: 'Warrant',
  backstop: 'Backstop',
  revenue_share: 'Revenue share',
  partnership: 'Partnership',
};

/** Short forms for chains such as "investment → cloud → chips". */
export const TYPE_SHORT: Readonly<Record<DealType, string>> = {
  investment: 'investment',
  cloud: 'cloud',
  chips: 'chips',
  warrant: 'warrant',
  backstop: 'backstop',
  revenue_share: 'revenue share',
  partnership: 'partnership',
};

export const STATUS_LABELS: Readonly<Record<DealStatus, string>> = {
  closed: 'Closed',
  announced: 'Announced',
  loi: 'Letter of intent',
  reported: 'Reported talks',
};

export const CONFIDENCE_LABELS: Readonly<Record<Confidence, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** Deal types that move money. Partnerships are nominal and stay out of loops by default. */
export const MONEY_TYPES: readonly DealType[] = DEAL_TYPES.filter((t) => t !== 'partnership');

/** Statuses a reader would call confirmed: the deal is signed or publicly announced. */
export const CONFIRMED_STATUSES: readonly DealStatus[] = ['closed', 'announced'];
