/**
 * A short text description of a view's loops, for readers without scripts (the
 * snippet's fallback, the embed page's <noscript>). Plain text; the caller
 * escapes it for HTML.
 */
import { chainText, type LoopSearch } from '../graph';
import type { DatasetIndex } from '../model';
import { firmText, headlineText } from '../ui/loops/money';

export function describeLoops(search: LoopSearch, index: DatasetIndex, shown = 5): string {
  const name = (id: string) => index.companyById.get(id)?.name ?? id;
  const where = search.through ? ` through ${name(search.through)}` : '';
  if (search.loops.length === 0) return `No money loops${where} in this view.`;
  const items = search.loops.slice(0, shown).map((loop) => {
    const headline = headlineText(loop);
    return `${chainText(loop.companies, name)} (${firmText(loop)}${headline ? ` · ${headline}` : ''})`;
  });
  const more = search.total - items.length;
  return (
    `Money loops${where}, by the ${search.rank === 'headline' ? 'headline' : 'firm'} dollars that can have gone all the way round: ${items.join('; ')}` +
    (more > 0 ? `; and ${more}${search.truncated ? '+' : ''} more.` : '.')
  );
}
