/**
 * From the whole dataset to the layout's input: one node per company with room
 * for its largest size, one link per pair of companies that deal, weighted by
 * the (log) dollars between them, so big relationships sit close together.
 * Nodes go in dataset order, not size order: adding a small company at the end
 * of a file does not reshuffle everybody else.
 */
import type { LayoutLinkInput, LayoutNodeInput } from '../layout/simulation';
import { pairKey, type Company, type DatasetIndex, type Deal } from '../model';

export function layoutInput(
  companies: readonly Company[],
  radiusOf: (id: string) => number,
  deals: readonly Deal[],
  index: DatasetIndex,
): { nodes: LayoutNodeInput[]; links: LayoutLinkInput[] } {
  const pairs = new Map<string, { source: string; target: string; usd: number }>();
  for (const d of deals) {
    const key = pairKey(d.from, d.to);
    const usd = index.dollars(d).usd ?? 0;
    const pair = pairs.get(key);
    if (pair) pair.usd += usd;
    else pairs.set(key, { source: d.from, target: d.to, usd });
  }
  let max = 1;
  for (const p of pairs.values()) max = Math.max(max, p.usd);
  const logMax = Math.log10(max + 1);
  return {
    nodes: companies.map((c) => ({ id: c.id, radius: radiusOf(c.id) })),
    links: [...pairs.values()].map((p) => ({
      source: p.source,
      target: p.target,
      weight: Math.log10(p.usd + 1) / logMax,
    })),
  };
}
