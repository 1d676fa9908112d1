import { useEffect } from 'react';
import type { AppState } from '../../state/store';
import { isPlainView } from '../../state/viewState';
import { useAppStore, useLoops, useMode, useStoreApi } from '../context';

const selectView = (s: AppState) => s.view;
const selectOpening = (s: AppState) => s.opening;

/**
 * The opening: a link with no parameters opens on the top loop by firm dollars,
 * highlighted, so a new reader sees what the tool is for at once. Only in the
 * full app on the bundled data (an embed shows what its snippet asks for), and
 * never once the reader has left it (`intro=off`) or the link names anything.
 */
export function useOpening(): void {
  const mode = useMode();
  const view = useAppStore(selectView);
  const opening = useAppStore(selectOpening);
  const loops = useLoops();
  const store = useStoreApi();
  // Only a finished search knows the top loop (a pending one lists the best found so far).
  const top =
    mode === 'app' && !opening && !view.explored && isPlainView(view) && loops?.pending === false
      ? loops.loops[0]
      : undefined;
  useEffect(() => {
    if (top) store.getState().actions.startOpening(top.companies);
  }, [top, store]);
}
