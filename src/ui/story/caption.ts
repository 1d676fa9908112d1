/**
 * The opening's one line: a loop told in plain words from its hops and deal
 * types ("Nvidia invests in OpenAI; OpenAI buys cloud from Oracle; Oracle buys
 * Nvidia chips: $30.1B can have gone all the way round."). Honest about money: when
 * the firm figure is lower than the headline, the line says how much is firm and
 * how much only promised.
 */
import type { Hop, Loop } from '../../graph';
import { formatDollars, type DatasetIndex, type Deal, type DealType } from '../../model';

const VERBS: Readonly<Record<DealType, (from: string, to: string) => string>> = {
  investment: (a, b) => `${a} invests in ${b}`,
  cloud: (a, b) => `${a} buys cloud from ${b}`,
  chips: (a, b) => `${a} buys ${b} chips`,
  warrant: (a, b) => `${a} grants ${b} warrants`,
  backstop: (a, b) => `${a} backstops ${b}`,
  revenue_share: (a, b) => `${a} shares revenue with ${b}`,
  partnership: (a, b) => `${a} partners with ${b}`,
};

/** The deal that says what a hop is: its biggest (first, when none has a figure). */
function leadDeal(hop: Hop, index: DatasetIndex): Deal | undefined {
  let lead: Deal | undefined;
  let best = -1;
  for (const id of hop.dealIds) {
    const deal = index.dealById.get(id);
    if (!deal) continue;
    const usd = index.dollars(deal).usd ?? -1;
    if (lead === undefined || usd > best) [lead, best] = [deal, usd];
  }
  return lead;
}

export function hopSentence(hop: Hop, index: DatasetIndex): string {
  const name = (id: string) => index.companyById.get(id)?.name ?? id;
  const type = leadDeal(hop, index)?.type ?? 'investment';
  return VERBS[type](name(hop.from), name(hop.to));
}

/** What can have gone round, firm first: "$30.1B can have…", or "$15B firm, up to $50B promised, …". */
export function roundTrip(loop: Loop): string {
  const firm = formatDollars({ usd: loop.firmUsd, estimated: loop.firmEstimated });
  const headline = formatDollars({ usd: loop.circulatingUsd, estimated: loop.estimated });
  if (loop.circulatingUsd == null) return 'how much can have gone all the way round is not known';
  if (loop.firmUsd === loop.circulatingUsd) return `${headline} can have gone all the way round`;
  if (!loop.firmUsd)
    return `up to ${headline} can have gone all the way round, none of it firm yet`;
  return `${firm} firm (up to ${headline} promised) can have gone all the way round`;
}

export function loopCaption(loop: Loop, index: DatasetIndex): string {
  const hops = loop.hops.map((h) => hopSentence(h, index)).join('; ');
  return `${hops}: ${roundTrip(loop)}.`;
}
