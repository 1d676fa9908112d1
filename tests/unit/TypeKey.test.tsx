// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEAL_TYPES } from '../../src/model';
import { TypeKey } from '../../src/ui/filters/TypeKey';
import { bundled, renderWithStore, seedSlice } from './renderWithStore';

/** Wide enough for the key to start unfolded, as on a desktop. */
const WIDE = 1280;

const checkboxes = () => screen.getAllByRole('checkbox');
const disclosure = () => screen.getByText(/^Key and deal types/).closest('details');
const checked = () =>
  checkboxes()
    .filter((c) => (c as HTMLInputElement).checked)
    .map((c) => c.closest('label')?.textContent);

describe('TypeKey', () => {
  it('has one checkbox per deal type in the data, named by its label, all on', () => {
    renderWithStore(<TypeKey dataset={seedSlice} />, { viewportWidth: WIDE });
    const group = screen.getByRole('group', { name: 'Deal types shown' });
    const boxes = within(group).getAllByRole('checkbox');
    // The seed slice has no backstop or revenue-share deal.
    expect(boxes.map((b) => b.closest('label')?.textContent)).toEqual([
      'Investment',
      'Cloud compute purchase',
      'Chip purchase',
      'Warrant',
      'Partnership',
    ]);
    for (const box of boxes) expect(box).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Chip purchase' })).toBeChecked();
    expect(screen.getByText('(5 of 5 types shown)')).toBeInTheDocument();
  });

  it('lists the kinds of company in the data', () => {
    renderWithStore(<TypeKey dataset={seedSlice} />, { viewportWidth: WIDE });
    const kinds = screen.getByRole('list', { name: 'Company kinds' });
    expect(
      within(kinds)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['AI lab', 'Cloud', 'Chips & hardware']);
  });

  it('has a checkbox for every type the bundled dataset uses', () => {
    renderWithStore(<TypeKey dataset={bundled} />, {
      dataset: bundled,
      viewportWidth: WIDE,
    });
    const present = DEAL_TYPES.filter((t) => bundled.deals.some((d) => d.type === t));
    expect(checkboxes()).toHaveLength(present.length);
  });

  it('hides a type when it is unchecked, and keeps the vocabulary order when it comes back', async () => {
    const { store, user } = renderWithStore(<TypeKey dataset={seedSlice} />, {
      viewportWidth: WIDE,
    });
    await user.click(screen.getByRole('checkbox', { name: 'Investment' }));
    await user.click(screen.getByRole('checkbox', { name: 'Cloud compute purchase' }));
    expect(store.getState().view.filters.types).toEqual([
      'chips',
      'warrant',
      'backstop',
      'revenue_share',
      'partnership',
    ]);
    expect(screen.getByRole('checkbox', { name: 'Investment' })).not.toBeChecked();
    expect(screen.getByText('(3 of 5 types shown)')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Investment' }));
    expect(store.getState().view.filters.types).toEqual([
      'investment',
      'chips',
      'warrant',
      'backstop',
      'revenue_share',
      'partnership',
    ]);
  });

  it('shows only one type, then all of them again', async () => {
    const { store, user } = renderWithStore(<TypeKey dataset={seedSlice} />, {
      viewportWidth: WIDE,
    });
    expect(screen.queryByRole('button', { name: 'Show all types' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show only Chip purchase' }));
    expect(store.getState().view.filters.types).toEqual(['chips']);
    expect(checked()).toEqual(['Chip purchase']);
    expect(screen.getByText('(1 of 5 types shown)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show all types' }));
    expect(store.getState().view.filters.types).toEqual(DEAL_TYPES);
    expect(checked()).toHaveLength(5);
    expect(screen.queryByRole('button', { name: 'Show all types' })).not.toBeInTheDocument();
  });

  it('follows filters set elsewhere (a link, the filter panel)', () => {
    const { store } = renderWithStore(<TypeKey dataset={seedSlice} />, {
      view: { filters: { types: ['investment', 'warrant'] } },
      viewportWidth: WIDE,
    });
    expect(checked()).toEqual(['Investment', 'Warrant']);
    expect(store.getState().view.filters.types).toEqual(['investment', 'warrant']);
  });

  it('drops the "only" shortcuts and the notes when compact', () => {
    renderWithStore(<TypeKey dataset={seedSlice} compact />);
    expect(checkboxes()).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /^Show only/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/Arrows point the way money flows/)).not.toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('is open on a wide screen', () => {
    renderWithStore(<TypeKey dataset={seedSlice} />, { viewportWidth: WIDE });
    expect(disclosure()).toHaveAttribute('open');
  });

  it('is folded on a phone, and unfolds from its summary', async () => {
    const { user } = renderWithStore(<TypeKey dataset={seedSlice} />, { viewportWidth: 390 });
    expect(disclosure()).not.toHaveAttribute('open');
    await user.click(screen.getByText(/^Key and deal types/));
    expect(disclosure()).toHaveAttribute('open');
  });

  it('is always shown, with nothing to unfold, when compact (the embed)', () => {
    const { container } = renderWithStore(<TypeKey dataset={seedSlice} compact />, {
      viewportWidth: 390,
    });
    expect(container.querySelector('details')).toBeNull();
    expect(screen.queryByText(/Key and deal types/)).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Deal types shown' })).toBeVisible();
  });
});
