/**
 * A chapter opens exactly the view its link parameters describe, over the
 * reader's own settings; an unknown story or a chapter past the end is a notice,
 * never a broken page. Real parser, real fixture, real store.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText, type Dataset } from '../model';
import { createAppStore } from './store';
import { resolveStory } from './story';
import { parseView, serializeView } from './url';

function fixture(): Dataset {
  const text = readFileSync(
    new URL('../../tests/fixtures/stories-valid.json', import.meta.url),
    'utf8',
  );
  const result = parseDatasetText(text);
  if (!result.ok) throw new Error('fixture should be valid');
  return result.dataset;
}
const dataset = fixture();
const open = (query: string) => resolveStory(parseView(query).view, dataset);

describe('resolveStory', () => {
  it("applies the chapter's view and keeps the reader's theme and dollars per GW", () => {
    const { view, notices } = open('story=seed-tour&step=2&company=amd&theme=dark&usdPerGw=40B');
    expect(notices).toEqual([]);
    expect(view.loop).toEqual(['nvidia', 'openai', 'oracle']);
    expect(view.rank).toBe('headline');
    expect(view.company).toBeNull();
    expect(view.theme).toBe('dark');
    expect(view.usdPerGw).toBe(40e9);
    expect(serializeView(view)).toBe(
      'loop=nvidia,openai,oracle&usdPerGw=40000000000&rank=headline&story=seed-tour&step=2&theme=dark',
    );
  });

  it('reads filters and a path the way a link does', () => {
    const three = open('story=seed-tour&step=3').view;
    expect(three.filters.types).toEqual(['investment', 'cloud']);
    expect(three.filters.statuses).toEqual(['closed', 'announced']);
    expect(three.filters.minUsd).toBe(1e9);
    const four = open('story=seed-tour&step=4').view;
    expect([four.company, four.target, four.filters.until]).toEqual([
      'amazon',
      'anthropic',
      '2024-12',
    ]);
  });

  it('opens the last chapter for a step past the end, and drops an unknown story', () => {
    const late = open('story=seed-tour&step=9');
    expect(late.view.story).toEqual({ id: 'seed-tour', step: 4 });
    expect(late.notices).toEqual([
      '"A short tour of the seed slice" has 4 chapters: step=9 opened chapter 4.',
    ]);
    const unknown = open('story=tour&step=2&company=nvidia');
    expect(unknown.view.story).toBeNull();
    expect(unknown.view.company).toBe('nvidia');
    expect(unknown.notices).toEqual(['No story "tour" in this dataset (it has "seed-tour").']);
  });

  it('leaves the story, keeping the view, on a click on the map or any change', () => {
    const store = createAppStore({ view: open('story=seed-tour&step=2').view });
    const { actions } = store.getState();
    actions.clearSelection();
    expect(store.getState().view.story).toBeNull();
    expect(store.getState().view.loop).toEqual(['nvidia', 'openai', 'oracle']);
    store.getState().actions.setView(open('story=seed-tour&step=1').view);
    store.getState().actions.selectCompany('amd');
    expect(store.getState().view.story).toBeNull();
    expect(store.getState().view.company).toBe('amd');
    // The theme is the reader's own: switching it keeps the chapter on screen.
    store.getState().actions.setView(open('story=seed-tour&step=1').view);
    store.getState().actions.setTheme('dark');
    expect(store.getState().view.story).toEqual({ id: 'seed-tour', step: 1 });
  });
});
