/**
 * The opening's caption over the map: one line in plain words about the loop it
 * highlights, and the ways on — the whole map, the story, the explainer.
 */
import { useRef } from 'react';
import { useActions, useDataset, useFullIndex, useMapCover, useSelectedLoop } from '../context';
import { loopCaption } from './caption';
import { useChapter } from './useChapter';

export function OpeningCaption({ onExplain }: { onExplain: (() => void) | null }) {
  const loop = useSelectedLoop();
  const index = useFullIndex();
  const dataset = useDataset();
  const { clearSelection } = useActions();
  const { goTo } = useChapter();
  const card = useRef<HTMLElement>(null);
  // Over the map on a wide screen: the map keeps its companies, names and dollars clear of it.
  useMapCover(card, { shown: loop != null && index != null, card: true });
  if (!loop || !index) return null;
  const story = dataset?.stories?.[0];
  return (
    <section className="opening" aria-labelledby="opening-title" ref={card}>
      <p id="opening-title" className="opening-kicker">
        The biggest money loop on the map
      </p>
      <p className="opening-caption">{loopCaption(loop, index)}</p>
      <div className="opening-actions">
        <button
          type="button"
          className="button"
          onClick={(e) => {
            // Focus goes to the panel's heading, which now describes the whole map
            // (left to itself, it would return to the loop's row and preview it again).
            const root = e.currentTarget.getRootNode() as Document | ShadowRoot;
            root.querySelector<HTMLElement>('#details-title')?.focus({ preventScroll: true });
            clearSelection();
          }}
        >
          Explore the whole map
        </button>
        {story && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              goTo(story, 1);
              requestAnimationFrame(() =>
                document.getElementById('story-chapter-title')?.focus({ preventScroll: true }),
              );
            }}
          >
            Start the story
          </button>
        )}
        {onExplain && (
          <button type="button" className="link-button" onClick={onExplain}>
            What makes a deal circular?
          </button>
        )}
      </div>
    </section>
  );
}
