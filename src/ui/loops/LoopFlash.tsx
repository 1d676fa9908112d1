/**
 * During the time-lapse, a loop lights up at the moment it closes: the biggest
 * loop that appears in a month is highlighted in the graph and named in a card
 * (and announced to screen readers).
 */
import { useEffect, useRef, useState } from 'react';
import { loopKey, type Loop } from '../../graph';
import { formatDate, type DatasetIndex } from '../../model';
import type { AppState } from '../../state/store';
import { useActions, useAppStore, useLoops } from '../context';
import { firmText, headlineText } from './money';
import { chainText } from './text';

const selectReplaying = (s: AppState) => s.replaying;
const FLASH_MS = 1400;

export function LoopFlash({ index }: { index: DatasetIndex }) {
  const replaying = useAppStore(selectReplaying);
  const search = useLoops();
  const { setHover } = useActions();
  const seen = useRef<Set<string> | null>(null);
  const [flash, setFlash] = useState<Loop | null>(null);

  useEffect(() => {
    // A pending search (state/loopService.ts) is not yet the month's loops: wait for its result.
    if (search?.pending) return;
    if (!replaying || !search) {
      seen.current = null;
      return;
    }
    const keys = new Set(search.loops.map((l) => loopKey(l.companies)));
    const before = seen.current;
    seen.current = keys;
    if (!before) return;
    // Loops arrive sorted by dollars: the first new one is the biggest.
    const fresh = search.loops.find((l) => !before.has(loopKey(l.companies)));
    if (fresh) {
      setFlash(fresh);
      setHover({ loop: loopKey(fresh.companies) });
    }
  }, [replaying, search, setHover]);

  useEffect(() => {
    if (!flash) return;
    const t = setTimeout(() => {
      setFlash(null);
      setHover({ loop: null });
    }, FLASH_MS);
    return () => clearTimeout(t);
  }, [flash, setHover]);

  return (
    <div className="loop-flash-area" aria-live="polite">
      {flash && (
        <p className="loop-flash">
          <span className="loop-flash-label">Loop complete · {formatDate(flash.closedOn)}</span>
          <span>{chainText(flash.companies, index)}</span>
          <strong>
            {firmText(flash)}
            {headlineText(flash) ? ` · ${headlineText(flash)}` : ''}
          </strong>
        </p>
      )}
    </div>
  );
}
