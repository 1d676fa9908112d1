/**
 * The graph, or what stands in its place while the data loads or when it
 * cannot be drawn. Shared by the app and the embed; the engines it creates are
 * handed to `onEngines` (see useEnginesRef in handle.tsx) for search and the player.
 */
import type { AppState } from '../../state/store';
import {
  useAppStore,
  useDataset,
  useFiltered,
  useFullIndex,
  useLoadedDataset,
  useViewIndex,
} from '../context';
import { useLoopFocus } from '../loops/useLoopFocus';
import { GraphView, type GraphEngines } from './GraphView';
import { LoadingProgress } from './LoadingProgress';
import { useFrameLoop } from './useFrameLoop';

const selectDataState = (s: AppState) => s.data.state;

export function GraphStage({ onEngines }: { onEngines: (engines: GraphEngines | null) => void }) {
  const state = useAppStore(selectDataState);
  const source = useLoadedDataset();
  const dataset = useDataset();
  const filtered = useFiltered();
  const view = useViewIndex();
  const full = useFullIndex();
  const focus = useLoopFocus();
  useFrameLoop();
  if (!source || !dataset || !filtered || !view || !full)
    return (
      <div className="graph graph-empty" aria-busy={state === 'loading'}>
        {state === 'loading' ? <LoadingProgress /> : <p className="muted">Nothing to draw.</p>}
      </div>
    );
  return (
    <GraphView
      source={source}
      dataset={dataset}
      full={full}
      view={view}
      filtered={filtered}
      focus={focus}
      onEngines={onEngines}
    />
  );
}
