import { compareLoops, type Loop, type Rank } from '../../graph';
import { dateStart } from '../../model';

/** `ranked`: the engine's order, by the view's rank (firm or headline dollars). */
export type LoopSort = 'ranked' | 'length' | 'date';

/** The engine's order is by the ranked figure; the other orders fall back to it on ties. */
export function sortLoops(loops: readonly Loop[], sort: LoopSort, rank: Rank): readonly Loop[] {
  if (sort === 'ranked') return loops;
  const copy = [...loops];
  const byRank = (a: Loop, b: Loop) => compareLoops(a, b, rank);
  if (sort === 'length')
    copy.sort((a, b) => a.companies.length - b.companies.length || byRank(a, b));
  else
    copy.sort((a, b) => dateStart(b.closedOn).localeCompare(dateStart(a.closedOn)) || byRank(a, b));
  return copy;
}
