/**
 * The one door untrusted data comes through: unknown JSON in, a typed dataset or
 * a list of located problems out (`deals[12].to: unknown company "nvidai"`).
 * Everything after `parseDataset` trusts its types.
 */
import type * as z from 'zod/mini';
import { locateJsonError } from './jsonError';
import { dateStart } from './format';
import { storyProblems } from './storyChecks';
import { datasetSchema, isCalendarDate, type Dataset } from './schema';

export interface Problem {
  /** Where, as a JS-like path: `deals[12].to`; `(root)` for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly warnings: readonly Problem[] }
  | {
      readonly ok: false;
      readonly errors: readonly Problem[];
      /** The text is not JSON at all; the one error says where it goes wrong. */
      readonly syntax?: true;
    };

/** What the root must be; said when it is JSON of another kind (`[]`, `42`, `"hello"`). */
export const NOT_A_DATASET =
  'is JSON, but not a dataset: expected an object with schemaVersion, companies and deals';

export const ROOT = '(root)';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? ROOT : out;
}

export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}

function zodProblems(error: z.core.$ZodError, input: unknown): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const missing = issue.code !== 'unrecognized_keys' && valueAt(input, issue.path) === undefined;
    const problem = {
      path: formatPath(issue.path),
      message: missing ? 'required' : describeIssue(issue, valueAt(input, issue.path)),
    };
    // One fault, one line: checks that fail together on one value say it once.
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Our own words for each kind of problem: the schema is zod/mini, which ships no
 * message texts, and a data author deserves a sentence, not "Invalid input".
 * Messages the schema gives itself (regex, refine, min length) pass through.
 */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const given = issue.message && issue.message !== 'Invalid input' ? issue.message : null;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `expected ${issue.expected}, received ${kindOf(value)}`;
    case 'too_small':
      if (given) return given;
      return issue.origin === 'array'
        ? `expected at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? `must be at least ${String(issue.minimum)} characters`
          : `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      if (given) return given;
      return issue.origin === 'array'
        ? `expected at most ${String(issue.maximum)} items`
        : issue.origin === 'string'
          ? `must be at most ${String(issue.maximum)} characters`
          : `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    default:
      return given ?? 'not valid here';
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const rows = (v: unknown): Raw[] => (Array.isArray(v) ? v.map((r) => (isRecord(r) ? r : {})) : []);

/**
 * Cross-references that a schema cannot express. Runs on the raw input, tolerant of
 * wrong shapes, so that one pass reports both kinds of problem to a data author.
 */
function referenceProblems(input: unknown): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  // Without lists to cross-reference, the schema's one error says it all.
  if (!isRecord(input) || !Array.isArray(input.companies) || !Array.isArray(input.deals))
    return { errors, warnings };
  const companies = rows(input.companies);
  const deals = rows(input.deals);

  const companyAt = new Map<string, number>();
  companies.forEach((c, i) => {
    if (typeof c.id !== 'string') return;
    const first = companyAt.get(c.id);
    if (first !== undefined)
      errors.push({
        path: `companies[${i}].id`,
        message: `duplicate company id "${c.id}" (first at companies[${first}])`,
      });
    else companyAt.set(c.id, i);
  });

  const dealAt = new Map<string, number>();
  const used = new Set<string>();
  deals.forEach((d, i) => {
    if (typeof d.id === 'string') {
      const first = dealAt.get(d.id);
      if (first !== undefined)
        errors.push({
          path: `deals[${i}].id`,
          message: `duplicate deal id "${d.id}" (first at deals[${first}])`,
        });
      else dealAt.set(d.id, i);
    }
    for (const end of ['from', 'to'] as const) {
      const ref = d[end];
      if (typeof ref !== 'string') continue;
      used.add(ref);
      if (!companyAt.has(ref))
        errors.push({ path: `deals[${i}].${end}`, message: `unknown company "${ref}"` });
    }
    if (typeof d.from === 'string' && d.from === d.to)
      errors.push({
        path: `deals[${i}].to`,
        message: `a deal cannot go from a company to itself ("${d.from}")`,
      });
    const perGw = isRecord(input.assumptions) ? input.assumptions.usdPerGigawatt : undefined;
    if (d.amountUsd == null && typeof d.computeGw === 'number' && typeof perGw !== 'number')
      warnings.push({
        path: `deals[${i}].computeGw`,
        message:
          'quoted in GW but assumptions.usdPerGigawatt is not set: the amount counts as unknown',
      });
  });

  const asOf = typeof input.asOf === 'string' && isCalendarDate(input.asOf) ? input.asOf : null;
  deals.forEach((d, i) => {
    const found = amountAndEndProblems(d, i, dealAt, asOf);
    errors.push(...found.errors);
    warnings.push(...found.warnings);
  });

  rows(input.aggregates).forEach((a, i) => {
    if (typeof a.subject === 'string' && !companyAt.has(a.subject))
      errors.push({ path: `aggregates[${i}].subject`, message: `unknown company "${a.subject}"` });
    if (Array.isArray(a.includes))
      a.includes.forEach((ref, j) => {
        if (typeof ref === 'string' && !dealAt.has(ref))
          errors.push({
            path: `aggregates[${i}].includes[${j}]`,
            message: `unknown deal "${ref}"`,
          });
      });
  });

  errors.push(...storyProblems(input.stories, companyAt, dealAt));

  companies.forEach((c, i) => {
    if (typeof c.id === 'string' && !used.has(c.id))
      warnings.push({ path: `companies[${i}]`, message: `company "${c.id}" has no deals` });
  });
  return { errors, warnings };
}

/**
 * `firmUsd` within the headline amount, and an `ended` that makes sense: not
 * before the deal was announced (dates compared by their first day), replaced by
 * a deal that exists and is not the deal itself. An end after `asOf` is likely a
 * typo, but not wrong, so it is a warning.
 */
function amountAndEndProblems(
  d: Raw,
  i: number,
  dealAt: ReadonlyMap<string, number>,
  asOf: string | null,
): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  if (typeof d.firmUsd === 'number' && typeof d.amountUsd === 'number' && d.firmUsd > d.amountUsd)
    errors.push({
      path: `deals[${i}].firmUsd`,
      message: `firm dollars (${String(d.firmUsd)}) exceed the amount (${String(d.amountUsd)})`,
    });
  const end = d.ended;
  if (!isRecord(end)) return { errors, warnings };
  const on = typeof end.on === 'string' && isCalendarDate(end.on) ? end.on : null;
  const announced =
    typeof d.announced === 'string' && isCalendarDate(d.announced) ? d.announced : null;
  if (on && announced && dateStart(on) < dateStart(announced))
    errors.push({
      path: `deals[${i}].ended.on`,
      message: `ended ${on}, before it was announced (${announced})`,
    });
  if (on && asOf && dateStart(on) > dateStart(asOf))
    warnings.push({
      path: `deals[${i}].ended.on`,
      message: `ended ${on}, after the dataset's asOf (${asOf})`,
    });
  if (typeof end.by === 'string') {
    if (!dealAt.has(end.by))
      errors.push({ path: `deals[${i}].ended.by`, message: `unknown deal "${end.by}"` });
    else if (end.by === d.id)
      errors.push({
        path: `deals[${i}].ended.by`,
        message: `a deal cannot be replaced by itself ("${end.by}")`,
      });
  }
  return { errors, warnings };
}

export function parseDataset(input: unknown): ParseResult {
  if (!isRecord(input))
    return {
      ok: false,
      errors: [{ path: ROOT, message: `${NOT_A_DATASET} (received ${kindOf(input)})` }],
    };
  const result = datasetSchema.safeParse(input);
  const refs = referenceProblems(input);
  const errors = [...(result.success ? [] : zodProblems(result.error, input)), ...refs.errors];
  if (!result.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, dataset: result.data, warnings: refs.warnings };
}

const BOM = '\uFEFF';

/**
 * Bytes to text, for every reader of a dataset file (the CLI, the app, the
 * worker): UTF-8, with any byte-order mark kept in the text so that
 * `parseDatasetText` alone decides about it. (`Response.text()` and
 * `TextDecoder` by default drop one silently, which made the app accept a file
 * the validator rejected.)
 */
export function decodeDatasetBytes(bytes: ArrayBuffer | Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

type JsonFailure = Extract<ParseResult, { ok: false }>;

/**
 * The JSON step alone, with the one rule on byte-order marks: one at the start
 * is ignored (editors on some systems save it), a second is an error. A syntax
 * error says where it is (line and column). Split from the schema step so a
 * reader of big files can check the size in between.
 */
export function parseJsonText(
  text: string,
): { readonly ok: true; readonly value: unknown } | JsonFailure {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const syntax = (message: string): JsonFailure => ({
    ok: false,
    syntax: true,
    errors: [{ path: ROOT, message: `not valid JSON at ${message}` }],
  });
  if (body.startsWith(BOM))
    return syntax('line 1, column 1: a second byte-order mark (BOM); save the file as UTF-8 once');
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const place = locateJsonError(body);
    return place
      ? syntax(`line ${place.line}, column ${place.column}: ${place.reason}`)
      : { ok: false, syntax: true, errors: [{ path: ROOT, message: 'not valid JSON' }] };
  }
}

/** JSON text → a dataset or located problems (parseJsonText, then parseDataset). */
export function parseDatasetText(text: string): ParseResult {
  const json = parseJsonText(text);
  return json.ok ? parseDataset(json.value) : json;
}
