import { useEffect } from 'react';
import type { AppState } from '../../state/store';
import { useActions, useAppStore, useFullIndex, useMoneyGraph, useSelectedLoop } from '../context';
import { chainText } from './text';

const selectLoop = (s: AppState) => s.view.loop;
const selectReplaying = (s: AppState) => s.replaying;

/**
 * A selected loop that no longer exists in the view (a filter removed one of
 * its deals) is cleared with a short notice — except during the time-lapse,
 * where the loop is waiting to close.
 */
export function useLoopGuard() {
  const companies = useAppStore(selectLoop);
  const replaying = useAppStore(selectReplaying);
  const graph = useMoneyGraph();
  const loop = useSelectedLoop();
  const index = useFullIndex();
  const { selectLoop: setLoop, notify } = useActions();
  useEffect(() => {
    if (!graph || !index || !companies || loop || replaying) return;
    setLoop(null);
    notify(
      `The loop ${chainText(companies, index)} is not in the current view, so it was cleared.`,
    );
  }, [graph, index, companies, loop, replaying, setLoop, notify]);
}

/**
 * The guard as a component of its own: it follows the selected loop, which
 * every click on the map changes, and the page around it must not re-render
 * with it (the whole header and stage did, on every selection).
 */
export function LoopGuard(): null {
  useLoopGuard();
  return null;
}
