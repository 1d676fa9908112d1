/**
 * The key is also the type filter: each deal type's colour sits next to its
 * checkbox (named by the type's label), with "only" and "all" shortcuts.
 */
import { useEffect, useRef } from 'react';
import { COMPANY_KINDS, DEAL_TYPES, KIND_LABELS, TYPE_LABELS, type Dataset } from '../../model';
import type { AppState } from '../../state/store';
import { useActions, useAppStore } from '../context';
import { TypeSwatch } from '../TypeSwatch';
import { toggleIn } from './listToggle';

const selectTypes = (s: AppState) => s.view.filters.types;

export function TypeKey({ dataset, compact = false }: { dataset: Dataset; compact?: boolean }) {
  const types = useAppStore(selectTypes);
  const { setFilters } = useActions();
  const present = DEAL_TYPES.filter((t) => dataset.deals.some((d) => d.type === t));
  const kinds = COMPANY_KINDS.filter((k) => dataset.companies.some((c) => c.kind === k));
  const allOn = present.every((t) => types.includes(t));
  const shown = present.filter((t) => types.includes(t)).length;
  // Open on wide screens; folded on phones, where the graph needs the room.
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && typeof matchMedia === 'function')
      ref.current.open = matchMedia('(min-width: 821px)').matches && !compact;
  }, [compact]);
  const key = (
    <div className={compact ? 'key key-compact' : 'key'}>
      <fieldset className="key-types">
        <legend className="visually-hidden">Deal types shown</legend>
        {present.map((t) => (
          <span key={t} className="key-type">
            <label>
              <input
                type="checkbox"
                checked={types.includes(t)}
                onChange={(e) =>
                  setFilters({ types: toggleIn(DEAL_TYPES, types, t, e.target.checked) })
                }
              />
              <TypeSwatch type={t} />
              {TYPE_LABELS[t]}
            </label>
            {!compact && (
              <button
                type="button"
                className="key-only"
                aria-label={`Show only ${TYPE_LABELS[t]}`}
                onClick={() => setFilters({ types: [t] })}
              >
                only
              </button>
            )}
          </span>
        ))}
        {!allOn && (
          <button
            type="button"
            className="key-all"
            onClick={() => setFilters({ types: DEAL_TYPES })}
          >
            Show all types
          </button>
        )}
      </fieldset>
      <ul className="key-kinds" aria-label="Company kinds">
        {kinds.map((k) => (
          <li key={k}>
            <span className={`dot kind-${k}`} aria-hidden="true" />
            {KIND_LABELS[k]}
          </li>
        ))}
      </ul>
      {!compact && (
        <p className="key-notes">
          Arrows point the way money flows; width shows dollars, circle area the money through a
          company. <span className="dash-sample" aria-hidden="true" /> letter of intent or reported
          talks · <span className="dot-sample" aria-hidden="true" /> amount unknown · ≈ estimated
          from gigawatts.
        </p>
      )}
    </div>
  );
  // The embed's key is always shown, small and without the notes.
  if (compact) return key;
  return (
    <details className="key-disclosure" ref={ref}>
      <summary>
        Key and deal types{' '}
        <span className="muted">
          ({shown} of {present.length} types shown)
        </span>
      </summary>
      {key}
    </details>
  );
}
