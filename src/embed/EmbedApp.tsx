/**
 * The compact map for someone else's page: the graph at a fixed height, a small
 * key, the details and loops as a drawer, and a link to the full app with the
 * same view. It scrolls with the page (wheel zoom needs ctrl/⌘) and sizes
 * itself to its content, so the frame around it can follow.
 */
import { useCallback, useId, useRef, useState } from 'react';
import { formatDate } from '../model';
import type { AppState } from '../state/store';
import { serializeView } from '../state/url';
import { useAppStore, useDataset, useFullIndex, useMapCover } from '../ui/context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ExportMenu } from '../ui/ExportMenu';
import { TypeKey } from '../ui/filters/TypeKey';
import { GraphStage } from '../ui/graph/GraphStage';
import { GraphHandle, useEnginesRef } from '../ui/graph/handle';
import { LoopGuard } from '../ui/loops/useLoopGuard';
import { Notices } from '../ui/Notices';
import { DetailsPanel } from '../ui/panel/DetailsPanel';
import { useEscapeToClear } from '../ui/useEscapeToClear';
import { Announcer } from '../ui/a11y/Announcer';
import { useFocusReturn } from '../ui/a11y/useFocusReturn';
import { ExplainerProvider } from '../ui/story/Explainer';
import { StoryLayer } from '../ui/story/StoryLayer';
import { panelId, tabId, Tabs } from '../ui/table/Tabs';
import { TableView } from '../ui/table/TableView';
import { useShowFromTable } from '../ui/table/useShowFromTable';
import type { EmbedOptions } from './params';

const DRAWER_TABS = [
  { id: 'details', label: 'Details' },
  { id: 'table', label: 'Table' },
] as const;
type DrawerTab = (typeof DRAWER_TABS)[number]['id'];

const selectView = (s: AppState) => s.view;
const selectCompany = (s: AppState) => s.view.company;

export function EmbedApp({
  options,
  appUrl,
  onUseBundled,
}: {
  options: EmbedOptions;
  /** The full app's address (index.html), resolved where the embed is served from. */
  appUrl: string;
  onUseBundled?: () => void;
}) {
  const view = useAppStore(selectView);
  const company = useAppStore(selectCompany);
  const dataset = useDataset();
  const full = useFullIndex();
  const { engines, onEngines } = useEnginesRef();
  const [drawer, setDrawer] = useState(options.panel === 'open');
  // The drawer shows the details or, over the whole map, the table of the view.
  const [tab, setTab] = useState<DrawerTab>('details');
  const toDetails = useCallback(() => setTab('details'), []);
  const onShow = useShowFromTable(toDetails);
  const base = useId();
  useEscapeToClear();
  useFocusReturn();

  // Selecting a company opens the drawer, so a click always leads somewhere
  // (adjusted during render, as React recommends for state that follows props).
  const [shownFor, setShownFor] = useState(company);
  if (company !== shownFor) {
    setShownFor(company);
    if (company && options.panel !== 'none') setDrawer(true);
  }

  const stage = useRef<HTMLDivElement>(null);
  const flip = () => {
    setDrawer((d) => !d);
    // The toggle moves between the map and the drawer; focus goes with it.
    requestAnimationFrame(() =>
      stage.current?.querySelector<HTMLElement>('.drawer-toggle')?.focus(),
    );
  };
  // Closed, the drawer's toggle sits over the map: no name or dollar goes under it.
  const toggleRef = useRef<HTMLButtonElement>(null);
  useMapCover(toggleRef, { shown: !drawer && dataset != null && options.panel !== 'none' });
  const toggle = (
    <button
      ref={toggleRef}
      type="button"
      className="drawer-toggle button"
      aria-expanded={drawer}
      aria-controls="embed-drawer"
      onClick={flip}
    >
      {drawer ? 'Hide details' : company ? 'Details and loops' : 'Money loops'}
    </button>
  );

  const query = serializeView(view);
  const fullLink = `${appUrl}${query ? `?${query}` : ''}`;
  const companyName = company ? full?.companyById.get(company)?.name : undefined;

  return (
    <GraphHandle.Provider value={engines}>
      <ExplainerProvider>
        <div className="embed" style={{ ['--graph-h' as string]: `${options.height}px` }}>
          <header className="embed-head">
            <p className="embed-title">
              <strong>
                {companyName
                  ? `${companyName}: the money going round`
                  : (dataset?.title ?? 'Circular trade')}
              </strong>
            </p>
            <a className="embed-open" href={fullLink} target="_blank" rel="noopener noreferrer">
              Open the full map<span aria-hidden="true"> ↗</span>
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </header>
          <ErrorBanner {...(onUseBundled ? { onUseBundled } : {})} />
          <div className="embed-stage" ref={stage}>
            <GraphStage onEngines={onEngines} />
            {dataset && <StoryLayer />}
            {dataset && options.panel !== 'none' && (
              <>
                {!drawer && toggle}
                <aside
                  id="embed-drawer"
                  className={`drawer${tab === 'table' ? ' is-table' : ''}`}
                  aria-label="Details"
                  hidden={!drawer}
                >
                  {/* Open, the toggle heads the drawer: it never covers what it shows. */}
                  {drawer && (
                    <div className="drawer-bar">
                      <Tabs
                        base={base}
                        label="Show in the drawer"
                        className="drawer-tabs"
                        tabs={DRAWER_TABS}
                        selected={tab}
                        onSelect={setTab}
                      />
                      {toggle}
                    </div>
                  )}
                  <div
                    role="tabpanel"
                    id={panelId(base, 'details')}
                    aria-labelledby={tabId(base, 'details')}
                    hidden={tab !== 'details'}
                  >
                    <DetailsPanel />
                    <ExportMenu className="drawer-export" />
                  </div>
                  <div
                    role="tabpanel"
                    id={panelId(base, 'table')}
                    aria-labelledby={tabId(base, 'table')}
                    hidden={tab !== 'table'}
                  >
                    {drawer && tab === 'table' && <TableView onShow={onShow} />}
                  </div>
                </aside>
              </>
            )}
            <Notices />
          </div>
          <Announcer />
          <LoopGuard />
          {dataset && (
            <footer className="embed-foot">
              <TypeKey dataset={dataset} compact />
              <p className="embed-credit muted">
                {dataset.deals.length} deals, as of {formatDate(dataset.asOf)} · every deal cited ·{' '}
                <a href={fullLink} target="_blank" rel="noopener noreferrer">
                  circular-trade
                </a>
              </p>
            </footer>
          )}
        </div>
      </ExplainerProvider>
    </GraphHandle.Provider>
  );
}
