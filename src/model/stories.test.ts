/**
 * Stories go through the same door as the rest of a dataset: the real parser on
 * real files (tests/fixtures/stories-*.json), with every problem located.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseDataset, parseDatasetText } from './parse';
import { withoutStories } from './storySchema';

const read = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), 'utf8');

// The raw JSON is edited freely to make bad inputs, so it is typed loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;
const valid = (): Raw => JSON.parse(read('stories-valid.json'));

function errorsOf(input: unknown): string[] {
  const result = parseDataset(input);
  if (result.ok) throw new Error('expected the dataset to be invalid');
  return result.errors.map(formatProblem);
}

describe('stories in a dataset', () => {
  it('parses a file with a story, keeping its chapters in order', () => {
    const result = parseDatasetText(read('stories-valid.json'));
    if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
    const story = result.dataset.stories?.[0];
    expect(story?.id).toBe('seed-tour');
    expect(story?.steps.map((s) => s.title)).toEqual([
      'Microsoft and OpenAI',
      'Nvidia, OpenAI and Oracle',
      'Only the firm deals',
      'Amazon and Anthropic',
    ]);
    expect(story?.steps[1]?.view).toEqual({ loop: 'nvidia,openai,oracle', rank: 'headline' });
  });

  it('is optional: the seed slice has none and is valid', () => {
    const raw = valid();
    delete raw.stories;
    expect(parseDataset(raw).ok).toBe(true);
  });

  it('locates every problem of the invalid fixture', () => {
    expect(errorsOf(JSON.parse(read('stories-invalid.json'))).sort()).toEqual(
      [
        'stories[0].steps[0].view.company: unknown company "nvidai"',
        'stories[0].steps[1].deals[1]: unknown deal "no-such-deal"',
        'stories[0].steps[2].view.types: unknown "chip": expected any of investment, cloud, chips, warrant, backstop, revenue_share, partnership',
        'stories[0].steps[2].view.maxLength: must be a whole number from 2 to 10',
        'stories[0].steps[2].view.rank: must be "firm" or "headline"',
        'stories[0].steps[2].view.from: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
        'stories[0].steps[2].view.loop: a loop passes each company once ("nvidia" repeats)',
        'stories[0].steps[3].view.to: needs a "company" to start from',
        'stories[0].steps[3].view.minUsd: "lots" is not an amount such as 5000000000 or 5B',
        'stories[1].id: duplicate story id "tour" (first at stories[0])',
        'stories[2].steps: a story needs at least one step',
        'stories[3].steps[0].view: unknown field "theme"',
        'stories[3].steps[0]: unknown field "html"',
      ].sort(),
    );
  });

  it('checks the companies of a loop and of a path, and the deal of a view', () => {
    const raw = valid();
    raw.stories[0].steps[1].view = { loop: 'nvidia,openai,oracel', deal: 'nope' };
    raw.stories[0].steps[3].view = { company: 'amazon', to: 'amazon' };
    expect(errorsOf(raw)).toEqual([
      'stories[0].steps[1].view.loop: unknown company "oracel"',
      'stories[0].steps[1].view.deal: unknown deal "nope"',
      'stories[0].steps[3].view.to: is the same as "company"',
    ]);
  });

  it('requires a title, a text and a view in every chapter, and text that is not blank', () => {
    const raw = valid();
    raw.stories[0].steps[0] = { title: 'No text', view: {} };
    raw.stories[0].steps[1].text = '   ';
    delete raw.stories[0].steps[2].view;
    expect(errorsOf(raw)).toEqual([
      'stories[0].steps[0].text: required',
      'stories[0].steps[1].text: must not be empty',
      'stories[0].steps[2].view: required',
    ]);
  });

  it('refuses a story id that cannot travel in a link, and dates in the wrong order', () => {
    const raw = valid();
    raw.stories[0].id = 'Tour 1';
    raw.stories[0].steps[0].view = { from: '2025', until: '2024-06', minUsd: -5 };
    expect(errorsOf(raw)).toEqual([
      'stories[0].id: story id must be 1–80 characters of a–z, 0–9, "_", "." or "-"',
      'stories[0].steps[0].view.minUsd: must be a whole number of dollars from 0 to $100T',
      'stories[0].steps[0].view.from: is later than "until" (2024-06)',
    ]);
  });

  it('keeps text as the plain characters it was given (HTML is not interpreted)', () => {
    const raw = valid();
    raw.stories[0].steps[0].text = '<img src=x onerror=alert(1)> & more';
    const result = parseDataset(raw);
    expect(result.ok && result.dataset.stories?.[0]?.steps[0]?.text).toBe(
      '<img src=x onerror=alert(1)> & more',
    );
  });

  it('leaves stories out of a cut-down copy', () => {
    const result = parseDatasetText(read('stories-valid.json'));
    if (!result.ok) throw new Error('fixture should be valid');
    const copy = withoutStories(result.dataset);
    expect('stories' in copy).toBe(false);
    expect(result.dataset.stories).toHaveLength(1);
  });
});
