/**
 * The "Money loops" region: every loop through the selected company (or the
 * top loops of the whole view), ranked by the dollars that can have gone all
 * the way round, with the player for the selected loop. Direct loops (2 or 3
 * companies) come first; longer chains of separate deals follow under their own
 * heading (graph/chains.ts says why).
 */
import { useId, useMemo, useState } from 'react';
import {
  DIRECT_LOOP_MAX,
  directFirst,
  loopKey,
  MAX_LENGTH,
  MIN_LENGTH,
  type LoopSearch,
} from '../../graph';
import type { DatasetIndex } from '../../model';
import type { AppState } from '../../state/store';
import { useActions, useAppStore, useSelectedLoop } from '../context';
import { LoopList } from './LoopList';
import { LoopPlayer } from './LoopPlayer';
import { sortLoops, type LoopSort } from './sortLoops';

const selectMaxLength = (s: AppState) => s.view.maxLength;
const selectRank = (s: AppState) => s.view.rank;
const selectInOrder = (s: AppState) => s.view.inOrder;

/**
 * Loop rows in the first paint after a click: on a wide screen the summary,
 * the controls and about five rows fill the panel; the rest follow it.
 */
const FIRST_SCREEN = 5;

/** The sort menu: the two rankings (the search's own order, kept in the link) and two re-sorts. */
type SortChoice = 'firm' | 'headline' | 'length' | 'date';

export function LoopsSection({
  search,
  index,
  companyName,
}: {
  /** `pending`: the search goes on in the loop worker (state/loopService.ts). */
  search: LoopSearch & { readonly pending?: boolean };
  index: DatasetIndex;
  /** The company the loops go through; absent for the top loops of the view. */
  companyName?: string;
}) {
  const maxLength = useAppStore(selectMaxLength);
  const rank = useAppStore(selectRank);
  const inOrder = useAppStore(selectInOrder);
  const { setMaxLength, setRank, setInOrder } = useActions();
  const selected = useSelectedLoop();
  const [sort, setSort] = useState<LoopSort>('ranked');
  const sortId = useId();
  const lengthId = useId();
  const titleId = useId();
  const orderId = useId();
  const chainsId = useId();
  // Direct loops first, then the longer chains of separate deals, each in the chosen order.
  const { direct, chains } = useMemo(
    () => directFirst(sortLoops(search.loops, sort, rank)),
    [search.loops, sort, rank],
  );
  const choice: SortChoice = sort === 'ranked' ? rank : sort;
  const choose = (value: SortChoice) => {
    if (value === 'firm' || value === 'headline') {
      setSort('ranked');
      setRank(value);
    } else setSort(value);
  };
  const figure = rank === 'firm' ? 'firm dollars' : 'headline dollars';
  const selectedKey = selected ? loopKey(selected.companies) : null;
  const pending = search.pending === true;
  const count = search.truncated
    ? `${search.total.toLocaleString('en-US')}+`
    : String(search.total);
  const through = companyName ? ` through ${companyName}` : ' in this view';

  return (
    <section className="loops" aria-labelledby={titleId} aria-busy={pending || undefined}>
      <h3 id={titleId}>{companyName ? 'Money loops' : 'Top money loops'}</h3>
      <p className="loops-summary">
        {pending && search.total === 0 ? (
          <>Searching for loops{through}…</>
        ) : search.total === 0 ? (
          companyName ? (
            <>No money comes back to {companyName} in this view.</>
          ) : (
            <>No money goes round in this view.</>
          )
        ) : (
          <>
            <strong>{count}</strong> loop{search.total === 1 && !pending ? '' : 's'}
            {inOrder ? ' in time order' : ''}
            {through} of up to {maxLength} companies,{pending ? ' so far,' : ''} ranked by the{' '}
            {figure} that can have gone all the way round.
          </>
        )}
      </p>
      {pending ? (
        <p className="loops-truncated loops-searching" role="note">
          Still searching
          {search.loops.length > 0 ? ': these are the biggest of the loops found so far' : ''}; the
          list updates when the search is done.
        </p>
      ) : (
        search.truncated && (
          <p className="loops-truncated" role="note">
            {search.stoppedBy === 'time'
              ? `The search stopped after ${Math.round(search.elapsedMs)} ms: these are the biggest of the loops found so far; more exist.`
              : `More loops exist: showing the top ${search.loops.length.toLocaleString('en-US')} by ${figure}.`}
          </p>
        )
      )}
      <div className="loops-controls">
        <label htmlFor={sortId}>Sort</label>
        <select id={sortId} value={choice} onChange={(e) => choose(e.target.value as SortChoice)}>
          <option value="firm">Firm dollars</option>
          <option value="headline">Headline dollars</option>
          <option value="length">Length</option>
          <option value="date">Date</option>
        </select>
        <label htmlFor={lengthId}>Up to</label>
        <select
          id={lengthId}
          value={maxLength}
          onChange={(e) => setMaxLength(Number(e.target.value))}
        >
          {Array.from({ length: MAX_LENGTH - MIN_LENGTH + 1 }, (_, i) => MIN_LENGTH + i).map(
            (n) => (
              <option key={n} value={n}>
                {n} companies
              </option>
            ),
          )}
        </select>
        <label className="switch" htmlFor={orderId}>
          <input
            id={orderId}
            type="checkbox"
            role="switch"
            checked={inOrder}
            onChange={(e) => setInOrder(e.target.checked)}
          />
          <span className="switch-track" aria-hidden="true" />
          Only loops in time order
        </label>
      </div>
      {selected && <LoopPlayer loop={selected} index={index} />}
      {direct.length > 0 && (
        <LoopList
          key={search.through ?? ''}
          loops={direct}
          index={index}
          selectedKey={selectedKey}
          first={FIRST_SCREEN}
        />
      )}
      {chains.length > 0 && (
        <section className="loop-chains" aria-labelledby={chainsId}>
          <h4 id={chainsId}>Longer chains of separate deals ({chains.length})</h4>
          <p className="small muted">
            Loops of more than {DIRECT_LOOP_MAX} companies join deals that nothing in the data ties
            together: money can have gone round, but these are separate deals, not one story.
          </p>
          <LoopList
            key={search.through ?? ''}
            loops={chains}
            index={index}
            selectedKey={selectedKey}
            first={Math.max(0, FIRST_SCREEN - direct.length)}
          />
        </section>
      )}
    </section>
  );
}
