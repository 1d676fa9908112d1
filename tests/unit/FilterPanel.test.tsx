// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMPANY_KINDS, DEAL_STATUSES } from '../../src/model';
import { DEFAULT_FILTERS } from '../../src/state/viewState';
import { FilterPanel } from '../../src/ui/filters/FilterPanel';
import { renderWithStore } from './renderWithStore';

const group = (name: string) => screen.getByRole('group', { name });
const filters = (store: ReturnType<typeof renderWithStore>['store']) =>
  store.getState().view.filters;

describe('FilterPanel', () => {
  it('starts with everything shown and nothing to reset', () => {
    renderWithStore(<FilterPanel />);
    expect(screen.getByRole('switch', { name: 'Confirmed only' })).not.toBeChecked();
    for (const name of ['Status', 'Confidence', 'Companies'])
      for (const box of within(group(name)).getAllByRole('checkbox')) expect(box).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Minimum amount' })).toHaveDisplayValue(
      'Any amount',
    );
    expect(screen.queryByText('Deals of unknown amount are hidden.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset all filters' })).toBeDisabled();
  });

  it('names every status, confidence and kind of company', () => {
    renderWithStore(<FilterPanel />);
    const labels = (name: string) =>
      within(group(name))
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')?.textContent);
    expect(labels('Status')).toEqual(['Closed', 'Announced', 'Letter of intent', 'Reported talks']);
    expect(labels('Confidence')).toEqual(['High', 'Medium', 'Low']);
    expect(labels('Companies')).toEqual([
      'AI lab',
      'Cloud',
      'Neocloud',
      'Chips & hardware',
      'Investor',
      'Other',
    ]);
  });

  it('"Confirmed only" keeps closed and announced deals, and lets the rest back', async () => {
    const { store, user } = renderWithStore(<FilterPanel />);
    const confirmed = screen.getByRole('switch', { name: 'Confirmed only' });

    await user.click(confirmed);
    expect(filters(store).statuses).toEqual(['closed', 'announced']);
    expect(confirmed).toBeChecked();
    const status = group('Status');
    expect(within(status).getByRole('checkbox', { name: 'Letter of intent' })).not.toBeChecked();
    expect(within(status).getByRole('checkbox', { name: 'Reported talks' })).not.toBeChecked();

    await user.click(confirmed);
    expect(filters(store).statuses).toEqual(DEAL_STATUSES);
    expect(confirmed).not.toBeChecked();
  });

  it('turns "Confirmed only" on when the reader unchecks the unconfirmed statuses by hand', async () => {
    const { store, user } = renderWithStore(<FilterPanel />);
    await user.click(screen.getByRole('checkbox', { name: 'Reported talks' }));
    await user.click(screen.getByRole('checkbox', { name: 'Letter of intent' }));
    expect(filters(store).statuses).toEqual(['closed', 'announced']);
    expect(screen.getByRole('switch', { name: 'Confirmed only' })).toBeChecked();
  });

  it('toggles a status, keeping the vocabulary order', async () => {
    const { store, user } = renderWithStore(<FilterPanel />);
    const closed = screen.getByRole('checkbox', { name: 'Closed' });
    await user.click(closed);
    expect(filters(store).statuses).toEqual(['announced', 'loi', 'reported']);
    expect(closed).not.toBeChecked();
    await user.click(closed);
    expect(filters(store).statuses).toEqual(['closed', 'announced', 'loi', 'reported']);
  });

  it('toggles a confidence', async () => {
    const { store, user } = renderWithStore(<FilterPanel />);
    await user.click(screen.getByRole('checkbox', { name: 'Low' }));
    expect(filters(store).confidences).toEqual(['high', 'medium']);
    await user.click(screen.getByRole('checkbox', { name: 'High' }));
    expect(filters(store).confidences).toEqual(['medium']);
    await user.click(screen.getByRole('checkbox', { name: 'Low' }));
    expect(filters(store).confidences).toEqual(['medium', 'low']);
  });

  it('toggles a kind of company', async () => {
    const { store, user } = renderWithStore(<FilterPanel />);
    const companies = group('Companies');
    await user.click(within(companies).getByRole('checkbox', { name: 'Chips & hardware' }));
    expect(filters(store).kinds).toEqual(COMPANY_KINDS.filter((k) => k !== 'chips'));
    await user.click(within(companies).getByRole('checkbox', { name: 'Chips & hardware' }));
    expect(filters(store).kinds).toEqual(COMPANY_KINDS);
  });

  it('sets a minimum amount and warns that deals of unknown amount go', async () => {
    const { store, user } = renderWithStore(<FilterPanel />);
    const minimum = screen.getByRole('combobox', { name: 'Minimum amount' });
    expect(
      within(minimum)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Any amount',
      '$1B or more',
      '$5B or more',
      '$10B or more',
      '$25B or more',
      '$50B or more',
      '$100B or more',
    ]);

    await user.selectOptions(minimum, '$5B or more');
    expect(filters(store).minUsd).toBe(5e9);
    expect(minimum).toHaveDisplayValue('$5B or more');
    expect(screen.getByText('Deals of unknown amount are hidden.')).toBeInTheDocument();

    await user.selectOptions(minimum, 'Any amount');
    expect(filters(store).minUsd).toBe(0);
    expect(screen.queryByText('Deals of unknown amount are hidden.')).not.toBeInTheDocument();
  });

  it('keeps a minimum from a link that is not one of its steps', () => {
    renderWithStore(<FilterPanel />, { view: { filters: { minUsd: 2e9 } } });
    const minimum = screen.getByRole('combobox', { name: 'Minimum amount' });
    expect(minimum).toHaveDisplayValue('$2B or more');
    expect(
      within(minimum)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain('$1B or more');
  });

  it('resets every filter at once', async () => {
    const { store, user } = renderWithStore(<FilterPanel />, {
      view: { filters: { types: ['chips'], from: '2024-01', until: '2025-06' } },
    });
    await user.click(screen.getByRole('switch', { name: 'Confirmed only' }));
    await user.click(screen.getByRole('checkbox', { name: 'Medium' }));
    await user.click(screen.getByRole('checkbox', { name: 'Neocloud' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Minimum amount' }),
      '$1B or more',
    );

    const reset = screen.getByRole('button', { name: 'Reset all filters' });
    expect(reset).toBeEnabled();
    await user.click(reset);
    expect(filters(store)).toEqual(DEFAULT_FILTERS);
    expect(reset).toBeDisabled();
    expect(screen.getByRole('switch', { name: 'Confirmed only' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Medium' })).toBeChecked();
  });

  it('can be reset when only the dates or the types differ from the defaults', () => {
    renderWithStore(<FilterPanel />, { view: { filters: { until: '2024-12' } } });
    expect(screen.getByRole('button', { name: 'Reset all filters' })).toBeEnabled();
  });
});
