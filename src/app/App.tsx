/**
 * The full-page app: header (search, filters, share, theme), the graph with its
 * key and timeline, and the details panel. Thin: it picks which pieces to show;
 * the pieces select their own state.
 */
import { useCallback, useRef } from 'react';
import type { AppState } from '../state/store';
import { useAppStore, useDataset, useFiltered, useFullIndex, useViewIndex } from '../ui/context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { EmbedButton } from './EmbedDialog';
import { FiltersMenu } from '../ui/filters/FiltersMenu';
import { Timeline } from '../ui/filters/Timeline';
import { TypeKey } from '../ui/filters/TypeKey';
import { GraphView, type GraphEngines } from '../ui/graph/GraphView';
import { Notices } from '../ui/Notices';
import { DetailsPanel } from '../ui/panel/DetailsPanel';
import { Search } from '../ui/Search';
import { ShareButton } from '../ui/ShareButton';
import { ThemeSelect } from '../ui/ThemeSelect';
import { GraphHandle } from '../ui/graph/handle';
import { LoopFlash } from '../ui/loops/LoopFlash';
import { useLoopFocus } from '../ui/loops/useLoopFocus';
import { useLoopGuard } from '../ui/loops/useLoopGuard';
import { useEscapeToClear } from '../ui/useEscapeToClear';

const selectData = (s: AppState) => s.data;

export function App({ onUseBundled }: { onUseBundled?: () => void }) {
  const data = useAppStore(selectData);
  const dataset = useDataset();
  const filtered = useFiltered();
  const view = useViewIndex();
  const full = useFullIndex();
  const engines = useRef<GraphEngines | null>(null);
  const onEngines = useCallback((e: GraphEngines | null) => {
    engines.current = e;
  }, []);
  const bringIntoView = useCallback((id: string) => {
    const p = engines.current?.layout.positions.get(id);
    if (p) engines.current?.panZoom.centerOn(p.x, p.y, 1.2);
  }, []);
  const focus = useLoopFocus();
  useEscapeToClear();
  useLoopGuard();

  return (
    <GraphHandle.Provider value={engines}>
      <div className="app">
        <a className="skip-link" href="#panel">
          Skip to details
        </a>
        <header className="topbar">
          <div className="brand">
            <h1>Circular trade</h1>
            <p className="muted">
              {dataset
                ? dataset.title
                : data.state === 'loading'
                  ? 'Loading the deals…'
                  : 'No data'}
            </p>
          </div>
          <div className="topbar-actions">
            {dataset && <Search companies={dataset.companies} onFound={bringIntoView} />}
            {dataset && <FiltersMenu />}
            <ShareButton />
            {dataset && <EmbedButton />}
            <ThemeSelect />
          </div>
        </header>
        <ErrorBanner {...(onUseBundled ? { onUseBundled } : {})} />
        <Notices />
        <main className="layout">
          <div className="stage">
            {dataset && filtered && view && full ? (
              <GraphView
                dataset={dataset}
                full={full}
                view={view}
                filtered={filtered}
                focus={focus}
                onEngines={onEngines}
              />
            ) : (
              <div className="graph graph-empty" aria-busy={data.state === 'loading'}>
                <p className="muted">
                  {data.state === 'loading' ? 'Loading the deals…' : 'Nothing to draw.'}
                </p>
              </div>
            )}
            {full && <LoopFlash index={full} />}
            {dataset && (
              <div className="stage-foot">
                <Timeline dataset={dataset} />
                <TypeKey dataset={dataset} />
              </div>
            )}
          </div>
          <aside id="panel" className="panel" aria-label="Details" tabIndex={-1}>
            <DetailsPanel />
          </aside>
        </main>
      </div>
    </GraphHandle.Provider>
  );
}
