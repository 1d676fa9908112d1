import type { AppState } from '../../state/store';
import { useAppStore, useDataset, useFiltered, useFullIndex, useViewIndex } from '../context';
import { CompanyDetails } from './CompanyDetails';
import { DealDetails } from './DealDetails';
import { Intro } from './Intro';

const selectCompany = (s: AppState) => s.view.company;
const selectDeal = (s: AppState) => s.view.deal;

/** A deal, else a company, else the introduction. */
export function DetailsPanel() {
  const dataset = useDataset();
  const filtered = useFiltered();
  const view = useViewIndex();
  const full = useFullIndex();
  const company = useAppStore(selectCompany);
  const deal = useAppStore(selectDeal);
  if (!dataset || !view || !full || !filtered) return null;
  if (deal && full.dealById.has(deal))
    return <DealDetails id={deal} dataset={dataset} full={full} />;
  if (company && full.companyById.has(company))
    return <CompanyDetails id={company} dataset={dataset} view={view} full={full} />;
  return <Intro dataset={dataset} view={view} dealsInView={filtered.deals.length} />;
}
