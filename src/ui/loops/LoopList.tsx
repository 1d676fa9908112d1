import { useState } from 'react';
import { formatDate, type DatasetIndex } from '../../model';
import { isChain, loopKey, type Loop } from '../../graph';
import { useActions, useDataset } from '../context';
import { firmText, gapText, headlineText, loopGaps } from './money';
import { chainText, typeChain } from './text';
import { useAfterCommit } from '../useAfterFirstPaint';

const PAGE = 12;

/**
 * Loops as a list of buttons: choosing one selects it (and its link); hovering
 * or focusing previews it in the graph.
 */
export function LoopList({
  loops,
  index,
  selectedKey,
  first = PAGE,
}: {
  loops: readonly Loop[];
  index: DatasetIndex;
  selectedKey: string | null;
  /** Rows in the first paint of the list (about a screenful); the rest of the page follows it. */
  first?: number;
}) {
  const { selectLoop, setHover } = useActions();
  const perGw = useDataset()?.assumptions?.usdPerGigawatt;
  const [shown, setShown] = useState(PAGE);
  // Per mount: the list is keyed by the company, so a click mounts a new one;
  // new loops for the same list (a finished search, a sort) render in full at once.
  // The rest follows a task after the first rows' commit, also when the list
  // first renders in a deferred render (the intro's panel, after the map).
  const painted = useAfterCommit(true);
  const visible = loops.slice(0, painted ? shown : Math.min(shown, first));
  return (
    <>
      <ol className="loop-list">
        {visible.map((loop) => {
          const key = loopKey(loop.companies);
          const selected = key === selectedKey;
          const headline = headlineText(loop);
          const gaps = headline ? gapText(loopGaps(loop.hops, index, perGw)) : '';
          return (
            <li key={key}>
              <button
                type="button"
                className="loop-item"
                data-loop-key={key}
                aria-pressed={selected}
                onClick={() => selectLoop(selected ? null : loop.companies)}
                onMouseEnter={() => setHover({ loop: key })}
                onMouseLeave={() => setHover({ loop: null })}
                onFocus={() => setHover({ loop: key })}
                onBlur={() => setHover({ loop: null })}
              >
                <span className="loop-chain">{chainText(loop.companies, index)}</span>
                <span className="loop-amount">
                  <span className="loop-firm">{firmText(loop)}</span>
                  {headline && (
                    <span className="loop-headline">
                      {' · '}
                      {headline}
                    </span>
                  )}
                </span>
                <span className="loop-types">
                  {typeChain(loop.hops, index)}
                  {gaps && (
                    <span
                      className="loop-gap"
                      title="What the gap between firm and headline rests on"
                    >
                      {gaps}
                    </span>
                  )}
                </span>
                <span className="loop-date">
                  {loop.inOrder && (
                    <span
                      className="loop-order"
                      title="One deal per hop can be picked so that each follows the one before: the same money can have gone round"
                    >
                      in time order
                    </span>
                  )}
                  complete since {formatDate(loop.closedOn)}
                  {isChain(loop) && (
                    <span className="loop-chain-note">
                      {' · '}a chain of {loop.companies.length} separate deals
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {loops.length > shown && (
        <button
          type="button"
          className="button show-more"
          onClick={() => setShown((n) => n + PAGE * 2)}
        >
          Show more ({loops.length - shown} more)
        </button>
      )}
    </>
  );
}
