/**
 * What sits over the map, beside the graph (never inside it): the story's
 * stepper while a chapter is shown, else the opening's caption.
 */
import type { AppState } from '../../state/store';
import { useAppStore } from '../context';
import { useExplain } from './Explainer';
import { OpeningCaption } from './OpeningCaption';
import { StoryStepper } from './StoryStepper';
import { useOpening } from './useOpening';

const selectStory = (s: AppState) => s.view.story != null;
const selectOpening = (s: AppState) => s.opening;

export function StoryLayer() {
  useOpening();
  const inStory = useAppStore(selectStory);
  const opening = useAppStore(selectOpening);
  const explain = useExplain();
  if (inStory) return <StoryStepper {...(explain ? { onExplain: explain } : {})} />;
  if (opening) return <OpeningCaption onExplain={explain} />;
  return null;
}
