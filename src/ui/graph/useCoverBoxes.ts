/**
 * Keeps the renderer told where things lie over its surface (covers.ts), so
 * labels and dollars are placed clear of them: measured at once when a cover
 * comes or goes (in that commit, before its paint), and again whenever the
 * surface or a cover changes size (a chapter's card grows, the window turns).
 */
import { useLayoutEffect } from 'react';
import { useMapCovers } from '../context';
import type { GraphController } from './controller';
import { coverBoxes } from './covers';

export function useCoverBoxes(controller: GraphController | null): void {
  const covers = useMapCovers();
  useLayoutEffect(() => {
    if (!controller) return;
    const { surface } = controller;
    const measure = () => controller.setCovers(coverBoxes(surface, covers.list()));
    // Its callbacks come after layout, when measuring costs nothing.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    const watch = () => {
      observer?.disconnect();
      observer?.observe(surface);
      for (const { element } of covers.list()) observer?.observe(element);
      measure();
    };
    watch();
    const unsubscribe = covers.subscribe(watch);
    return () => {
      unsubscribe();
      observer?.disconnect();
    };
  }, [controller, covers]);
}
