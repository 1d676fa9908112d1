// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MONEY_TYPES } from '../../src/model';
import { useDataset, useFullIndex, useViewIndex } from '../../src/ui/context';
import { CompanyDetails } from '../../src/ui/panel/CompanyDetails';
import { bundled, renderWithStore } from './renderWithStore';

/** Wired to the store as DetailsPanel does it: indexes of the view and of the whole dataset. */
function CompanyDetailsOf({ id }: { id: string }) {
  const dataset = useDataset();
  const view = useViewIndex();
  const full = useFullIndex();
  if (!dataset || !view || !full) return null;
  return <CompanyDetails id={id} dataset={dataset} view={view} full={full} />;
}

/** The figure a `<dt>` labels. */
const figure = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;

/** Each deal row of a list, as the reader sees it: "→ OpenAI$10B Investment · 23 Jan 2023". */
const rows = (region: HTMLElement) =>
  within(region)
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('deal-row'))
    .map((li) => within(li).getAllByRole('button')[0]?.textContent);

describe('CompanyDetails', () => {
  it('names the company as the panel heading, with its kind and ticker', () => {
    renderWithStore(<CompanyDetailsOf id="microsoft" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Microsoft' })).toBeInTheDocument();
    expect(screen.getByText('Cloud · MSFT')).toBeInTheDocument();
  });

  it('shows only the kind for a company without a ticker', () => {
    renderWithStore(<CompanyDetailsOf id="openai" />);
    expect(screen.getByRole('heading', { level: 2, name: 'OpenAI' })).toBeInTheDocument();
    expect(screen.getByText('AI lab')).toBeInTheDocument();
  });

  it('totals what the company pays out and receives', () => {
    renderWithStore(<CompanyDetailsOf id="microsoft" />);
    // Out: Anthropic $5B + OpenAI $1B + $10B + $750M = $16.75B; the Foundry partnership has no figure.
    expect(figure('Pays out')).toHaveTextContent('$16.8B · 5 deals');
    // In: Anthropic's $30B and OpenAI's $250B of Azure.
    expect(figure('Receives')).toHaveTextContent('$280B · 2 deals');
  });

  it('marks a total that is partly estimated from gigawatts', () => {
    renderWithStore(<CompanyDetailsOf id="anthropic" />);
    // Azure $30B + Google Cloud $3B + 1 GW of Nvidia at $50B/GW (an estimate) = ≈$83B.
    expect(figure('Pays out')).toHaveTextContent('≈$83B · 3 deals');
    // Microsoft $5B + Nvidia $10B + Amazon $4B + $4B + Google $2B; the partnership has no figure.
    expect(figure('Receives')).toHaveTextContent('$25B · 6 deals');
  });

  it('lists the counterparties of money out and money in, biggest first', () => {
    renderWithStore(<CompanyDetailsOf id="microsoft" />);
    expect(rows(screen.getByRole('region', { name: 'Money out (5)' }))).toEqual([
      '→ OpenAI$10B Investment · 23 Jan 2023',
      '→ Anthropic$5B Investment · 18 Nov 2025',
      '→ OpenAI$1B Investment · 22 Jul 2019',
      '→ OpenAI$750M Investment · 2 Oct 2024',
      '→ Anthropicunknown Partnership · 18 Nov 2025',
    ]);
    expect(rows(screen.getByRole('region', { name: 'Money in (2)' }))).toEqual([
      '← OpenAI$250B Cloud compute purchase · 28 Oct 2025',
      '← Anthropic$30B Cloud compute purchase · 18 Nov 2025',
    ]);
  });

  it("lists a hub's first 20 rows at once, then the rest in a render of their own", async () => {
    // The bundled data: Nvidia pays out in over 20 deals.
    renderWithStore(<CompanyDetailsOf id="nvidia" />, { dataset: bundled });
    const out = screen.getByRole('region', { name: /^Money out \(\d+\)$/ });
    const total = Number(/\((\d+)\)/.exec(out.getAttribute('aria-label') ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(rows(out)).toHaveLength(20);
    await waitFor(() => expect(rows(out)).toHaveLength(total));
  });

  it('links each deal to its source in a new tab, safely', () => {
    renderWithStore(<CompanyDetailsOf id="microsoft" />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(7);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('rel')?.split(' ')).toContain('noopener');
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(link).toHaveAccessibleName(/\(opens in a new tab\)$/);
    }
    expect(
      // (jsdom's name computation drops the space before "(opens in a new tab)"; browsers keep it.)
      screen.getByRole('link', {
        name: /^SCMP \(Bloomberg\): Microsoft invests US\$10 billion in ChatGPT maker OpenAI ?\(opens/,
      }),
    ).toHaveAttribute(
      'href',
      'https://scmp.com/tech/big-tech/article/3207838/microsoft-invests-us10-billion-chatgpt-maker-openai',
    );
  });

  it('opens a deal when its row is chosen', async () => {
    const { store, user } = renderWithStore(<CompanyDetailsOf id="microsoft" />, {
      view: { company: 'microsoft' },
    });
    const out = screen.getByRole('region', { name: 'Money out (5)' });
    await user.click(within(out).getByRole('button', { name: /^OpenAI\$10B/ }));
    expect(store.getState().view.deal).toBe('msft-openai-2023');
    expect(store.getState().view.company).toBe('microsoft');
  });

  it('clears the selection from its close button', async () => {
    const { store, user } = renderWithStore(<CompanyDetailsOf id="microsoft" />, {
      view: { company: 'microsoft' },
    });
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(store.getState().view.company).toBeNull();
  });

  it('says how many of its deals the filters hide, and totals only what is shown', () => {
    renderWithStore(<CompanyDetailsOf id="microsoft" />, {
      view: { filters: { types: ['investment'] } },
    });
    // The partnership and both Azure purchases are hidden.
    expect(screen.getByText('3 more deals are hidden by the filters.')).toBeInTheDocument();
    expect(figure('Pays out')).toHaveTextContent('$16.8B · 4 deals');
    expect(figure('Receives')).toHaveTextContent('— · 0 deals');
    expect(screen.getByRole('region', { name: 'Money out (4)' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Money in/ })).not.toBeInTheDocument();
  });

  it('says "1 more deal is hidden" in the singular', () => {
    renderWithStore(<CompanyDetailsOf id="microsoft" />, {
      view: { filters: { types: MONEY_TYPES } },
    });
    expect(screen.getByText('1 more deal is hidden by the filters.')).toBeInTheDocument();
  });

  it('says nothing about hidden deals when nothing is hidden', () => {
    renderWithStore(<CompanyDetailsOf id="microsoft" />);
    expect(screen.queryByText(/hidden by the filters/)).not.toBeInTheDocument();
  });

  it('shows a reported total about the company as context, not as a deal', () => {
    renderWithStore(<CompanyDetailsOf id="microsoft" />, { dataset: bundled });
    const aside = screen.getByRole('complementary');
    expect(aside).toHaveTextContent(/^Reported total: over \$13B total/);
    expect(aside).toHaveTextContent("Microsoft's cumulative investment in OpenAI");
    expect(aside).toHaveTextContent('Context only: not added to any total or loop.');
  });

  it('shows no reported total for a company without one', () => {
    renderWithStore(<CompanyDetailsOf id="microsoft" />);
    expect(screen.queryByText(/Reported total/)).not.toBeInTheDocument();
  });

  it('renders nothing for an id the dataset does not hold', () => {
    const { container } = renderWithStore(<CompanyDetailsOf id="nvidai" />);
    expect(container).toBeEmptyDOMElement();
  });
});
