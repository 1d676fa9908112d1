// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  buildMoneyGraph,
  findLoopsThrough,
  findTopLoops,
  type SearchOptions,
} from '../../src/graph';
import { indexDataset } from '../../src/model';
import { LoopsSection } from '../../src/ui/loops/LoopsSection';
import { renderWithStore, seedSlice } from './renderWithStore';

const graph = buildMoneyGraph(seedSlice.companies, seedSlice.deals, {
  usdPerGigawatt: seedSlice.assumptions?.usdPerGigawatt ?? null,
});
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
  it('lists the loops through the company, biggest first', () => {
    renderWithStore(
      <LoopsSection search={throughMicrosoft()} index={index} companyName="Microsoft" />,
    );
    expect(region()).toHaveTextContent(
      '7 loops through Microsoft of up to 6 companies, ranked by the dollars that can have gone all the way round.',
    );
    expect(chains()).toEqual([
      'Microsoft → OpenAI → Microsoft',
      'Microsoft → OpenAI → Nvidia → Anthropic → Microsoft',
      'Microsoft → OpenAI → Oracle → Nvidia → Anthropic → Microsoft',
      'Microsoft → OpenAI → Amazon → Anthropic → Microsoft',
      'Microsoft → Anthropic → Microsoft',
      'Microsoft → Anthropic → Nvidia → OpenAI → Microsoft',
      'Microsoft → OpenAI → Google → Anthropic → Microsoft',
    ]);
  });

  it('gives each loop its circulating dollars, its deal types and when it closed', () => {
    renderWithStore(
      <LoopsSection search={throughMicrosoft()} index={index} companyName="Microsoft" />,
    );
    const loop = screen.getByRole('button', { name: /^Microsoft → Anthropic → Microsoft/ });
    // $5B of Microsoft's investment can have come back as Azure spending (of $30B).
    expect(loop.querySelector('.loop-amount')).toHaveTextContent(/^\$5B$/);
    expect(loop.querySelector('.loop-types')).toHaveTextContent(/^investment → cloud$/);
    expect(loop).toHaveTextContent('closed 18 Nov 2025');
    // Estimated from gigawatts, unknown: both said so.
    const viaNvidia = screen.getByRole('button', { name: /^Microsoft → OpenAI → Nvidia/ });
    expect(viaNvidia.querySelector('.loop-amount')).toHaveTextContent(/^≈\$10B$/);
    expect(viaNvidia.querySelector('.loop-types')).toHaveTextContent(
      /^investment → chips → investment → cloud$/,
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
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Newest first');
    // Every loop but one closed on 18 Nov 2025 (ties stay by dollars); the OpenAI
    // round trip closed in October, with the $250B Azure deal.
    expect(chains()).toEqual([
      'Microsoft → OpenAI → Nvidia → Anthropic → Microsoft',
      'Microsoft → OpenAI → Oracle → Nvidia → Anthropic → Microsoft',
      'Microsoft → OpenAI → Amazon → Anthropic → Microsoft',
      'Microsoft → Anthropic → Microsoft',
      'Microsoft → Anthropic → Nvidia → OpenAI → Microsoft',
      'Microsoft → OpenAI → Google → Anthropic → Microsoft',
      'Microsoft → OpenAI → Microsoft',
    ]);
  });

  it('sorts by length, shortest first', async () => {
    const { user } = renderWithStore(
      <LoopsSection search={throughMicrosoft()} index={index} companyName="Microsoft" />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'By length');
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
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      'More loops exist: showing the top 1 by circulating dollars.',
    );
    expect(region()).toHaveTextContent(/^Money loops\d\+ loops through Microsoft/);
    expect(chains()).toEqual(['Microsoft → OpenAI → Microsoft']);
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
