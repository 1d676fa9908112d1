/**
 * What sits over the map, beside the graph (never inside it): the story's
 * stepper while a chapter is shown, else the opening's caption.
 */
import type { AppState } from '../../state/store';
import { useAppStore, useSelectedLoop } from '../context';
import { useExplain } from './Explainer';
import { OpeningCaption } from './OpeningCaption';
import { StoryStepper } from './StoryStepper';
import { useOpening } from './useOpening';

const selectStory = (s: AppState) => s.view.story != null;
const selectOpening = (s: AppState) => s.opening;

/**
 * Which card StoryLayer shows: the chapter while a story is open, else the
 * opening's caption once it has a loop to tell, else none. The details
 * (StoryLinks) read it too, so as not to offer the same again below it.
 */
export function useStoryCard(): 'chapter' | 'caption' | null {
  const inStory = useAppStore(selectStory);
  const opening = useAppStore(selectOpening);
  const loop = useSelectedLoop();
  if (inStory) return 'chapter';
  return opening && loop != null ? 'caption' : null;
}

export function StoryLayer() {
  useOpening();
  const card = useStoryCard();
  const explain = useExplain();
  if (card === 'chapter') return <StoryStepper {...(explain ? { onExplain: explain } : {})} />;
  if (card === 'caption') return <OpeningCaption onExplain={explain} />;
  return null;
}
