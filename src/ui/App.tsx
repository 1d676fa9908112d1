/**
 * The full-page app: header, graph, key, and the details panel. Thin: it picks
 * which pieces to show; the pieces select their own state.
 */
import { formatDate } from '../model';
import type { AppState } from '../state/store';
import { useAppStore, useDataset, useFiltered, useFullIndex, useViewIndex } from './context';
import { ErrorBanner } from './ErrorBanner';
import { GraphView } from './graph/GraphView';
import { Legend } from './Legend';
import { Notices } from './Notices';
import { CompanyDetails } from './panel/CompanyDetails';
import { DealDetails } from './panel/DealDetails';
import { Intro } from './panel/Intro';
import { useEscapeToClear } from './useEscapeToClear';

const selectData = (s: AppState) => s.data;
const selectCompany = (s: AppState) => s.view.company;
const selectDeal = (s: AppState) => s.view.deal;

export function App({ onUseBundled }: { onUseBundled?: () => void }) {
  const data = useAppStore(selectData);
  const dataset = useDataset();
  const filtered = useFiltered();
  const view = useViewIndex();
  const full = useFullIndex();
  const company = useAppStore(selectCompany);
  const deal = useAppStore(selectDeal);
  useEscapeToClear();

  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        Skip to details
      </a>
      <header className="topbar">
        <div className="brand">
          <h1>Circular trade</h1>
          <p className="muted">
            {dataset
              ? `${dataset.title} · as of ${formatDate(dataset.asOf)}`
              : data.state === 'loading'
                ? 'Loading the deals…'
                : 'No data'}
          </p>
        </div>
      </header>
      <ErrorBanner {...(onUseBundled ? { onUseBundled } : {})} />
      <Notices />
      <main className="layout">
        <div className="stage">
          {dataset && filtered && view && full ? (
            <GraphView dataset={dataset} full={full} view={view} filtered={filtered} />
          ) : (
            <div className="graph graph-empty" aria-busy={data.state === 'loading'}>
              {data.state === 'loading' ? (
                <p className="muted">Loading the deals…</p>
              ) : (
                <p className="muted">Nothing to draw.</p>
              )}
            </div>
          )}
          {dataset && <Legend dataset={dataset} />}
        </div>
        <aside id="panel" className="panel" aria-label="Details" tabIndex={-1}>
          {dataset && view && full && filtered ? (
            deal && full.dealById.has(deal) ? (
              <DealDetails id={deal} dataset={dataset} full={full} />
            ) : company && full.companyById.has(company) ? (
              <CompanyDetails id={company} dataset={dataset} view={view} full={full} />
            ) : (
              <Intro dataset={dataset} view={view} dealsInView={filtered.deals.length} />
            )
          ) : null}
        </aside>
      </main>
    </div>
  );
}
