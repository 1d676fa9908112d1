// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dealDollars } from '../../src/model';
import { TableView } from '../../src/ui/table/TableView';
import { bundled, renderWithStore } from './renderWithStore';

const deals = () => screen.getByRole('table', { name: /^Deals in view/ });
const loops = () => screen.getByRole('table', { name: /money loops/i });
const header = (table: HTMLElement, name: string) =>
  within(table).getByRole('columnheader', { name: new RegExp(`^${name}`) });
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const column = (table: HTMLElement, name: string) => {
  const headers = within(table).getAllByRole('columnheader');
  const at = headers.findIndex((h) => h.textContent?.startsWith(name));
  return bodyRows(table).map((r) => r.children[at]?.textContent ?? '');
};
const perGw = bundled.assumptions?.usdPerGigawatt ?? null;

describe('TableView (the bundled dataset)', () => {
  it('lists every deal in view and the top loops of the view', () => {
    renderWithStore(<TableView onShow={vi.fn()} />, { dataset: bundled });
    expect(bodyRows(deals())).toHaveLength(bundled.deals.length);
    expect(deals()).toHaveAccessibleName(
      `Deals in view: ${bundled.deals.length} of ${bundled.deals.length}`,
    );
    expect(loops()).toHaveAccessibleName(/^Top money loops in view: \d+, ranked by firm dollars$/);
    expect(bodyRows(loops()).length).toBeGreaterThan(10);
  });

  it('follows the filters: only the types in view', () => {
    renderWithStore(<TableView onShow={vi.fn()} />, {
      dataset: bundled,
      view: { filters: { types: ['chips'] } },
    });
    const chips = bundled.deals.filter((d) => d.type === 'chips').length;
    expect(bodyRows(deals())).toHaveLength(chips);
    expect(new Set(column(deals(), 'Type').map((t) => t.trim()))).toEqual(
      new Set(['Chip purchase']),
    );
  });

  it('sorts deals by amount: biggest first, then smallest first, unknown last, and says so', async () => {
    const { user } = renderWithStore(<TableView onShow={vi.fn()} />, { dataset: bundled });
    const amount = header(deals(), 'Amount');
    expect(amount).not.toHaveAttribute('aria-sort');
    await user.click(within(amount).getByRole('button'));
    expect(amount).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByText('Deals sorted by amount, descending.')).toBeInTheDocument();

    const known = bundled.deals
      .map((d) => dealDollars(d, perGw).usd)
      .filter((u): u is number => u != null)
      .sort((a, b) => b - a);
    const unknown = bundled.deals.length - known.length;
    expect(unknown).toBeGreaterThan(0);
    const cells = column(deals(), 'Amount');
    // Numeric, not text order: "$300B" before "$40B"; every unknown at the end.
    expect(cells.slice(-unknown).every((c) => c === 'unknown')).toBe(true);
    expect(cells.slice(0, -unknown).some((c) => c === 'unknown')).toBe(false);
    const biggest = bundled.deals.find((d) => dealDollars(d, perGw).usd === known[0]);
    const firstRow = bodyRows(deals())[0];
    expect(firstRow).toHaveTextContent(
      bundled.companies.find((c) => c.id === biggest?.from)?.name ?? '?',
    );

    await user.click(within(amount).getByRole('button'));
    expect(amount).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByText('Deals sorted by amount, ascending.')).toBeInTheDocument();
    const up = column(deals(), 'Amount');
    expect(up.slice(-unknown).every((c) => c === 'unknown')).toBe(true);
    expect(up[0]).not.toBe('unknown');

    // Another column takes the sort; the first loses aria-sort.
    const from = header(deals(), 'From');
    await user.click(within(from).getByRole('button'));
    expect(from).toHaveAttribute('aria-sort', 'ascending');
    expect(amount).not.toHaveAttribute('aria-sort');
    const names = column(deals(), 'From');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('sorts loops by headline dollars numerically', async () => {
    const { user } = renderWithStore(<TableView onShow={vi.fn()} />, { dataset: bundled });
    const head = header(loops(), 'Headline');
    await user.click(within(head).getByRole('button'));
    expect(head).toHaveAttribute('aria-sort', 'descending');
    const usd = column(loops(), 'Headline')
      .map((t) => /\$([\d.]+)([BMT])/.exec(t))
      .filter((m): m is RegExpExecArray => m != null)
      .map((m) => Number(m[1]) * { M: 1e6, B: 1e9, T: 1e12 }[m[2] as 'M' | 'B' | 'T']);
    expect(usd.length).toBeGreaterThan(5);
    expect(usd).toEqual([...usd].sort((a, b) => b - a));
  });

  it('with a company selected, lists its loops; Show hands the row to the caller', async () => {
    const onShow = vi.fn();
    const { user } = renderWithStore(<TableView onShow={onShow} />, {
      dataset: bundled,
      view: { company: 'microsoft' },
    });
    expect(loops()).toHaveAccessibleName(/^Money loops through Microsoft: \d+/);
    for (const row of bodyRows(loops())) expect(row).toHaveTextContent('Microsoft');
    await user.click(
      within(loops()).getByRole('button', {
        name: 'Show on map: Microsoft → Anthropic → Microsoft',
      }),
    );
    expect(onShow).toHaveBeenCalledWith({ loop: ['microsoft', 'anthropic'] }, expect.anything());
  });

  it('gives sources as links only for http(s) addresses, opening safely', () => {
    renderWithStore(<TableView onShow={vi.fn()} />, { dataset: bundled });
    const links = within(deals()).getAllByRole('link');
    expect(links.length).toBeGreaterThanOrEqual(bundled.deals.length);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
      expect(a).toHaveAttribute('target', '_blank');
    }
  });
});
