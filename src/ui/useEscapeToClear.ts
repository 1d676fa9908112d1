import { useEffect } from 'react';
import { useKeyScope, useStoreApi } from './context';

/**
 * Escape steps back: from a deal to its company, then to nothing. Ignored while
 * typing in a field or inside a dialog, which handle Escape themselves.
 */
export function useEscapeToClear() {
  const store = useStoreApi();
  const scope = useKeyScope();
  useEffect(() => {
    const onKey = (event: Event) => {
      const e = event as KeyboardEvent;
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const el = e.target as HTMLElement | null;
      if (el?.closest('input, textarea, select, dialog, [role="combobox"]')) return;
      const { view, actions } = store.getState();
      if (view.deal) actions.selectDeal(null);
      else if (view.loop) actions.selectLoop(null);
      else actions.clearSelection();
    };
    scope.addEventListener('keydown', onKey);
    return () => scope.removeEventListener('keydown', onKey);
  }, [store, scope]);
}
