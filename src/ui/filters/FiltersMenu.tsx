import { useEffect, useRef } from 'react';
import { COMPANY_KINDS, CONFIDENCES, DEAL_STATUSES } from '../../model';
import type { AppState } from '../../state/store';
import { useAppStore } from '../context';
import { FilterPanel } from './FilterPanel';

const selectFilters = (s: AppState) => s.view.filters;

/** A disclosure in the header holding the filters that are not in the key. */
export function FiltersMenu() {
  const f = useAppStore(selectFilters);
  const ref = useRef<HTMLDetailsElement>(null);
  const active =
    Number(f.statuses.length !== DEAL_STATUSES.length) +
    Number(f.confidences.length !== CONFIDENCES.length) +
    Number(f.kinds.length !== COMPANY_KINDS.length) +
    Number(f.minUsd > 0);

  // Clicking elsewhere or pressing Escape closes it, as menus do.
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onPointer = (e: PointerEvent) => {
      if (details.open && !details.contains(e.target as Node)) details.open = false;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && details.open) {
        e.preventDefault();
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    details.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      details.removeEventListener('keydown', onKey);
    };
  }, []);

  return (
    <details className="filters-menu" ref={ref}>
      <summary className="button">
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            d="M2 3h12M4.5 8h7M7 13h2"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
        Filters
        {active > 0 && <span className="count-badge">{active}</span>}
      </summary>
      <div className="filters-popover">
        <FilterPanel />
      </div>
    </details>
  );
}
