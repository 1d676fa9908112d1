/**
 * What a table row's "Show" does: select the loop or deal in the store, switch
 * back to the map (synchronously, so the details exist), bring the companies
 * into view and move focus to what now describes the selection — the loop in
 * the panel's list, else the details heading. Focus never falls to <body>.
 */
import { useCallback } from 'react';
import { flushSync } from 'react-dom';
import { loopKey } from '../../graph';
import { useActions } from '../context';
import { useGraphHandle } from '../graph/handle';
import { showOnMap } from '../a11y/showOnMap';
import type { ShowTarget } from './TableView';

export function useShowFromTable(toMap: () => void) {
  const { selectLoop, selectDeal } = useActions();
  const graph = useGraphHandle();
  return useCallback(
    (target: ShowTarget, from: HTMLElement) => {
      // The root (document or shadow root) and the instance's box, before the table goes.
      const root = from.closest('.app, .embed') ?? from.getRootNode();
      flushSync(() => {
        if ('loop' in target) selectLoop(target.loop);
        else selectDeal(target.deal);
        toMap();
      });
      const companies = 'loop' in target ? target.loop : target.companies;
      showOnMap(graph?.current ?? null, companies);
      const scope =
        root instanceof Element || root instanceof Document || root instanceof ShadowRoot
          ? root
          : document;
      const wanted = [
        ...('loop' in target ? [`[data-loop-key="${CSS.escape(loopKey(target.loop))}"]`] : []),
        '#details-title',
        '[data-focus-fallback]',
      ];
      for (const sel of wanted) {
        const el = scope.querySelector<HTMLElement>(sel);
        if (!el) continue;
        el.focus();
        if (el.ownerDocument.activeElement === el || el.matches(':focus')) return;
      }
    },
    [selectLoop, selectDeal, graph, toMap],
  );
}
