/**
 * The story in view and the way between its chapters. A chapter's view goes
 * through the store as a link's would (state/story.ts), then the map eases to the
 * companies the chapter is about — instantly under reduced motion.
 */
import { useCallback, useEffect } from 'react';
import type { Story } from '../../model';
import { chapterView, findStory } from '../../state/story';
import type { AppState } from '../../state/store';
import { useAppStore, useDataset, useStoreApi } from '../context';
import { useGraphHandle, whenSettled } from '../graph/handle';
import { prefersReducedMotion } from '../media';

const selectStory = (s: AppState) => s.view.story;

export function useChapter() {
  const ref = useAppStore(selectStory);
  const dataset = useDataset();
  const store = useStoreApi();
  const graph = useGraphHandle();
  const story = ref && dataset ? findStory(dataset, ref.id) : undefined;

  const frame = useCallback(
    (companies: readonly string[]) => {
      const engines = graph?.current;
      if (!engines || companies.length === 0) return;
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const id of companies) {
        const p = engines.layout.store.get(id);
        if (!p) continue;
        [x0, y0, x1, y1] = [
          Math.min(x0, p.x),
          Math.min(y0, p.y),
          Math.max(x1, p.x),
          Math.max(y1, p.y),
        ];
      }
      if (!Number.isFinite(x0)) return;
      const pad = 70;
      x0 -= pad;
      x1 += pad;
      // The chapter's card lies over the map's left edge on a wide screen: the
      // companies go in the part it leaves free (the bounds grow under the card).
      const card = engines.surface.closest('.stage')?.querySelector('section.story');
      const box = engines.surface.getBoundingClientRect();
      const over = card ? card.getBoundingClientRect().right - box.left : 0;
      if (over > 0 && over < box.width * 0.6) x0 -= ((x1 - x0) * over) / (box.width - over);
      engines.panZoom.fit(
        { x0, y0: y0 - pad, x1, y1: y1 + pad },
        { animate: !prefersReducedMotion(), maxScale: 1.4 },
      );
    },
    [graph],
  );

  const goTo = useCallback(
    (target: Story, step: number) => {
      const view = chapterView(target, { id: target.id, step }, store.getState().view);
      store.getState().actions.setView(view);
      const ids = chapterCompanies(target, step, view, store.getState());
      requestAnimationFrame(() => frame(ids));
    },
    [store, frame],
  );

  return { ref, story, goTo, frame };
}

/** What a chapter is about: its loop, its companies, the ends of its deals. */
function chapterCompanies(
  target: Story,
  step: number,
  view: AppState['view'],
  state: AppState,
): string[] {
  const ids = new Set<string>(view.loop ?? []);
  if (view.company) ids.add(view.company);
  if (view.target) ids.add(view.target);
  const index = state.data;
  for (const dealId of target.steps[step - 1]?.deals ?? []) {
    const deal =
      index.state === 'ready' ? index.dataset.deals.find((d) => d.id === dealId) : undefined;
    if (deal) ids.add(deal.from).add(deal.to);
  }
  return [...ids];
}

/**
 * A link that opens on a chapter frames it too, once the layout has settled
 * (before that, the settling layout's own fit would undo it). The phone's sheet
 * frames its own view (PanelSheet), so this is for wide screens.
 */
export function useFrameOpenedChapter(
  story: Story | undefined,
  step: number | undefined,
  frame: (companies: readonly string[]) => void,
  enabled: boolean,
) {
  const store = useStoreApi();
  const graph = useGraphHandle();
  useEffect(() => {
    if (!enabled || !story || !step || !graph) return;
    return whenSettled(graph, () =>
      frame(chapterCompanies(story, step, store.getState().view, store.getState())),
    );
    // Also runs on a step change, framing what goTo framed: the same fit, harmless.
  }, [story, step, frame, enabled, graph, store]);
}
