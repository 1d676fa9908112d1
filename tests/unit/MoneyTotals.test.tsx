// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/ui/panel/DetailsPanel';
import { loadDataset, renderWithStore } from './renderWithStore';

const loi = loadDataset('tests/fixtures/loi-superseded.json');
const totals = () => screen.getByRole('figure', { name: 'Dollars in view' });

describe('the totals of the view', () => {
  it('gives firm and headline dollars and the share that is promises, as of asOf', () => {
    renderWithStore(<DetailsPanel />, { dataset: loi });
    // At 1 Apr 2026 the LOI has been superseded: $671B headline, $30B of it an "up to".
    expect(totals()).toHaveTextContent('$641B firm of $671B headline');
    expect(totals()).toHaveTextContent(
      '4 % of the dollars in view are letters of intent, ceilings or contingent · as of 1 Apr 2026',
    );
    expect(screen.getByRole('img', { name: '4 % promises, 96 % firm' })).toBeInTheDocument();
  });

  it('follows the time range: before the end date the LOI counts, never with the stake', () => {
    renderWithStore(<DetailsPanel />, { dataset: loi, view: { filters: { until: '2026-01' } } });
    // $100B LOI + $300B + $40B + $50B chips (20 firm) + $250B + $1B = $741B; firm $611B.
    expect(totals()).toHaveTextContent('$611B firm of $741B headline');
    expect(totals()).toHaveTextContent('18 % of the dollars in view');
    expect(totals()).toHaveTextContent('as of 31 Jan 2026');
  });
});
