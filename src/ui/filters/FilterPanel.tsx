/**
 * Status, confidence, company kind and minimum amount. "Confirmed only" is the
 * one switch most readers want; the checkboxes beneath it say exactly what it
 * means and let a reader add letters of intent or reported talks back.
 */
import { useId } from 'react';
import {
  COMPANY_KINDS,
  CONFIDENCE_LABELS,
  CONFIDENCES,
  CONFIRMED_STATUSES,
  DEAL_STATUSES,
  formatUsd,
  KIND_LABELS,
  STATUS_LABELS,
} from '../../model';
import { isDefaultFilters } from '../../graph/filter';
import type { AppState } from '../../state/store';
import { DEFAULT_FILTERS } from '../../state/viewState';
import { useActions, useAppStore, useLoadedDataset } from '../context';
import { toggleIn } from './listToggle';

const selectFilters = (s: AppState) => s.view.filters;
const MIN_USD_STEPS = [0, 1e9, 5e9, 10e9, 25e9, 50e9, 100e9];

export function FilterPanel() {
  const filters = useAppStore(selectFilters);
  const { setFilters } = useActions();
  const minId = useId();
  const confirmedOnly =
    filters.statuses.length === CONFIRMED_STATUSES.length &&
    CONFIRMED_STATUSES.every((s) => filters.statuses.includes(s));
  const steps = MIN_USD_STEPS.includes(filters.minUsd)
    ? MIN_USD_STEPS
    : [...MIN_USD_STEPS, filters.minUsd].sort((a, b) => a - b);

  return (
    <div className="filter-panel">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={confirmedOnly}
          onChange={(e) =>
            setFilters({ statuses: e.target.checked ? CONFIRMED_STATUSES : DEAL_STATUSES })
          }
        />
        <span className="switch-track" aria-hidden="true" />
        Confirmed only
      </label>
      <fieldset>
        <legend>Status</legend>
        {DEAL_STATUSES.map((s) => (
          <label key={s} className="check">
            <input
              type="checkbox"
              checked={filters.statuses.includes(s)}
              onChange={(e) =>
                setFilters({
                  statuses: toggleIn(DEAL_STATUSES, filters.statuses, s, e.target.checked),
                })
              }
            />
            {STATUS_LABELS[s]}
            {(s === 'loi' || s === 'reported') && (
              <span className="dash-sample" aria-hidden="true" title="drawn dashed" />
            )}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Confidence</legend>
        {CONFIDENCES.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={filters.confidences.includes(c)}
              onChange={(e) =>
                setFilters({
                  confidences: toggleIn(CONFIDENCES, filters.confidences, c, e.target.checked),
                })
              }
            />
            {CONFIDENCE_LABELS[c]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Companies</legend>
        {COMPANY_KINDS.map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={filters.kinds.includes(k)}
              onChange={(e) =>
                setFilters({ kinds: toggleIn(COMPANY_KINDS, filters.kinds, k, e.target.checked) })
              }
            />
            <span className={`dot kind-${k}`} aria-hidden="true" />
            {KIND_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={minId}>Minimum amount</label>
        <select
          id={minId}
          value={filters.minUsd}
          onChange={(e) => setFilters({ minUsd: Number(e.target.value) })}
        >
          {steps.map((v) => (
            <option key={v} value={v}>
              {v === 0 ? 'Any amount' : `${formatUsd(v)} or more`}
            </option>
          ))}
        </select>
        {filters.minUsd > 0 && <p className="hint">Deals of unknown amount are hidden.</p>}
      </div>
      <GigawattField />
      <button
        type="button"
        className="button"
        disabled={isDefaultFilters(filters)}
        onClick={() => setFilters(DEFAULT_FILTERS)}
      >
        Reset all filters
      </button>
    </div>
  );
}

const selectUsdPerGw = (s: AppState) => s.view.usdPerGw;
const GW_STEPS = [20e9, 25e9, 35e9, 47e9, 50e9, 60e9];

/**
 * One unit for money and compute: deals quoted only in gigawatts count at this
 * many dollars per GW. The dataset sets a default; the reader may try another,
 * and every total, size and loop follows.
 */
function GigawattField() {
  const usdPerGw = useAppStore(selectUsdPerGw);
  const dataset = useLoadedDataset();
  const { setUsdPerGw } = useActions();
  const id = useId();
  const base = dataset?.assumptions?.usdPerGigawatt ?? null;
  const value = usdPerGw ?? base;
  const steps = [
    ...new Set([...GW_STEPS, ...(base != null ? [base] : []), ...(value != null ? [value] : [])]),
  ].sort((a, b) => a - b);
  return (
    <div className="field">
      <label htmlFor={id}>Dollars per gigawatt</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => {
          const next = Number(e.target.value);
          setUsdPerGw(next === base ? null : next);
        }}
      >
        {base == null && <option value="">Not set (GW deals count as unknown)</option>}
        {steps.map((v) => (
          <option key={v} value={v}>
            {formatUsd(v)} per GW{v === base ? ' (the dataset’s)' : ''}
          </option>
        ))}
      </select>
      <p className="hint">
        Deals quoted only in gigawatts count at this rate (marked ≈). Reported estimates run from
        about $20B to $60B per GW.
      </p>
    </div>
  );
}
