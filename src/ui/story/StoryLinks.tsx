import { useDataset } from '../context';
import { useExplain } from './Explainer';
import { useChapter } from './useChapter';

/** In the panel, with nothing selected: the story to start, and the explainer. */
export function StoryLinks() {
  const dataset = useDataset();
  const explain = useExplain();
  const { goTo } = useChapter();
  const story = dataset?.stories?.[0];
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
