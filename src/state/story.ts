/**
 * Stories in the view: a chapter's `view` is written as link parameters, so it
 * goes through the same codec as a link (parseView) — a chapter shows exactly
 * what its link would. The reader's own settings (theme, dataset, dollars per GW)
 * are kept across chapters.
 */
import { STORY_VIEW_PARAMS, type Dataset, type Story } from '../model';
import { parseView, type ParsedView } from './url';
import type { StoryRef, ViewState } from './viewState';

export function findStory(dataset: Dataset, id: string): Story | undefined {
  return dataset.stories?.find((s) => s.id === id);
}

/** The view of chapter `ref.step` of a story (which must exist), over the reader's settings. */
export function chapterView(story: Story, ref: StoryRef, base: ViewState): ViewState {
  const step = story.steps[ref.step - 1];
  const params = new URLSearchParams();
  if (step)
    for (const name of STORY_VIEW_PARAMS) {
      const value = step.view[name];
      if (value !== undefined) params.set(name, String(value));
    }
  const { view } = parseView(params);
  return {
    ...view,
    theme: base.theme,
    data: base.data,
    usdPerGw: base.usdPerGw,
    explored: true,
    story: { id: story.id, step: ref.step },
  };
}

/**
 * Applies the chapter a view names, once the dataset is there: an unknown story is
 * dropped (the rest of the view stays), a chapter past the end opens the last one,
 * each with a notice. A view outside a story comes back as it is.
 */
export function resolveStory(view: ViewState, dataset: Dataset): ParsedView {
  const ref = view.story;
  if (ref == null) return { view, notices: [] };
  const story = findStory(dataset, ref.id);
  if (!story) {
    const known = (dataset.stories ?? []).map((s) => `"${s.id}"`);
    return {
      view: { ...view, story: null },
      notices: [
        `No story "${ref.id}" in this dataset${known.length ? ` (it has ${known.join(', ')})` : ''}.`,
      ],
    };
  }
  const count = story.steps.length;
  if (ref.step > count)
    return {
      view: chapterView(story, { id: ref.id, step: count }, view),
      notices: [
        `"${story.title}" has ${count} chapter${count === 1 ? '' : 's'}: step=${ref.step} opened chapter ${count}.`,
      ],
    };
  return { view: chapterView(story, ref, view), notices: [] };
}
