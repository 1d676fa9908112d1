import { useState } from 'react';
import { formatDate, formatDollars, type DatasetIndex } from '../../model';
import { loopKey, type Loop } from '../../graph';
import { useActions } from '../context';
import { chainText, typeChain } from './text';

const PAGE = 12;

/**
 * Loops as a list of buttons: choosing one selects it (and its link); hovering
 * or focusing previews it in the graph.
 */
export function LoopList({
  loops,
  index,
  selectedKey,
}: {
  loops: readonly Loop[];
  index: DatasetIndex;
  selectedKey: string | null;
}) {
  const { selectLoop, setHover } = useActions();
  const [shown, setShown] = useState(PAGE);
  const visible = loops.slice(0, shown);
  return (
    <>
      <ol className="loop-list">
        {visible.map((loop) => {
          const key = loopKey(loop.companies);
          const selected = key === selectedKey;
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
                  {formatDollars({ usd: loop.circulatingUsd, estimated: loop.estimated })}
                </span>
                <span className="loop-types">{typeChain(loop.hops, index)}</span>
                <span className="loop-date">closed {formatDate(loop.closedOn)}</span>
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
