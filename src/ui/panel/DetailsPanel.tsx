import { viewDate } from '../../state/derive';
import type { AppState } from '../../state/store';
import {
  useAppStore,
  useDataset,
  useFiltered,
  useFullIndex,
  useLoops,
  usePaths,
  useViewIndex,
} from '../context';
import { LoopsSection } from '../loops/LoopsSection';
import { PathsSection } from '../loops/PathsSection';
import { CompanyDetails } from './CompanyDetails';
import { DealDetails } from './DealDetails';
import { Intro } from './Intro';

const selectCompany = (s: AppState) => s.view.company;
const selectDeal = (s: AppState) => s.view.deal;
const selectTarget = (s: AppState) => s.view.target;
const selectFilters = (s: AppState) => s.view.filters;

/** A deal, else a company, else the introduction. */
export function DetailsPanel() {
  const dataset = useDataset();
  const filtered = useFiltered();
  const view = useViewIndex();
  const full = useFullIndex();
  const company = useAppStore(selectCompany);
  const deal = useAppStore(selectDeal);
  const target = useAppStore(selectTarget);
  const filters = useAppStore(selectFilters);
  const loops = useLoops();
  const paths = usePaths();
  if (!dataset || !view || !full || !filtered) return null;
  if (deal && full.dealById.has(deal))
    return <DealDetails id={deal} dataset={dataset} full={full} view={view} />;
  if (company && full.companyById.has(company)) {
    const name = full.companyById.get(company)?.name ?? company;
    const section =
      target != null ? (
        <PathsSection search={paths} index={full} />
      ) : loops ? (
        <LoopsSection search={loops} index={full} companyName={name} />
      ) : null;
    return (
      <CompanyDetails id={company} dataset={dataset} view={view} full={full} loops={section} />
    );
  }
  return (
    <Intro
      dataset={dataset}
      view={view}
      dealsInView={filtered.deals.length}
      asOf={viewDate(dataset, filters)}
    >
      {loops && <LoopsSection search={loops} index={full} />}
    </Intro>
  );
}
