import { useStoryInPanel } from '../a11y/useNarrow';
import { useDataset, useMode } from '../context';
import { useExplain } from './Explainer';
import { useStoryCard } from './StoryLayer';
import { useChapter } from './useChapter';

/**
 * In the panel, with nothing selected: the story to start, and the explainer —
 * but not twice. Where a chapter or the opening's caption leads this same
 * column (a phone, a narrow desktop: App.tsx) it offers both just above; and a
 * story already open is not started again.
 */
export function StoryLinks() {
  const dataset = useDataset();
  const explain = useExplain();
  const { goTo } = useChapter();
  const card = useStoryCard();
  const inPanel = useStoryInPanel();
  // The embed's cards lie over its map whatever its width (EmbedApp.tsx).
  const mode = useMode();
  if (card && inPanel && mode === 'app') return null;
  const story = card === 'chapter' ? undefined : dataset?.stories?.[0];
  if (!story && !explain) return null;
  return (
    <p className="story-links">
      {story && (
        <button type="button" className="button" onClick={() => goTo(story, 1)}>
          Start the story: {story.title}
        </button>
      )}
      {explain && (
        <button type="button" className="link-button" onClick={explain}>
          What makes a deal circular?
        </button>
      )}
    </p>
  );
}
