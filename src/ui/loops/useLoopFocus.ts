import { useMemo } from 'react';
import { loopKey } from '../../graph';
import type { Focus } from '../../render/emphasis';
import type { AppState } from '../../state/store';
import { useAppStore, useLoops, usePaths, useSelectedLoop } from '../context';

const selectHoverLoop = (s: AppState) => s.hover.loop;
const selectStep = (s: AppState) => s.step;
const selectHoverPath = (s: AppState) => s.hover.path;

/**
 * What the loop and path views want the graph to emphasise: a hovered loop
 * (preview), else the selected loop (with the current hop while following the
 * dollar), else a hovered path, else all the paths between two companies.
 */
export function useLoopFocus(): Focus | null {
  const hoverKey = useAppStore(selectHoverLoop);
  const hoveredPath = useAppStore(selectHoverPath);
  const step = useAppStore(selectStep);
  const loops = useLoops();
  const selected = useSelectedLoop();
  const paths = usePaths();
  return useMemo((): Focus | null => {
    const hovered = hoverKey ? loops?.loops.find((l) => loopKey(l.companies) === hoverKey) : null;
    const loop = hovered ?? selected;
    if (loop) {
      const current = !hovered && step != null ? loop.hops[step]?.dealIds : undefined;
      return {
        kind: 'deals',
        deals: loop.hops.flatMap((h) => h.dealIds),
        companies: loop.companies,
        ...(current ? { current } : {}),
      };
    }
    if (hoveredPath) return { kind: 'deals', deals: hoveredPath };
    if (paths)
      return {
        kind: 'deals',
        deals: paths.paths.flatMap((p) => p.hops.flatMap((h) => h.dealIds)),
        companies: [paths.from, paths.to],
      };
    return null;
  }, [hoverKey, loops, selected, step, hoveredPath, paths]);
}
