/**
 * Stories: an optional, ordered series of chapters a reporter writes on top of a
 * dataset. Each chapter ("step") names a view of the map in the words of a link —
 * its `view` holds the URL parameters (docs/url.md) — and the deals it cites.
 *
 * The shape is here (zod, published in the JSON Schema); what a schema cannot say
 * (ids that exist, values a link accepts, unique story ids) is checked in
 * storyChecks.ts, with located errors (`stories[0].steps[2].view.loop: …`).
 * `text` is plain text: the app shows it as text, never as HTML.
 */
import * as z from 'zod/mini';

/** The link parameters a chapter may set; the reader's own settings (theme, data, usdPerGw) are not among them. */
export const STORY_VIEW_PARAMS = [
  'company',
  'to',
  'loop',
  'deal',
  'types',
  'status',
  'confidence',
  'kinds',
  'minUsd',
  'from',
  'until',
  'maxLength',
  'rank',
  'order',
] as const;
export type StoryViewParam = (typeof STORY_VIEW_PARAMS)[number];

/** The most chapters a story may have: a story longer than this is a different format. */
export const MAX_STORY_STEPS = 40;

const STORY_ID_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,79}$/;

const storyText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max));

const param = (description: string) =>
  z.optional(z.string().check(z.maxLength(1000), z.meta({ description })));
const numberOrText = (description: string) =>
  z.optional(
    z.union([z.number(), z.string().check(z.maxLength(100))]).check(z.meta({ description })),
  );

export const storyViewSchema = z
  .strictObject({
    company: param('A company id (link parameter `company`).'),
    to: param('A second company id: money paths from `company` to it.'),
    loop: param(
      'Company ids in the order the money goes, comma-separated: "nvidia,openai,oracle".',
    ),
    deal: param('A deal id.'),
    types: param('Deal types shown, comma-separated.'),
    status: param('Statuses shown, comma-separated; "confirmed" = closed,announced.'),
    confidence: param('Confidences shown, comma-separated.'),
    kinds: param('Company kinds shown, comma-separated.'),
    minUsd: numberOrText('Smallest deal shown, in dollars: 5000000000 or "5B".'),
    from: param('Earliest announcement date shown: YYYY, YYYY-MM or YYYY-MM-DD.'),
    until: param('Latest announcement date shown (the view date).'),
    maxLength: numberOrText('Longest loop searched, 2–10.'),
    rank: param('"firm" or "headline".'),
    order: param('"time": only loops in time order.'),
  })
  .check(
    z.meta({
      description:
        'The view of the chapter, as link parameters (docs/url.md). What it leaves out is the default.',
    }),
  );

export const storyStepSchema = z
  .strictObject({
    title: storyText(120),
    text: storyText(1200).check(z.meta({ description: 'Plain text, never rendered as HTML.' })),
    view: storyViewSchema,
    deals: z.optional(
      z
        .array(z.string())
        .check(z.meta({ description: 'Deal ids the chapter cites (their sources are listed).' })),
    ),
  })
  .check(z.meta({ description: 'One chapter of a story.' }));

export const storySchema = z
  .strictObject({
    id: z.string().check(
      z.regex(STORY_ID_PATTERN, 'story id must be 1–80 characters of a–z, 0–9, "_", "." or "-"'),
      z.meta({
        description: 'story id: lowercase letters, digits, "_", "." or "-" (it travels in links)',
      }),
    ),
    title: storyText(160),
    steps: z
      .array(storyStepSchema)
      .check(
        z.minLength(1, 'a story needs at least one step'),
        z.maxLength(MAX_STORY_STEPS, `a story has at most ${MAX_STORY_STEPS} steps`),
      ),
  })
  .check(
    z.meta({
      description: 'A guided series of chapters over the map, opened with `story=<id>&step=N`.',
    }),
  );

export type StoryView = z.infer<typeof storyViewSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type Story = z.infer<typeof storySchema>;

/**
 * A copy of a dataset without its stories: for files cut down from it (a filter,
 * the export of a view), whose stories could cite deals that are no longer there.
 */
export function withoutStories<T extends { stories?: unknown }>(dataset: T): T {
  const copy = { ...dataset };
  delete copy.stories;
  return copy;
}
