import { useMemo } from 'react';
import type { Focus } from '../../render/emphasis';
import type { AppState } from '../../state/store';
import { useAppStore } from '../context';

const selectHover = (s: AppState) => s.hover;
const selectCompany = (s: AppState) => s.view.company;
const selectDeal = (s: AppState) => s.view.deal;

/**
 * What the graph emphasises. Hovering a deal wins over the selection (a reader
 * previews before committing); with nothing selected, hovering a company
 * previews its neighbourhood. `extra` lets loop and path views supply a focus.
 */
export function useFocus(extra: Focus | null): Focus | null {
  const hover = useAppStore(selectHover);
  const company = useAppStore(selectCompany);
  const deal = useAppStore(selectDeal);
  return useMemo((): Focus | null => {
    if (hover.deal) return { kind: 'deals', deals: [hover.deal] };
    if (extra) return extra;
    if (deal) return { kind: 'deals', deals: [deal] };
    if (company) return { kind: 'company', id: company };
    if (hover.company) return { kind: 'company', id: hover.company };
    return null;
  }, [hover.deal, hover.company, extra, deal, company]);
}
