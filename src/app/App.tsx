/**
 * The full-page app: header (search, filters, share, theme), the graph with its
 * key and timeline, and the details panel. Thin: it picks which pieces to show;
 * the pieces select their own state.
 */
import { useDeferredValue } from 'react';
import type { AppState } from '../state/store';
import { useAppStore, useDataset, useFullIndex } from '../ui/context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ExportMenu } from '../ui/ExportMenu';
import { OpenDialog } from '../ui/open/OpenDialog';
import { useOpenDataset } from '../ui/open/useOpenDataset';
import { EmbedButton } from './EmbedDialog';
import { FiltersMenu } from '../ui/filters/FiltersMenu';
import { Timeline } from '../ui/filters/Timeline';
import { TypeKey } from '../ui/filters/TypeKey';
import { GraphStage } from '../ui/graph/GraphStage';
import { Notices } from '../ui/Notices';
import { DetailsPanel } from '../ui/panel/DetailsPanel';
import { Search } from '../ui/Search';
import { ShareButton } from '../ui/ShareButton';
import { ThemeSelect } from '../ui/ThemeSelect';
import { GraphHandle, useEnginesRef } from '../ui/graph/handle';
import { LoopFlash } from '../ui/loops/LoopFlash';
import { LoopGuard } from '../ui/loops/useLoopGuard';
import { useEscapeToClear } from '../ui/useEscapeToClear';
import { Announcer } from '../ui/a11y/Announcer';
import { PanelSheet } from '../ui/a11y/PanelSheet';
import { useStoryInPanel } from '../ui/a11y/useNarrow';
import { SkipLinks } from '../ui/a11y/SkipLinks';
import { useFocusReturn } from '../ui/a11y/useFocusReturn';
import { ExplainerProvider } from '../ui/story/Explainer';
import { StoryLayer } from '../ui/story/StoryLayer';
import { StageTabs, useStageTab } from '../ui/table/StageTabs';

const selectData = (s: AppState) => s.data;

export function App({ onUseBundled }: { onUseBundled?: () => void }) {
  const data = useAppStore(selectData);
  const dataset = useDataset();
  const full = useFullIndex();
  const { engines, onEngines, bringIntoView } = useEnginesRef();
  const opener = useOpenDataset();
  useEscapeToClear();
  useFocusReturn();
  // On a phone or a narrow desktop the chapter or caption leads the details, so the map stays clear.
  const inPanel = useStoryInPanel();
  const story = dataset ? <StoryLayer /> : null;
  const stageTab = useStageTab();
  // The details panel (the intro, totals, the loop list) renders just after
  // the map, in a deferred render: it is about half of the first commit's
  // work, and the map's box does not depend on it (a fixed column, or a sheet).
  const panelReady = useDeferredValue(dataset != null, false);
  // Data that could not be shown leaves nothing to detail: the error and the
  // map's place take the page, with no empty column or sheet beside them.
  const failed = data.state === 'error';

  return (
    <GraphHandle.Provider value={engines}>
      <ExplainerProvider>
        <div className="app">
          {!failed && <SkipLinks />}
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
              <button type="button" className="button" onClick={opener.show}>
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                  <path
                    d="M2 4.5h4l1.5 1.5H14v6.5H2zM8 8v3.5M6.5 9.5L8 8l1.5 1.5"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.5"
                    strokeLinejoin="round"
                  />
                </svg>
                <span className="button-text">Open a dataset…</span>
              </button>
              {dataset && <ExportMenu />}
              {dataset && <EmbedButton />}
              <ThemeSelect />
            </div>
          </header>
          <ErrorBanner {...(onUseBundled ? { onUseBundled } : {})} />
          <OpenDialog
            dialog={opener.dialog}
            state={opener.state}
            onFiles={(f) => void opener.open(f)}
          />
          <Notices />
          <main className={failed ? 'layout no-panel' : 'layout'}>
            <div className={`stage${opener.dragging ? ' is-dropping' : ''}`} {...opener.drop}>
              <StageTabs state={stageTab} enabled={dataset != null}>
                <GraphStage onEngines={onEngines} />
                {full && <LoopFlash index={full} />}
                {!inPanel && story}
              </StageTabs>
              {dataset && (
                <div className="stage-foot">
                  <Timeline dataset={dataset} />
                  <TypeKey dataset={dataset} />
                </div>
              )}
            </div>
            {!failed && (
              <PanelSheet lead={inPanel ? story : null}>
                {panelReady && <DetailsPanel />}
              </PanelSheet>
            )}
          </main>
          <Announcer />
          <LoopGuard />
        </div>
      </ExplainerProvider>
    </GraphHandle.Provider>
  );
}
