// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  buildMoneyGraph,
  findLoopsThrough,
  findTopLoops,
  type SearchOptions,
} from '../../src/graph';
import { indexDataset } from '../../src/model';
import { LoopsSection } from '../../src/ui/loops/LoopsSection';
import { loadDataset, renderWithStore, seedSlice } from './renderWithStore';

// Ranked by headline dollars, as the view is with rank=headline: these tests are
// about the list; firm ranking has its own tests below.
const graph = buildMoneyGraph(seedSlice.companies, seedSlice.deals, {
  usdPerGigawatt: seedSlice.assumptions?.usdPerGigawatt ?? null,
  rank: 'headline',
});
const headline = { view: { rank: 'headline' as const } };
const index = indexDataset(seedSlice, seedSlice.deals);
const throughMicrosoft = (options: SearchOptions = {}) =>
  findLoopsThrough(graph, 'microsoft', options);

const region = () => screen.getByRole('region', { name: 'Money loops' });
const loopButtons = () =>
  within(region())
    .getAllByRole('listitem')
    .map((li) => within(li).getByRole('button'));
const chains = () => loopButtons().map((b) => b.querySelector('.loop-chain')?.textContent);

describe('LoopsSection', () => {
  it('lists the loops through the company, biggest first', async () => {
    renderWithStore(
      <LoopsSection search={throughMicrosoft()} index={index} companyName="Microsoft" />,
      headline,
    );
    // The first rows at once, the rest a task after their commit (useAfterCommit).
    await waitFor(() => expect(chains()).toHaveLength(7));
    expect(region()).toHaveTextContent(
      '7 loops through Microsoft of up to 6 companies, ranked by the headline dollars that can have gone all the way round.',
    );
    // Direct loops first, then the longer chains of separate deals, each biggest first.
    expect(chains()).toEqual([
      'Microsoft → OpenAI → Microsoft',
      'Microsoft → Anthropic → Microsoft',
      'Microsoft → OpenAI → Nvidia → Anthropic → Microsoft',
      'Microsoft → OpenAI → Oracle → Nvidia → Anthropic → Microsoft',
      'Microsoft → OpenAI → Amazon → Anthropic → Microsoft',
      'Microsoft → Anthropic → Nvidia → OpenAI → Microsoft',
      'Microsoft → OpenAI → Google → Anthropic → Microsoft',
    ]);
    const longer = screen.getByRole('region', { name: 'Longer chains of separate deals (5)' });
    const notes = within(longer)
      .getAllByRole('button')
      .map((b) => b.querySelector('.loop-chain-note')?.textContent);
    expect(notes).toEqual([
      ' · a chain of 4 separate deals',
      ' · a chain of 5 separate deals',
      ' · a chain of 4 separate deals',
      ' · a chain of 4 separate deals',
      ' · a chain of 4 separate deals',
    ]);
    expect(
      screen.getByRole('button', { name: /^Microsoft → OpenAI → Microsoft/ }),
    ).not.toHaveTextContent('separate deals');
  });

  it('gives each loop its dollars, its deal types and the date it is complete since', async () => {
    renderWithStore(
      <LoopsSection search={throughMicrosoft()} index={index} companyName="Microsoft" />,
      headline,
    );
    await waitFor(() => expect(chains()).toHaveLength(7));
    const loop = screen.getByRole('button', { name: /^Microsoft → Anthropic → Microsoft/ });
    // $5B of Microsoft's investment can have come back as Azure spending (of $30B): all firm, one figure.
    expect(loop.querySelector('.loop-amount')).toHaveTextContent(/^\$5B$/);
    expect(loop.querySelector('.loop-types')).toHaveTextContent(/^investment → cloud$/);
    expect(loop).toHaveTextContent('complete since 18 Nov 2025');
    expect(loop).not.toHaveTextContent('closed');
    // Estimated from gigawatts, through an LOI: firm 0, the headline an estimate.
    const viaNvidia = screen.getByRole('button', { name: /^Microsoft → OpenAI → Nvidia/ });
    expect(viaNvidia.querySelector('.loop-amount')).toHaveTextContent(/^\$0 firm · up to ≈\$10B$/);
    expect(viaNvidia.querySelector('.loop-types')).toHaveTextContent(
      /^investment → chips → investment → cloudLOI$/,
    );
    const viaGoogle = screen.getByRole('button', { name: /^Microsoft → OpenAI → Google/ });
    expect(viaGoogle.querySelector('.loop-amount')).toHaveTextContent(/^unknown$/);
  });

  it('selects a loop, and unselects it on a second press', async () => {
    const { store, user } = renderWithStore(
      <LoopsSection search={throughMicrosoft()} index={index} companyName="Microsoft" />,
      { view: { company: 'microsoft' } },
    );
    const loop = () =>
      screen.getByRole('button', { name: /^Microsoft → Anthropic → Microsoft\$5B/ });
    await user.click(loop());
    expect(store.getState().view.loop).toEqual(['microsoft', 'anthropic']);
    expect(loop()).toHaveAttribute('aria-pressed', 'true');
    // The player for the selected loop opens above the list.
    expect(
      screen.getByRole('region', { name: 'Microsoft → Anthropic → Microsoft' }),
    ).toBeInTheDocument();

    await user.click(loop());
    expect(store.getState().view.loop).toBeNull();
  });

  it('sorts newest first', async () => {
    const { user } = renderWithStore(
      <LoopsSection search={throughMicrosoft()} index={index} companyName="Microsoft" />,
      headline,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Date');
    // Every loop but one closed on 18 Nov 2025 (ties stay by dollars); the OpenAI
    // round trip closed in October, with the $250B Azure deal.
    // (Direct loops first, then the chains: each group newest first.)
    expect(chains()).toEqual([
      'Microsoft → Anthropic → Microsoft',
      'Microsoft → OpenAI → Microsoft',
      'Microsoft → OpenAI → Nvidia → Anthropic → Microsoft',
      'Microsoft → OpenAI → Oracle → Nvidia → Anthropic → Microsoft',
      'Microsoft → OpenAI → Amazon → Anthropic → Microsoft',
      'Microsoft → Anthropic → Nvidia → OpenAI → Microsoft',
      'Microsoft → OpenAI → Google → Anthropic → Microsoft',
    ]);
  });

  it('sorts by length, shortest first', async () => {
    const { user } = renderWithStore(
      <LoopsSection search={throughMicrosoft()} index={index} companyName="Microsoft" />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Length');
    expect(chains().slice(0, 2)).toEqual([
      'Microsoft → OpenAI → Microsoft',
      'Microsoft → Anthropic → Microsoft',
    ]);
    expect(chains().at(-1)).toBe('Microsoft → OpenAI → Oracle → Nvidia → Anthropic → Microsoft');
  });

  it('changes the longest loop searched', async () => {
    const { store, user } = renderWithStore(
      <LoopsSection search={throughMicrosoft()} index={index} companyName="Microsoft" />,
    );
    const upTo = screen.getByRole('combobox', { name: 'Up to' });
    expect(upTo).toHaveDisplayValue('6 companies');
    expect(within(upTo).getAllByRole('option')).toHaveLength(9);
    await user.selectOptions(upTo, '3 companies');
    expect(store.getState().view.maxLength).toBe(3);
    expect(upTo).toHaveDisplayValue('3 companies');
  });

  it('says when more loops exist than are listed', () => {
    renderWithStore(
      <LoopsSection
        search={throughMicrosoft({ limit: 1 })}
        index={index}
        companyName="Microsoft"
      />,
      headline,
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      'More loops exist: showing the top 1 by headline dollars.',
    );
    expect(region()).toHaveTextContent(/^Money loops\d\+ loops through Microsoft/);
    expect(chains()).toEqual(['Microsoft → OpenAI → Microsoft']);
  });

  it('marks a search still going on in the worker as such, never as a final figure', () => {
    const partial = { ...throughMicrosoft({ limit: 2 }), pending: true };
    renderWithStore(
      <LoopsSection search={partial} index={index} companyName="Microsoft" />,
      headline,
    );
    expect(region()).toHaveAttribute('aria-busy', 'true');
    expect(region()).toHaveTextContent(
      /^Money loops\d+\+ loops through Microsoft of up to 6 companies, so far, ranked by/,
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      'Still searching: these are the biggest of the loops found so far; the list updates when the search is done.',
    );
    expect(screen.getByRole('note')).not.toHaveTextContent('stopped');
  });

  it('says it is searching, not that no money comes back, before any loop is found', () => {
    const none = { ...findLoopsThrough(graph, 'broadcom'), pending: true, truncated: true };
    renderWithStore(<LoopsSection search={none} index={index} companyName="Broadcom" />);
    expect(region()).toHaveTextContent('Searching for loops through Broadcom…');
    expect(region()).not.toHaveTextContent('No money comes back');
  });

  it('says nothing of more loops when the list is complete', () => {
    renderWithStore(
      <LoopsSection search={throughMicrosoft()} index={index} companyName="Microsoft" />,
    );
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('says so when no money comes back', () => {
    const search = findLoopsThrough(graph, 'broadcom');
    renderWithStore(<LoopsSection search={search} index={index} companyName="Broadcom" />);
    expect(region()).toHaveTextContent('No money comes back to Broadcom in this view.');
    expect(within(region()).queryByRole('list')).not.toBeInTheDocument();
  });

  it('heads the top loops of the whole view differently', () => {
    renderWithStore(<LoopsSection search={findTopLoops(graph)} index={index} />);
    const top = screen.getByRole('region', { name: 'Top money loops' });
    expect(top).toHaveTextContent(/loops in this view of up to 6 companies/);
  });
});

/** The hand-made LOI dataset, as the view shows it at a date: graph, loops and index. */
const loi = loadDataset('tests/fixtures/loi-superseded.json');
function loiView(asOf: string, rank: 'firm' | 'headline' = 'firm', inOrder = false) {
  const g = buildMoneyGraph(loi.companies, loi.deals, {
    usdPerGigawatt: loi.assumptions?.usdPerGigawatt ?? null,
    asOf,
    rank,
  });
  return { search: findTopLoops(g, { inOrder }), index: indexDataset(loi, loi.deals, asOf) };
}
const cards = () =>
  within(screen.getByRole('region', { name: 'Top money loops' }))
    .getAllByRole('listitem')
    .map((li) => {
      const b = within(li).getByRole('button');
      return [
        b.querySelector('.loop-chain')?.textContent,
        b.querySelector('.loop-amount')?.textContent,
        b.querySelector('.loop-gap')?.textContent ?? '',
        b.querySelector('.loop-date')?.textContent,
      ];
    });

describe('LoopsSection: firm and headline dollars', () => {
  it('leads with firm dollars, then the headline and what the gap rests on', () => {
    const { search, index } = loiView('2026-01-01');
    renderWithStore(<LoopsSection search={search} index={index} />, { dataset: loi });
    expect(cards()).toEqual([
      ['Microsoft → OpenAI → Microsoft', '$1B', '', 'in time ordercomplete since 28 Oct 2025'],
      [
        'Nvidia → OpenAI → Nvidia',
        '$0 firm · up to $50B',
        'LOI · up to',
        'in time ordercomplete since 22 Sep 2025',
      ],
      [
        'Nvidia → OpenAI → Oracle → Nvidia',
        '$0 firm · up to $40B',
        'LOI',
        'complete since 22 Sep 2025',
      ],
    ]);
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveDisplayValue('Firm dollars');
  });

  it('after the LOI was superseded, never sums it with the stake', () => {
    const { search, index } = loiView('2026-04-01');
    renderWithStore(<LoopsSection search={search} index={index} />, { dataset: loi });
    expect(cards().map((c) => c[1])).toEqual(['$30B', '$20B firm · up to $30B', '$1B']);
    expect(screen.queryByText(/\$130B/)).not.toBeInTheDocument();
  });

  it('switches the ranking to headline dollars, in the view (and so the link)', async () => {
    const { search, index } = loiView('2026-01-01');
    const { store, user } = renderWithStore(<LoopsSection search={search} index={index} />, {
      dataset: loi,
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Headline dollars');
    expect(store.getState().view.rank).toBe('headline');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Firm dollars');
    expect(store.getState().view.rank).toBe('firm');
  });

  it('has a switch for loops in time order only', async () => {
    const { search, index } = loiView('2026-04-01', 'firm', true);
    const { store, user } = renderWithStore(<LoopsSection search={search} index={index} />, {
      dataset: loi,
      view: { inOrder: true },
    });
    const toggle = screen.getByRole('switch', { name: 'Only loops in time order' });
    expect(toggle).toBeChecked();
    expect(cards().map((c) => c[0])).toEqual([
      'Nvidia → OpenAI → Nvidia',
      'Microsoft → OpenAI → Microsoft',
    ]);
    expect(screen.getByRole('region', { name: 'Top money loops' })).toHaveTextContent(
      '2 loops in time order in this view',
    );
    await user.click(toggle);
    expect(store.getState().view.inOrder).toBe(false);
  });
});
