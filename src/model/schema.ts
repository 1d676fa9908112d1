/**
 * The data format, version 1, as one zod definition (zod/mini: the same
 * validation for a tenth of the bytes the app ships to readers).
 *
 * The app, the CLI and the published JSON Schema (public/schema/v1.json, made by
 * `npm run schema`) all come from this file, so the format is written down once.
 * Objects are strict: a misspelt key ("amountUSD") is an error, not a silent no-op.
 */
import * as z from 'zod/mini';
import { HTTP_URL_PATTERN, isHttpUrl } from './httpUrl';
import { storySchema } from './storySchema';
import { COMPANY_KINDS, CONFIDENCES, DEAL_STATUSES, DEAL_TYPES, END_KINDS } from './vocabulary';

/** Ids travel in URLs as comma-separated lists, so they are kept to a safe alphabet. */
const ID_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,79}$/;
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Calendar validity is checked separately. */
const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const id = (what: string) =>
  z
    .string()
    .check(
      z.regex(ID_PATTERN, `${what} must be 1–80 characters of a–z, 0–9, "_", "." or "-"`),
      z.meta({ description: `${what}: lowercase letters, digits, "_", "." or "-"` }),
    );

export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  if (m === undefined || d === undefined) return true;
  const date = new Date(Date.UTC(y ?? 0, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const dateText = z.string().check(
  // `abort`: a malformed date is not also "not a real calendar date".
  z.regex(DATE_PATTERN, { message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD', abort: true }),
  z.refine(isCalendarDate, 'not a real calendar date'),
  z.meta({
    description: 'YYYY, YYYY-MM or YYYY-MM-DD',
    examples: ['2025-11-18', '2025-09', '2019'],
  }),
);

export { isHttpUrl } from './httpUrl';

const httpUrl = z
  .string()
  .check(
    z.regex(HTTP_URL_PATTERN, { message: 'expected an http(s) URL', abort: true }),
    z.refine(isHttpUrl, 'expected an http(s) URL'),
    z.meta({ description: 'An http:// or https:// URL' }),
  );

const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max));
const optionalText = (max: number) => z.nullish(text(max));
/**
 * The ceiling on any amount: $100 trillion, about the world's yearly output. No
 * deal comes near it, so a bigger figure is a typo (cents? an extra 000?) or a
 * hostile file — and 100,000 deals under it still sum to a finite number, so no
 * total, scale or circle size can become Infinity or NaN.
 */
export const MAX_USD = 100e12;
/**
 * The most dollars per gigawatt a dataset or a reader (`usdPerGw`, 1B–200B) can
 * set; with MAX_GW it keeps every GW estimate under MAX_USD.
 */
export const MAX_USD_PER_GW = 200e9;
/** The largest compute figure: MAX_USD at the highest rate, 500 GW (a third of the US grid). */
export const MAX_GW = MAX_USD / MAX_USD_PER_GW;

const CEILING = 'above the $100T ceiling for any amount (a typo? amounts are in whole dollars)';
const usd = z
  .number()
  .check(z.nonnegative(), z.lte(MAX_USD, CEILING), z.meta({ description: 'US dollars' }));
const gw = z
  .number()
  .check(
    z.positive(),
    z.lte(MAX_GW, `above ${MAX_GW} GW, the ceiling for a compute figure (a typo? it is in GW)`),
  );
const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.meta({ description }));

export const sourceSchema = described(
  z.strictObject({
    title: text(300),
    publisher: optionalText(120),
    url: httpUrl,
  }),
  'Where a fact comes from.',
);

export const companySchema = described(
  z.strictObject({
    id: id('company id'),
    name: text(120),
    kind: z.enum(COMPANY_KINDS),
    ticker: optionalText(20),
    note: optionalText(1000),
  }),
  'A company (or fund, or joint venture) that makes or receives deals.',
);

export const dealEndSchema = described(
  z.strictObject({
    on: described(dateText, 'When the deal ended; not before it was announced.'),
    how: z.enum(END_KINDS),
    by: described(
      z.optional(id('deal id')),
      'The deal of this file that replaced it (an equity stake that superseded a letter of intent).',
    ),
    note: optionalText(2000),
    sources: z.optional(z.array(sourceSchema)),
  }),
  'How and when a deal stopped counting. From `on`, it is left out of loops, paths and totals.',
);

export const dealSchema = described(
  z.strictObject({
    id: id('deal id'),
    from: described(id('company id'), 'Who pays: investor, or buyer.'),
    to: described(id('company id'), 'Who is paid: investee, or seller.'),
    type: z.enum(DEAL_TYPES),
    amountUsd: described(
      z.nullish(usd),
      'Headline amount in US dollars ("up to" figures are the maximum).',
    ),
    firmUsd: described(
      z.nullish(usd),
      'The part of the amount that is not contingent (milestones, options, IPO or AGI conditions, undrawn "up to" tranches), when sources say so. At most amountUsd.',
    ),
    amountText: optionalText(200),
    computeGw: described(
      z.nullish(gw),
      'Compute capacity in gigawatts, when the deal is quoted that way.',
    ),
    announced: dateText,
    status: z.enum(DEAL_STATUSES),
    confidence: z.enum(CONFIDENCES),
    sources: z.array(sourceSchema).check(z.minLength(1, 'at least one source is required')),
    note: optionalText(2000),
    ended: z.nullish(dealEndSchema),
  }),
  'Money flows from `from` to `to`.',
);

export const aggregateSchema = described(
  z.strictObject({
    id: id('aggregate id'),
    subject: described(id('company id'), 'The company the figure is about.'),
    label: text(200),
    amountUsd: z.nullish(usd),
    amountText: optionalText(200),
    computeGw: z.nullish(gw),
    includes: described(
      z.optional(z.array(id('deal id'))),
      'Deals the figure is made of (shown as context, never added again).',
    ),
    sources: z.array(sourceSchema).check(z.minLength(1, 'at least one source is required')),
    note: optionalText(2000),
  }),
  'A reported total such as "OpenAI has ~$1.4T of commitments". Context only: never counted in totals or loops.',
);

export const assumptionsSchema = z.strictObject({
  usdPerGigawatt: described(
    z.nullish(
      z
        .number()
        .check(
          z.positive(),
          z.lte(MAX_USD_PER_GW, 'above $200B per GW, the ceiling for this rate (a typo?)'),
        ),
    ),
    'Dollars per gigawatt used to estimate deals quoted only in GW.',
  ),
  note: optionalText(2000),
});

export const datasetSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(1),
    title: text(200),
    description: optionalText(2000),
    asOf: dateText,
    assumptions: z.nullish(assumptionsSchema),
    companies: z.array(companySchema),
    deals: z.array(dealSchema),
    aggregates: z.optional(z.array(aggregateSchema)),
    stories: described(
      z.optional(z.array(storySchema)),
      'Guided stories over the map: chapters, each with a view and the deals it cites.',
    ),
  })
  .check(
    z.meta({
      title: 'circular-trade dataset, version 1',
      description: 'Companies and the deals between them. Money flows from `from` to `to`.',
    }),
  );

export type Source = z.infer<typeof sourceSchema>;
export type Company = z.infer<typeof companySchema>;
export type Deal = z.infer<typeof dealSchema>;
export type DealEnd = z.infer<typeof dealEndSchema>;
export type Aggregate = z.infer<typeof aggregateSchema>;
export type Assumptions = z.infer<typeof assumptionsSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
