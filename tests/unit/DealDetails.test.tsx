// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model';
import { useDataset, useFullIndex, useViewIndex } from '../../src/ui/context';
import { DealDetails } from '../../src/ui/panel/DealDetails';
import { bundled, loadDataset, renderWithStore, seedSlice } from './renderWithStore';

/** Wired to the store as DetailsPanel does it. */
function DealDetailsOf({ id }: { id: string }) {
  const dataset = useDataset();
  const full = useFullIndex();
  const view = useViewIndex();
  if (!dataset || !full || !view) return null;
  return <DealDetails id={id} dataset={dataset} full={full} view={view} />;
}

const figure = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;

/** The seed slice with one deal changed. */
function withDeal(id: string, patch: Partial<Dataset['deals'][number]>): Dataset {
  return {
    ...seedSlice,
    deals: seedSlice.deals.map((d) => (d.id === id ? { ...d, ...patch } : d)),
  };
}

describe('DealDetails', () => {
  it('heads the panel with who pays whom, and its deal type', () => {
    renderWithStore(<DealDetailsOf id="anthropic-nvidia-1gw" />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveAccessibleName('Anthropic pays Nvidia');
    expect(heading).toHaveTextContent(/Anthropic\s*→.*Nvidia/);
    expect(screen.getByText('Chip purchase')).toBeInTheDocument();
  });

  it('selects either company from the heading', async () => {
    const { store, user } = renderWithStore(<DealDetailsOf id="anthropic-nvidia-1gw" />, {
      view: { company: 'anthropic', deal: 'anthropic-nvidia-1gw' },
    });
    const heading = screen.getByRole('heading', { level: 2 });
    await user.click(within(heading).getByRole('button', { name: 'Nvidia' }));
    expect(store.getState().view).toMatchObject({ company: 'nvidia', deal: null });

    store.getState().actions.selectDeal('anthropic-nvidia-1gw');
    await user.click(within(heading).getByRole('button', { name: 'Anthropic' }));
    expect(store.getState().view).toMatchObject({ company: 'anthropic', deal: null });
  });

  it('closes the deal from its close button', async () => {
    const { store, user } = renderWithStore(<DealDetailsOf id="msft-openai-2023" />, {
      view: { company: 'microsoft', deal: 'msft-openai-2023' },
    });
    await user.click(screen.getByRole('button', { name: 'Close deal' }));
    expect(store.getState().view).toMatchObject({ company: 'microsoft', deal: null });
  });

  it('gives the amount as the source wrote it', () => {
    renderWithStore(<DealDetailsOf id="msft-openai-2024-round" />);
    expect(figure('Amount')).toHaveTextContent(/^~\$750M \('a little less than a billion'\)$/);
  });

  it('falls back to the figure when a deal has no amount text', () => {
    renderWithStore(<DealDetailsOf id="msft-openai-2024-round" />, {
      dataset: withDeal('msft-openai-2024-round', { amountText: null }),
    });
    expect(figure('Amount')).toHaveTextContent(/^\$750M$/);
  });

  it('explains how a deal quoted in gigawatts is counted in dollars', () => {
    renderWithStore(<DealDetailsOf id="anthropic-nvidia-1gw" />);
    const amount = figure('Amount');
    expect(amount).toHaveTextContent(/^additional compute capacity up to 1 GW/);
    // The fixture's assumption is $50B per GW.
    expect(amount).toHaveTextContent('— counted as ≈$50B: 1 GW × $50B per GW (an estimate)');
    // The gigawatts are already in the amount line, so there is no separate Compute line.
    expect(screen.queryByText('Compute', { selector: 'dt' })).not.toBeInTheDocument();
  });

  it('shows gigawatts as a fact of their own when the deal also has a dollar figure', () => {
    renderWithStore(<DealDetailsOf id="oracle-nvda-gb200-40b" />);
    expect(figure('Amount')).not.toHaveTextContent('counted as');
    expect(figure('Compute')).toHaveTextContent(/^1\.2 GW$/);
  });

  it('makes no estimate when the dataset gives no dollars per gigawatt', () => {
    renderWithStore(<DealDetailsOf id="anthropic-nvidia-1gw" />, {
      dataset: { ...seedSlice, assumptions: null },
    });
    expect(figure('Amount')).not.toHaveTextContent('counted as');
    expect(figure('Compute')).toHaveTextContent(/^1 GW$/);
  });

  it('gives the date, status and confidence in words', () => {
    renderWithStore(<DealDetailsOf id="nvda-openai-loi-100b" />);
    expect(figure('Announced')).toHaveTextContent(/^22 Sep 2025$/);
    expect(figure('Status')).toHaveTextContent(/^Letter of intent$/);
    expect(figure('Confidence')).toHaveTextContent(/^High$/);
  });

  it('keeps the precision of a month-only date, and shows medium confidence', () => {
    renderWithStore(<DealDetailsOf id="anthropic-gcloud-2023" />);
    expect(figure('Announced')).toHaveTextContent(/^Oct 2023$/);
    expect(figure('Status')).toHaveTextContent(/^Announced$/);
    expect(figure('Confidence')).toHaveTextContent(/^Medium$/);
  });

  it('shows the note', () => {
    renderWithStore(<DealDetailsOf id="nvda-openai-loi-100b" />);
    expect(screen.getByText(/^Non-binding LOI\./)).toBeInTheDocument();
  });

  it('lists every source as a link that opens in a new tab', () => {
    renderWithStore(<DealDetailsOf id="msft-openai-2023" />, { dataset: bundled });
    expect(screen.getByRole('heading', { level: 3, name: 'Sources' })).toBeInTheDocument();
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://scmp.com/tech/big-tech/article/3207838/microsoft-invests-us10-billion-chatgpt-maker-openai',
      'https://www.latimes.com/business/story/2023-01-23/microsoft-invests-10-billion-chatgpt-maker-openai',
    ]);
    expect(links[1]).toHaveAccessibleName(
      /^Los Angeles Times \(Bloomberg\): Microsoft invests \$10 billion in ChatGPT maker OpenAI ?\(opens in a new tab\)$/,
    );
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('rel')?.split(' ')).toEqual(
        expect.arrayContaining(['noopener', 'noreferrer']),
      );
    }
  });

  it('renders nothing for an id the dataset does not hold', () => {
    const { container } = renderWithStore(<DealDetailsOf id="no-such-deal" />);
    expect(container).toBeEmptyDOMElement();
  });
});

const loi = loadDataset('tests/fixtures/loi-superseded.json');

describe('DealDetails: firm dollars and deals that ended', () => {
  it('shows firm and headline, and what the gap rests on', () => {
    renderWithStore(<DealDetailsOf id="openai-nvda-chips" />, { dataset: loi });
    expect(figure('Firm')).toHaveTextContent(
      '$20B — the rest is an "up to" ceiling or contingent tranches',
    );
    expect(figure('Headline')).toHaveTextContent(/^\$50Bup to$/);
  });

  it('says a letter of intent is firm $0', () => {
    renderWithStore(<DealDetailsOf id="nvda-openai-loi" />, { dataset: loi });
    expect(figure('Firm')).toHaveTextContent(
      '$0 — the rest is a letter of intent, not a commitment',
    );
    expect(figure('Headline')).toHaveTextContent('$100B');
  });

  it('says how and when a deal ended, and opens the deal that replaced it', async () => {
    const { store, user } = renderWithStore(<DealDetailsOf id="nvda-openai-loi" />, {
      dataset: loi,
      view: { deal: 'nvda-openai-loi' },
    });
    const end = screen.getByText(/Superseded 15 Feb 2026/).closest('.deal-end');
    expect(end).toHaveTextContent(
      'Superseded 15 Feb 2026 — replaced by Nvidia → OpenAI, investment $30B, 15 Feb 2026.',
    );
    expect(end).toHaveTextContent('From then on it is left out of loops, paths and totals');
    expect(end).toHaveTextContent('"never a commitment"');
    await user.click(screen.getByRole('button', { name: /^Nvidia → OpenAI, investment \$30B/ }));
    expect(store.getState().view.deal).toBe('nvda-openai-equity');
  });

  it('before its end date, says the deal still counts', () => {
    renderWithStore(<DealDetailsOf id="nvda-openai-loi" />, {
      dataset: loi,
      view: { filters: { until: '2026-01' } },
    });
    expect(screen.getByRole('note')).toHaveTextContent('It still counts at the date in view.');
  });
});
