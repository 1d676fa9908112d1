/**
 * The network drawing. React renders the frame around it (the surface, the zoom
 * controls, the wheel hint) and hands the engines their inputs; the controller
 * created in an effect (controller.ts) draws the map, lays out the companies in
 * a worker, and handles pan, zoom, drag, hover and tooltips without React.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FilteredView } from '../../graph/filter';
import type { Dataset, DatasetIndex } from '../../model';
import type { LayoutEngine } from '../../layout/engine';
import type { Focus } from '../../render/emphasis';
import type { PanZoom } from '../../render/panZoom';
import type { Renderer } from '../../render/renderer';
import { buildSceneModel, sceneScales } from '../../render/sceneModel';
import type { AppState } from '../../state/store';
import { useActions, useAppStore, useDerived, useMode, useStoreApi } from '../context';
import { createGraphController, type GraphController } from './controller';
import { datasetLayoutInput } from './datasetLayout';
import { companyDescription } from './describe';
import { useBoxShape } from './useBoxShape';
import { useCoverBoxes } from './useCoverBoxes';
import { useFocus } from './useFocus';
import { ZoomControls } from './ZoomControls';

export interface GraphViewProps {
  /** The dataset as loaded: the layout comes from it alone, so it never moves. */
  readonly source: Dataset;
  /** The dataset as the reader sees it (their $/GW assumption): sizes and widths. */
  readonly dataset: Dataset;
  readonly full: DatasetIndex;
  readonly view: DatasetIndex;
  readonly filtered: FilteredView;
  /** A loop or a set of paths to emphasise, from the loop panel. */
  readonly focus?: Focus | null;
  /** Lets search and the pulse engine (follow the dollar) reach the engines. */
  readonly onEngines?: (engines: GraphEngines | null) => void;
}

export interface GraphEngines {
  readonly layout: LayoutEngine;
  readonly panZoom: PanZoom;
  readonly renderer: Renderer;
  /** The drawing surface: what is "on the map" is measured against its box. */
  readonly surface: HTMLElement;
}

const selectSelected = (s: AppState) => s.view.company;
const selectTarget = (s: AppState) => s.view.target;
const selectSelectedDeal = (s: AppState) => s.view.deal;

export function GraphView({
  source,
  dataset,
  full,
  view,
  filtered,
  focus = null,
  onEngines,
}: GraphViewProps) {
  const mode = useMode();
  const actions = useActions();
  const selected = useAppStore(selectSelected);
  const target = useAppStore(selectTarget);
  const selectedDeal = useAppStore(selectSelectedDeal);
  const containerRef = useRef<HTMLDivElement>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<GraphController | null>(null);
  const [pinned, setPinned] = useState(false);
  const [wheelHint, setWheelHint] = useState(false);

  const scales = useMemo(() => sceneScales(dataset, full), [dataset, full]);
  const scene = useMemo(
    () => buildSceneModel(scales, full, view, filtered.companies, filtered.deals),
    [scales, full, view, filtered],
  );

  // The layout belongs to the dataset (and the box's shape), not to the
  // filters: positions stay put while filters, time and selection change.
  const shape = useBoxShape(containerRef);
  // While the reader keeps the file's dollars per GW, `full` is the source's
  // whole index already made: the layout's input reuses it. Made once per
  // source: a change of dollars per GW must not lay the map out again.
  const input = useMemo(
    () => datasetLayoutInput(source, dataset === source ? full : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [source],
  );

  // A focused company's description, read from the store when it is focused:
  // its money in the view, and the loops through it — what the panel's loop
  // search knows or finds within its first frame, and remembers: a click
  // focuses the company before it selects it, and the panel then reuses this
  // search instead of running it again.
  const storeApi = useStoreApi();
  const derived = useDerived();
  const describe = useRef<(id: string) => string | null>(() => null);
  useEffect(() => {
    describe.current = (id) => {
      const s = storeApi.getState().view;
      const graph = derived.moneyGraph(dataset, s.filters, s.rank);
      const loops =
        graph.indexOf(id) < 0
          ? { total: 0, truncated: false }
          : derived.knownLoops(graph, id, s.maxLength, s.inOrder);
      return companyDescription(id, view, full, dataset.assumptions?.usdPerGigawatt, loops);
    };
  }, [storeApi, derived, dataset, view, full]);

  // A loop search that finishes after a company was focused (in the loop worker)
  // brings its final count to the focused company's description.
  useEffect(
    () =>
      controller ? derived.loopUpdates.subscribe(() => controller.refreshDescription()) : undefined,
    [controller, derived],
  );

  const latestActions = useRef(actions);
  useEffect(() => {
    latestActions.current = actions;
  });
  // The controller, its scene and its inputs are set in layout effects: the map
  // is drawn in the commit that makes its box, so the browser's first paint of
  // the map is its complete first picture, not an empty box a frame earlier.
  useLayoutEffect(() => {
    const root = containerRef.current;
    const surface = surfaceRef.current;
    if (!root || !surface || !shape) return;
    let hintTimer: ReturnType<typeof setTimeout> | undefined;
    const c = createGraphController(root, surface, {
      nodes: input.nodes,
      links: input.links,
      shape,
      wheel: mode === 'embed' ? 'modifier' : 'always',
      actions: latestActions.current,
      onPinned: () => setPinned(true),
      describe: (id) => describe.current(id),
      onWheelIgnored: () => {
        setWheelHint(true);
        clearTimeout(hintTimer);
        hintTimer = setTimeout(() => setWheelHint(false), 1600);
      },
    });
    // Whether the layout came from the layout cache (src/layout/layoutCache.ts): for the tests.
    root.dataset.layoutCache = c.layout.cached ? 'hit' : 'miss';
    setController(c);
    setPinned(false);
    return () => {
      clearTimeout(hintTimer);
      c.destroy();
      setController(null);
    };
  }, [input, shape, mode]);

  useLayoutEffect(() => {
    controller?.setScene(scene, view, full);
  }, [controller, scene, view, full]);

  useCoverBoxes(controller);

  const focusState = useFocus(focus);
  useLayoutEffect(() => {
    controller?.setInputs({
      focus: focusState,
      selected: [selected, target].filter((id): id is string => id != null),
      selectedDeal,
    });
  }, [controller, focusState, selected, target, selectedDeal]);

  useEffect(() => {
    if (!controller) return;
    onEngines?.({
      layout: controller.layout,
      panZoom: controller.panZoom,
      renderer: controller.renderer,
      surface: controller.surface,
    });
    return () => onEngines?.(null);
  }, [controller, onEngines]);

  const fit = useCallback(() => controller?.fit(true), [controller]);
  const companyCount = scene.nodes.filter((n) => n.active).length;

  return (
    <div className="graph" ref={containerRef}>
      <div
        ref={surfaceRef}
        className="graph-surface"
        role="group"
        aria-label={`Deal network: ${companyCount} companies, ${scene.edges.length} deals. Tab to the map, arrow keys move between companies, Enter selects, Shift+Enter shows money paths to it, D steps through its deals, Escape clears.`}
      />
      {controller && (
        <ZoomControls
          panZoom={controller.panZoom}
          onFit={fit}
          {...(pinned
            ? {
                onReset: () => {
                  setPinned(false);
                  controller.resetLayout();
                },
              }
            : {})}
        />
      )}
      {wheelHint && (
        <div className="wheel-hint" role="status">
          Use ctrl + scroll (⌘ + scroll on a Mac) to zoom
        </div>
      )}
    </div>
  );
}
