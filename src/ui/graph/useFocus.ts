import { useMemo } from 'react';
import type { Focus } from '../../render/emphasis';
import type { AppState } from '../../state/store';
import { useAppStore } from '../context';

const selectHoverDeal = (s: AppState) => s.hover.deal;
const selectCompany = (s: AppState) => s.view.company;
const selectDeal = (s: AppState) => s.view.deal;

/**
 * What the panels ask the graph to emphasise. Hovering a deal in the panel wins
 * over the selection (a reader previews before committing). Hovering on the map
 * itself never comes through here: the renderer folds it into the style
 * (render/style.ts resolveFocus) without a React render. `extra` lets loop and
 * path views supply a focus.
 */
export function useFocus(extra: Focus | null): Focus | null {
  const hoverDeal = useAppStore(selectHoverDeal);
  const company = useAppStore(selectCompany);
  const deal = useAppStore(selectDeal);
  return useMemo((): Focus | null => {
    if (hoverDeal) return { kind: 'deals', deals: [hoverDeal] };
    if (extra) return extra;
    if (deal) return { kind: 'deals', deals: [deal] };
    if (company) return { kind: 'company', id: company };
    return null;
  }, [hoverDeal, extra, deal, company]);
}
