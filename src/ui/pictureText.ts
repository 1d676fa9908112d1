/**
 * The words around an exported picture: a headline for what is selected, the
 * loop's figures said honestly (firm, then the headline "up to"), and a source
 * line a desk can print under it (data, date, what is in view, where from).
 */
import { chainText } from '../graph';
import { TYPE_LABELS } from '../model';
import { dealLegend, type PictureText } from '../render/exportPicture';
import type { Palette } from '../render/palette';
import { firmText, headlineText } from './loops/money';
import type { Derived } from '../state/derive';
import type { AppState } from '../state/store';

export function pictureText(
  state: AppState,
  derived: Derived,
  palette: Palette,
  link?: string,
): PictureText | null {
  if (state.data.state !== 'ready') return null;
  const dataset = derived.effective(state.data.dataset, state.view.usdPerGw);
  const view = derived.filtered(dataset, state.view.filters);
  const index = derived.fullIndex(dataset);
  const name = (id: string) => index.companyById.get(id)?.name ?? id;
  const { company, loop: loopIds } = state.view;
  const graph = derived.moneyGraph(dataset, state.view.filters, state.view.rank);
  const loop = loopIds ? derived.loop(graph, loopIds) : null;
  let title = dataset.title ?? 'Circular deals of the AI economy';
  let standfirst = 'Every arrow is a deal: who invests in whom, who buys whose cloud and chips.';
  if (loop) {
    title = `The money loop: ${chainText(loop.companies, name)}`;
    const headline = headlineText(loop);
    standfirst = `${firmText(loop)}${headline ? `, ${headline},` : ''} can have gone all the way round. ${standfirst}`;
  } else if (company) {
    title = `${name(company)}: the money going round`;
  }
  const parts = [
    `As of ${dataset.asOf}`,
    'Data: circular-trade, every deal cited',
    `${view.companies.length} companies, ${view.deals.length} deals in view`,
    'firm dollars leave out letters of intent, ceilings and contingent tranches',
  ];
  if (link) parts.push(link);
  return {
    title,
    standfirst,
    footer: parts.join(' · '),
    legend: dealLegend(palette, TYPE_LABELS),
  };
}
