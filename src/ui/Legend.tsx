import { COMPANY_KINDS, DEAL_TYPES, KIND_LABELS, TYPE_LABELS, type Dataset } from '../model';

/**
 * The key: deal types by colour (only those present in the data), line styles,
 * and company kinds. Filters hook into the type rows.
 */
export function Legend({ dataset, compact = false }: { dataset: Dataset; compact?: boolean }) {
  const types = DEAL_TYPES.filter((t) => dataset.deals.some((d) => d.type === t));
  const kinds = COMPANY_KINDS.filter((k) => dataset.companies.some((c) => c.kind === k));
  return (
    <div className={compact ? 'legend legend-compact' : 'legend'}>
      <ul className="legend-types" aria-label="Deal types">
        {types.map((t) => (
          <li key={t}>
            <svg
              className={`swatch type-${t}`}
              width="22"
              height="10"
              viewBox="0 0 22 10"
              aria-hidden="true"
            >
              <path d="M1 5H15" strokeWidth="2.5" />
              <path d="M21 5L14 1.5V8.5Z" />
            </svg>
            {TYPE_LABELS[t]}
          </li>
        ))}
      </ul>
      <ul className="legend-kinds" aria-label="Company kinds">
        {kinds.map((k) => (
          <li key={k}>
            <span className={`dot kind-${k}`} aria-hidden="true" />
            {KIND_LABELS[k]}
          </li>
        ))}
      </ul>
      {!compact && (
        <p className="legend-notes">
          Arrows point the way money flows. Width = dollars.{' '}
          <span className="dash-sample" aria-hidden="true" /> letter of intent or reported talks;{' '}
          <span className="dot-sample" aria-hidden="true" /> amount unknown; ≈ estimated from
          gigawatts.
        </p>
      )}
    </div>
  );
}
