/**
 * "Cite this loop": the chain as plain text a journalist can paste into a draft
 * or a fact-check, with every deal's amount, date, status and source URL.
 * Plain text only — nothing here is ever interpreted as HTML.
 */
import {
  formatDate,
  formatDollars,
  formatUsd,
  STATUS_LABELS,
  TYPE_LABELS,
  type Dataset,
  type DatasetIndex,
} from '../model';
import { chainText } from './chain';
import type { Loop } from './types';

export function citeLoop(
  loop: Loop,
  index: DatasetIndex,
  dataset: Pick<Dataset, 'title' | 'asOf' | 'assumptions'>,
  link?: string,
): string {
  const name = (id: string) => index.companyById.get(id)?.name ?? id;
  const chain = chainText(loop.companies, name);
  const lines = [
    `Money loop: ${chain}`,
    `Firm: ${formatDollars({ usd: loop.firmUsd, estimated: loop.firmEstimated })} · headline: ${formatDollars({ usd: loop.circulatingUsd, estimated: loop.estimated })} (the smallest hop; the most that can have gone all the way round) · complete since ${formatDate(loop.closedOn)}${loop.inOrder ? ' · in time order' : ''}`,
  ];
  loop.hops.forEach((hop, i) => {
    lines.push(
      `${i + 1}. ${name(hop.from)} → ${name(hop.to)}: ${formatDollars({ usd: hop.usd, estimated: hop.estimated })}${hop.partial ? ' + undisclosed' : ''}`,
    );
    for (const id of hop.dealIds) {
      const deal = index.dealById.get(id);
      if (!deal) continue;
      const amount = deal.amountText ?? formatDollars(index.dollars(deal));
      const source = deal.sources[0];
      lines.push(
        `   - ${TYPE_LABELS[deal.type]}, ${amount}, ${formatDate(deal.announced)} (${STATUS_LABELS[deal.status].toLowerCase()})` +
          (source
            ? `. Source: ${source.publisher ? `${source.publisher}, ` : ''}"${source.title}", ${source.url}`
            : ''),
      );
    }
  });
  if (loop.estimated && dataset.assumptions?.usdPerGigawatt)
    lines.push(
      `≈ marks estimates from gigawatts at ${formatUsd(dataset.assumptions.usdPerGigawatt)} per GW.`,
    );
  lines.push(`Data: ${dataset.title}, as of ${formatDate(dataset.asOf)}.${link ? ` ${link}` : ''}`);
  return lines.join('\n');
}
