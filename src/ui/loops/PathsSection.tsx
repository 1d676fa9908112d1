/**
 * Money paths between two companies (a second company chosen with shift-click
 * or shift-Enter): every way money gets from one to the other, shortest first.
 */
import { useId, useState } from 'react';
import type { PathSearch } from '../../graph';
import { formatDate, formatDollars, type DatasetIndex } from '../../model';
import { useActions } from '../context';
import { chainText, typeChain } from './text';

const PAGE = 12;

export function PathsSection({
  search,
  index,
}: {
  search: PathSearch | null;
  index: DatasetIndex;
}) {
  const { selectCompany, setHover } = useActions();
  const onHover = (path: readonly string[] | null) => setHover({ path });
  const [shown, setShown] = useState(PAGE);
  const titleId = useId();
  if (!search) return null;
  const from = index.companyById.get(search.from)?.name ?? search.from;
  const to = index.companyById.get(search.to)?.name ?? search.to;
  return (
    <section className="loops paths" aria-labelledby={titleId}>
      <h3 id={titleId}>Money paths</h3>
      <p className="loops-summary">
        {search.total === 0 ? (
          <>
            No money goes from {from} to {to} in this view (up to {search.maxLength} companies).
          </>
        ) : (
          <>
            <strong>{search.truncated ? `${search.total}+` : search.total}</strong> way
            {search.total === 1 ? '' : 's'} money goes from {from} to {to}, shortest first.
          </>
        )}{' '}
        <button type="button" className="link-button" onClick={() => selectCompany(search.from)}>
          Back to {from}’s loops
        </button>
      </p>
      <ol className="loop-list">
        {search.paths.slice(0, shown).map((p) => {
          const deals = p.hops.flatMap((h) => h.dealIds);
          return (
            <li key={p.companies.join()}>
              <div
                className="loop-item"
                role="group"
                aria-label={chainText(p.companies, index, false)}
                onMouseEnter={() => onHover(deals)}
                onMouseLeave={() => onHover(null)}
              >
                <span className="loop-chain">{chainText(p.companies, index, false)}</span>
                <span className="loop-amount">
                  {formatDollars({ usd: p.throughputUsd, estimated: p.estimated })}
                </span>
                <span className="loop-types">{typeChain(p.hops, index)}</span>
                <span className="loop-date">since {formatDate(p.openedOn)}</span>
              </div>
            </li>
          );
        })}
      </ol>
      {search.paths.length > shown && (
        <button
          type="button"
          className="button show-more"
          onClick={() => setShown((n) => n + PAGE * 2)}
        >
          Show more ({search.paths.length - shown} more)
        </button>
      )}
    </section>
  );
}
