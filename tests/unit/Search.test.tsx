// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { rankCompanies, Search } from '../../src/ui/Search';
import { bundled, renderWithStore, seedSlice } from './renderWithStore';

const box = () => screen.getByRole('combobox', { name: 'Find a company' });
const optionNames = () =>
  within(screen.getByRole('listbox', { name: 'Companies found' }))
    .queryAllByRole('option')
    .map((o) => o.querySelector('.search-name')?.textContent);

describe('Search', () => {
  it('is a collapsed combobox until the reader types', () => {
    renderWithStore(<Search companies={seedSlice.companies} />);
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('lists the companies that match as options', async () => {
    const { user } = renderWithStore(<Search companies={seedSlice.companies} />);
    await user.type(box(), 'nv');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    const option = screen.getByRole('option', { name: /^Nvidia/ });
    expect(option).toHaveTextContent('NVDA · Chips & hardware');
    expect(optionNames()).toEqual(['Nvidia']);
  });

  it('selects the company chosen with the arrow keys and Enter', async () => {
    const onFound = vi.fn();
    const { store, user } = renderWithStore(
      <Search companies={seedSlice.companies} onFound={onFound} />,
    );
    await user.type(box(), 'nv');
    await user.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute(
      'aria-activedescendant',
      screen.getByRole('option', { name: /^Nvidia/ }).id,
    );
    await user.keyboard('{Enter}');
    expect(store.getState().view.company).toBe('nvidia');
    expect(onFound).toHaveBeenCalledWith('nvidia');
    // The field empties and closes, ready for the next search.
    expect(box()).toHaveValue('');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves through several matches, wrapping round', async () => {
    const { store, user } = renderWithStore(<Search companies={bundled.companies} />, {
      dataset: bundled,
    });
    await user.type(box(), 'mi');
    expect(optionNames()).toEqual(['Microsoft', 'Mistral AI', 'Cipher Mining']);
    const selected = () => screen.getByRole('option', { selected: true });
    expect(selected()).toHaveTextContent(/^Microsoft/);
    await user.keyboard('{ArrowDown}');
    expect(selected()).toHaveTextContent(/^Mistral AI/);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(selected()).toHaveTextContent(/^Microsoft/);
    await user.keyboard('{ArrowUp}');
    expect(selected()).toHaveTextContent(/^Cipher Mining/);
    await user.keyboard('{Enter}');
    expect(store.getState().view.company).toBe('cipher');
  });

  it('selects a company clicked in the list', async () => {
    const { store, user } = renderWithStore(<Search companies={seedSlice.companies} />);
    await user.type(box(), 'a');
    await user.click(screen.getByRole('option', { name: /^Amazon/ }));
    expect(store.getState().view.company).toBe('amazon');
  });

  it('finds a company by its ticker', async () => {
    const { store, user } = renderWithStore(<Search companies={seedSlice.companies} />);
    await user.type(box(), 'MSFT');
    expect(optionNames()).toEqual(['Microsoft']);
    await user.keyboard('{Enter}');
    expect(store.getState().view.company).toBe('microsoft');
  });

  it('says so when nothing matches, and Enter then does nothing', async () => {
    const { store, user } = renderWithStore(<Search companies={seedSlice.companies} />);
    await user.type(box(), 'zzz');
    expect(screen.getByText('No company matches “zzz”')).toBeInTheDocument();
    expect(screen.queryAllByRole('option')).toEqual([]);
    await user.keyboard('{Enter}');
    expect(store.getState().view.company).toBeNull();
  });

  it('closes the list on Escape, then clears the field on a second Escape', async () => {
    const { store, user } = renderWithStore(<Search companies={seedSlice.companies} />, {
      view: { company: 'openai' },
    });
    await user.type(box(), 'nv');
    await user.keyboard('{Escape}');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box()).toHaveValue('nv');
    await user.keyboard('{Escape}');
    expect(box()).toHaveValue('');
    // Escape in the field is the field's: the selection stays.
    expect(store.getState().view.company).toBe('openai');
  });

  it('reopens the list with ArrowDown after Escape', async () => {
    const { user } = renderWithStore(<Search companies={seedSlice.companies} />);
    await user.type(box(), 'nv');
    await user.keyboard('{Escape}{ArrowDown}');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    expect(optionNames()).toEqual(['Nvidia']);
  });

  it('closes the list when the field loses focus', async () => {
    const { user } = renderWithStore(<Search companies={seedSlice.companies} />);
    await user.type(box(), 'nv');
    await user.tab();
    expect(box()).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('rankCompanies', () => {
  const names = (query: string, limit?: number) =>
    rankCompanies(bundled.companies, query, limit).map((c) => c.name);

  it('puts name prefixes first, then word prefixes, then other substrings', () => {
    // "Mistral AI" and "Reflection AI" start a word with "ai"; "Akamai", "OpenAI" and "xAI" only contain it.
    expect(names('ai')).toEqual([
      'AIP (BlackRock)',
      'Mistral AI',
      'Reflection AI',
      'Akamai',
      'OpenAI',
      'xAI',
    ]);
    expect(names('mi')).toEqual(['Microsoft', 'Mistral AI', 'Cipher Mining']);
  });

  it('puts a ticker prefix after name prefixes and before word prefixes', () => {
    expect(names('a', 9)).toEqual([
      // Names starting with "a".
      'AIP (BlackRock)',
      'Akamai',
      'Aligned',
      'Amazon',
      'AMD',
      'Anthropic',
      'ASML',
      // Broadcom's ticker is AVGO.
      'Broadcom',
      // A word of the name starts with "a".
      'Mistral AI',
    ]);
    expect(names('a', 10).at(-1)).toBe('Reflection AI');
    // Then names that merely contain an "a".
    expect(names('a', 11).at(-1)).toBe('Cerebras');
    expect(names('crw')).toEqual(['CoreWeave']);
  });

  it('orders equal matches alphabetically', () => {
    expect(names('s').slice(0, 4)).toEqual(['Samsung', 'SK hynix', 'SoftBank', 'Stargate']);
  });

  it('ignores case, accents and surrounding spaces', () => {
    expect(names('  NVÍDIA ')).toEqual(['Nvidia']);
    expect(names('msft')).toEqual(['Microsoft']);
  });

  it('matches ids too', () => {
    expect(names('sk_hy')).toEqual(['SK hynix']);
  });

  it('returns nothing for an empty query, and at most `limit` companies', () => {
    expect(names('')).toEqual([]);
    expect(names('   ')).toEqual([]);
    expect(names('a')).toHaveLength(8);
    expect(names('a', 3)).toHaveLength(3);
  });
});
