/**
 * What the story schema cannot say: each chapter's view holds values a link
 * accepts (the rules of docs/url.md, applied strictly — a data author gets an
 * error where a hand-edited link only gets a notice), the companies and deals it
 * names exist, and story ids are unique. Runs on the raw input, tolerant of wrong
 * shapes (the schema reports those), so one pass reports every problem.
 */
import { dateStart } from './format';
import type { Problem } from './parse';
import { isCalendarDate, MAX_USD } from './schema';
import { COMPANY_KINDS, CONFIDENCES, DEAL_STATUSES, DEAL_TYPES } from './vocabulary';

const ID = /^[a-z0-9][a-z0-9_.-]{0,79}$/;
/** `5000000000`, `5e9`, `5B`, `750M`, `1.5T`, `$5B` — the forms `minUsd` takes in a link. */
const USD_TEXT = /^\$?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?[kmbt]?$/i;

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

const LISTS: Readonly<Record<string, readonly string[]>> = {
  types: DEAL_TYPES,
  status: [...DEAL_STATUSES, 'confirmed'],
  confidence: CONFIDENCES,
  kinds: COMPANY_KINDS,
};

export function storyProblems(
  stories: unknown,
  companyIds: ReadonlyMap<string, number>,
  dealIds: ReadonlyMap<string, number>,
): Problem[] {
  if (!Array.isArray(stories)) return [];
  const errors: Problem[] = [];
  const seen = new Map<string, number>();
  stories.forEach((story: unknown, i) => {
    if (!isRecord(story)) return;
    if (typeof story.id === 'string') {
      const first = seen.get(story.id);
      if (first !== undefined)
        errors.push({
          path: `stories[${i}].id`,
          message: `duplicate story id "${story.id}" (first at stories[${first}])`,
        });
      else seen.set(story.id, i);
    }
    if (!Array.isArray(story.steps)) return;
    story.steps.forEach((step: unknown, j) => {
      if (!isRecord(step)) return;
      const at = `stories[${i}].steps[${j}]`;
      if (isRecord(step.view))
        errors.push(...viewProblems(step.view, `${at}.view`, companyIds, dealIds));
      if (Array.isArray(step.deals))
        step.deals.forEach((ref: unknown, k) => {
          if (typeof ref === 'string' && !dealIds.has(ref))
            errors.push({ path: `${at}.deals[${k}]`, message: `unknown deal "${ref}"` });
        });
    });
  });
  return errors;
}

function viewProblems(
  view: Raw,
  at: string,
  companyIds: ReadonlyMap<string, number>,
  dealIds: ReadonlyMap<string, number>,
): Problem[] {
  const errors: Problem[] = [];
  const fail = (name: string, message: string) => errors.push({ path: `${at}.${name}`, message });
  const company = (name: string, value: string) => {
    if (!ID.test(value)) fail(name, `"${value}" is not a company id`);
    else if (!companyIds.has(value)) fail(name, `unknown company "${value}"`);
  };
  const text = (name: string): string | undefined => {
    const value = view[name];
    return typeof value === 'string' ? value.trim() : undefined;
  };

  const c = text('company');
  if (c !== undefined) company('company', c);
  const to = text('to');
  if (to !== undefined) {
    if (c === undefined) fail('to', 'needs a "company" to start from');
    else if (to === c) fail('to', 'is the same as "company"');
    else company('to', to);
  }
  const loop = text('loop');
  if (loop !== undefined) {
    const ids = loop.split(',').map((s) => s.trim());
    if (ids.length < 2 || ids.length > 10) fail('loop', 'a loop has 2 to 10 companies');
    const repeat = ids.find((id, k) => ids.indexOf(id) !== k);
    if (repeat !== undefined) fail('loop', `a loop passes each company once ("${repeat}" repeats)`);
    for (const id of new Set(ids)) company('loop', id);
  }
  const deal = text('deal');
  if (deal !== undefined && !dealIds.has(deal)) fail('deal', `unknown deal "${deal}"`);

  for (const [name, vocabulary] of Object.entries(LISTS)) {
    const list = text(name);
    if (list === undefined || list === '') continue;
    const unknown = list
      .split(',')
      .map((s) => s.trim())
      .filter((w) => w !== '' && !vocabulary.includes(w));
    if (unknown.length > 0)
      fail(
        name,
        `unknown ${unknown.map((w) => `"${w}"`).join(', ')}: expected any of ${vocabulary.join(', ')}`,
      );
  }

  const min = view.minUsd;
  if (typeof min === 'number' && !(Number.isSafeInteger(min) && min >= 0 && min <= MAX_USD))
    fail('minUsd', 'must be a whole number of dollars from 0 to $100T');
  if (typeof min === 'string' && !USD_TEXT.test(min.trim()))
    fail('minUsd', `"${min}" is not an amount such as 5000000000 or 5B`);

  const dates: Record<string, string> = {};
  for (const name of ['from', 'until']) {
    const value = text(name);
    if (value === undefined) continue;
    if (isCalendarDate(value)) dates[name] = value;
    else fail(name, 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD');
  }
  if (dates.from && dates.until && dateStart(dates.from) > dateStart(dates.until))
    fail('from', `is later than "until" (${dates.until})`);

  const max = typeof view.maxLength === 'string' ? Number(view.maxLength) : view.maxLength;
  if (max !== undefined && !(Number.isInteger(max) && Number(max) >= 2 && Number(max) <= 10))
    fail('maxLength', 'must be a whole number from 2 to 10');
  const rank = text('rank');
  if (rank !== undefined && rank !== 'firm' && rank !== 'headline')
    fail('rank', 'must be "firm" or "headline"');
  const order = text('order');
  if (order !== undefined && order !== 'time') fail('order', 'must be "time"');
  return errors;
}
