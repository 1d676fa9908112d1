import { useSyncExternalStore } from 'react';

/** The width below which the app stacks the map over a bottom sheet (app.css agrees). */
export const NARROW_QUERY = '(max-width: 820px)';
/**
 * The width below which the opening's caption and the story's chapter lead the
 * details instead of lying over the map: under it the card would cover a quarter
 * of the map or more, and keeping the companies clear of it (render/clearFit.ts)
 * would leave the map too small to read.
 */
export const STORY_IN_PANEL_QUERY = '(max-width: 1100px)';

/** A hook that follows a media query (false where there is no matchMedia). */
function mediaHook(query: string): () => boolean {
  const subscribe = (onChange: () => void) => {
    if (typeof matchMedia !== 'function') return () => {};
    const mq = matchMedia(query);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  };
  const read = () => typeof matchMedia === 'function' && matchMedia(query).matches;
  return () => useSyncExternalStore(subscribe, read, () => false);
}

/** Whether the screen is narrow (a phone, or a desktop zoomed to 200 %). */
export const useNarrow = mediaHook(NARROW_QUERY);

/** Whether the story's cards lead the details rather than lie over the map (a narrow desktop too). */
export const useStoryInPanel = mediaHook(STORY_IN_PANEL_QUERY);
