import { TYPE_SHORT, type DatasetIndex, type DealType } from '../../model';
import { chainText as chainOf, type Hop } from '../../graph';

/** The chain by company names from the dataset (see graph/chain.ts). */
export function chainText(
  companies: readonly string[],
  index: DatasetIndex,
  closed = true,
): string {
  return chainOf(companies, (id) => index.companyById.get(id)?.name ?? id, closed);
}

/** The deal types of a hop, e.g. "investment" or "investment / warrant". */
export function hopTypes(hop: Hop, index: DatasetIndex): DealType[] {
  const types: DealType[] = [];
  for (const id of hop.dealIds) {
    const t = index.dealById.get(id)?.type;
    if (t && !types.includes(t)) types.push(t);
  }
  return types;
}

/** "investment → cloud → chips". */
export function typeChain(hops: readonly Hop[], index: DatasetIndex): string {
  return hops
    .map((h) =>
      hopTypes(h, index)
        .map((t) => TYPE_SHORT[t])
        .join(' / '),
    )
    .join(' → ');
}
