import { compareLoops, type Loop } from '../../graph';
import { dateStart } from '../../model';

export type LoopSort = 'dollars' | 'length' | 'date';

/** The engine's order is by dollars; the other orders fall back to it on ties. */
export function sortLoops(loops: readonly Loop[], sort: LoopSort): readonly Loop[] {
  if (sort === 'dollars') return loops;
  const copy = [...loops];
  if (sort === 'length')
    copy.sort((a, b) => a.companies.length - b.companies.length || compareLoops(a, b));
  else
    copy.sort(
      (a, b) => dateStart(b.closedOn).localeCompare(dateStart(a.closedOn)) || compareLoops(a, b),
    );
  return copy;
}
