/**
 * The story in view and the way between its chapters. A chapter's view goes
 * through the store as a link's would (state/story.ts), then the map eases to the
 * companies the chapter is about — instantly under reduced motion.
 */
import { useCallback } from 'react';
import type { Story } from '../../model';
import { chapterView, findStory } from '../../state/story';
import type { AppState } from '../../state/store';
import { useAppStore, useDataset, useStoreApi } from '../context';
import { useGraphHandle } from '../graph/handle';
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
      engines.panZoom.fit(
        { x0: x0 - pad, y0: y0 - pad, x1: x1 + pad, y1: y1 + pad },
        { animate: !prefersReducedMotion(), maxScale: 1.4 },
      );
    },
    [graph],
  );

  const goTo = useCallback(
    (target: Story, step: number) => {
      const view = chapterView(target, { id: target.id, step }, store.getState().view);
      store.getState().actions.setView(view);
      // The map frames what the chapter is about: its loop, its companies, the ends of its deals.
      const ids = new Set<string>(view.loop ?? []);
      if (view.company) ids.add(view.company);
      if (view.target) ids.add(view.target);
      const index = store.getState().data;
      for (const dealId of target.steps[step - 1]?.deals ?? []) {
        const deal =
          index.state === 'ready' ? index.dataset.deals.find((d) => d.id === dealId) : undefined;
        if (deal) ids.add(deal.from).add(deal.to);
      }
      requestAnimationFrame(() => frame([...ids]));
    },
    [store, frame],
  );

  return { ref, story, goTo };
}
