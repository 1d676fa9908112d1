/**
 * The network drawing. React renders the elements (which companies and deals,
 * their classes and accessible names); the engines created in effects (layout,
 * pan/zoom, drag) write geometry straight into the DOM, so neither a layout tick
 * nor a pan frame re-renders React.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createLayoutEngine, type LayoutEngine } from '../../layout/engine';
import { emphasisOf, type Focus } from '../../render/emphasis';
import { layoutInput } from '../../render/layoutInput';
import type { PanZoom } from '../../render/panZoom';
import { buildSceneModel, sceneScales } from '../../render/sceneModel';
import { indexDataset, type Dataset, type DatasetIndex } from '../../model';
import type { FilteredView } from '../../graph/filter';
import { useActions, useAppStore, useMode, useStoreApi } from '../context';
import { Tooltip, type TooltipTarget } from './Tooltip';
import { useFocus } from './useFocus';
import { ZoomControls } from './ZoomControls';
import { useBoxShape } from './useBoxShape';
import { useGraphEngines } from './useGraphEngines';
import type { AppState } from '../../state/store';

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
  /** Lets the pulse engine (follow the dollar) find the layout and elements. */
  readonly onEngines?: (engines: GraphEngines | null) => void;
}

export interface GraphEngines {
  readonly layout: LayoutEngine;
  readonly panZoom: PanZoom;
  readonly svg: SVGSVGElement;
  readonly viewport: SVGGElement;
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
  const store = useStoreApi();
  const selected = useAppStore(selectSelected);
  const target = useAppStore(selectTarget);
  const selectedDeal = useAppStore(selectSelectedDeal);
  const containerRef = useRef<HTMLDivElement>(null);
  const [tooltip, setTooltip] = useState<TooltipTarget | null>(null);

  const scales = useMemo(() => sceneScales(dataset, full), [dataset, full]);
  const scene = useMemo(
    () => buildSceneModel(scales, full, view, filtered.companies, filtered.deals),
    [scales, full, view, filtered],
  );

  // The layout belongs to the dataset (and the box's shape), not to the
  // filters: positions stay put while filters, time and selection change.
  const shape = useBoxShape(containerRef) ?? 'wide';
  // Dragged companies stay where they are dropped; "Reset layout" brings back
  // the original, deterministic picture by making the layout anew.
  const [generation, setGeneration] = useState(0);
  const [pinned, setPinned] = useState(false);
  const layout = useMemo(() => {
    const index = indexDataset(source, source.deals);
    const radius = sceneScales(source, index).radius;
    const input = layoutInput(
      source.companies,
      (id) => radius(index.flow.get(id)?.total.usd ?? 0),
      source.deals,
      index,
    );
    return createLayoutEngine(input.nodes, input.links, { shape });
    // `generation` is here on purpose: "Reset layout" asks for a fresh engine.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, shape, generation]);
  useEffect(() => () => layout.destroy(), [layout]);

  const focusState = useFocus(focus);
  const emphasis = useMemo(() => emphasisOf(focusState, view), [focusState, view]);
  const labelled = useMemo(() => [selected, target], [selected, target]);
  const closeTooltip = useCallback(() => setTooltip(null), []);
  const markPinned = useCallback(() => setPinned(true), []);
  const { svgRef, viewportRef, nodesRef, panZoom, wheelHint } = useGraphEngines({
    layout,
    scene,
    emphasis,
    labelled,
    mode,
    onViewChange: closeTooltip,
    onPinned: markPinned,
  });

  useEffect(() => {
    const svg = svgRef.current;
    const viewport = viewportRef.current;
    if (!panZoom || !svg || !viewport) return;
    onEngines?.({ layout, panZoom, svg, viewport });
    return () => onEngines?.(null);
  }, [panZoom, layout, onEngines, svgRef, viewportRef]);

  const showTooltip = (t: TooltipTarget | null) => setTooltip(t);
  const anchor = (el: Element): { x: number; y: number; above: number } => {
    const box = el.getBoundingClientRect();
    const host = containerRef.current?.getBoundingClientRect();
    return {
      x: box.left + box.width / 2 - (host?.left ?? 0),
      y: box.bottom - (host?.top ?? 0),
      above: box.top - (host?.top ?? 0),
    };
  };

  // Hot edges are painted last so they sit on top of faded ones.
  const edges = useMemo(() => {
    if (!emphasis) return scene.edges;
    return [...scene.edges].sort(
      (a, b) => Number(emphasis.deals.has(a.id)) - Number(emphasis.deals.has(b.id)),
    );
  }, [scene.edges, emphasis]);

  const companyCount = scene.nodes.filter((n) => n.active).length;

  return (
    <div
      className="graph"
      ref={containerRef}
      data-focus={emphasis ? 'on' : 'off'}
      data-step={emphasis?.current.size ? 'on' : 'off'}
    >
      <svg
        ref={svgRef}
        className="graph-svg"
        role="group"
        aria-label={`Deal network: ${companyCount} companies, ${scene.edges.length} deals. Tab to a company, Enter to select it, Escape to clear.`}
        onClick={(e) => {
          if (
            e.target === e.currentTarget ||
            (e.target as Element).classList.contains('graph-bg')
          ) {
            actions.clearSelection();
          }
        }}
        onKeyDown={(e) => {
          if (!panZoom) return;
          if (e.key === '+' || e.key === '=') panZoom.zoomBy(1.4);
          else if (e.key === '-' || e.key === '_') panZoom.zoomBy(1 / 1.4);
          else if (e.key === '0') panZoom.fit(layout.store.bounds(), { animate: true });
        }}
      >
        <rect
          className="graph-bg"
          x="-50000"
          y="-50000"
          width="100000"
          height="100000"
          aria-hidden="true"
        />
        <g ref={viewportRef}>
          <g className="edges" aria-hidden="true">
            {edges.map((e) => {
              const hot = emphasis?.deals.has(e.id);
              return (
                <g
                  key={e.id}
                  data-edge-id={e.id}
                  className={[
                    'edge',
                    `type-${e.type}`,
                    `status-${e.status}`,
                    e.unknown ? 'is-unknown' : '',
                    e.estimated ? 'is-estimated' : '',
                    e.ghost ? 'is-ghost' : '',
                    emphasis ? (hot ? 'is-hot' : 'is-dim') : '',
                    selectedDeal === e.id ? 'is-selected' : '',
                    emphasis?.current.has(e.id) ? 'is-current' : '',
                  ].join(' ')}
                  style={{ ['--w' as string]: e.width }}
                  onClick={(ev) => {
                    ev.stopPropagation();
                    actions.selectDeal(e.id);
                  }}
                  onPointerEnter={(ev) => {
                    actions.setHover({ deal: e.id });
                    const rect = containerRef.current?.getBoundingClientRect();
                    showTooltip({
                      kind: 'deal',
                      id: e.id,
                      x: ev.clientX - (rect?.left ?? 0),
                      y: ev.clientY - (rect?.top ?? 0) + 12,
                      above: ev.clientY - (rect?.top ?? 0) - 12,
                    });
                  }}
                  onPointerLeave={() => {
                    actions.setHover({ deal: null });
                    showTooltip(null);
                  }}
                >
                  <path className="edge-hit" />
                  <path className="edge-line" />
                  <path className="edge-arrow" />
                </g>
              );
            })}
          </g>
          <g className="nodes" ref={nodesRef}>
            {scene.nodes.map((n) => {
              const hot = emphasis?.companies.has(n.id);
              const isSelected = selected === n.id || target === n.id;
              return (
                <g
                  key={n.id}
                  data-node-id={n.id}
                  role="button"
                  tabIndex={0}
                  aria-label={n.name}
                  aria-pressed={isSelected}
                  className={[
                    'node',
                    `kind-${n.kind}`,
                    n.active ? '' : 'is-ghost',
                    emphasis ? (hot ? 'is-hot' : 'is-dim') : '',
                    isSelected ? 'is-selected' : '',
                    emphasis?.currentCompanies.has(n.id) ? 'is-current' : '',
                  ].join(' ')}
                  onClick={(ev) => {
                    ev.stopPropagation();
                    setTooltip(null);
                    actions.selectCompany(n.id, { additive: ev.shiftKey });
                  }}
                  onKeyDown={(ev) => {
                    if (ev.key === 'Enter' || ev.key === ' ') {
                      ev.preventDefault();
                      ev.stopPropagation();
                      actions.selectCompany(n.id, { additive: ev.shiftKey });
                    }
                  }}
                  onPointerEnter={(ev) => {
                    if (ev.pointerType === 'touch') return;
                    actions.setHover({ company: n.id });
                    showTooltip({
                      kind: 'company',
                      id: n.id,
                      ...anchor(ev.currentTarget.querySelector('circle') ?? ev.currentTarget),
                    });
                  }}
                  onPointerLeave={() => {
                    if (store.getState().hover.company === n.id)
                      actions.setHover({ company: null });
                    showTooltip(null);
                  }}
                  onFocus={(ev) => {
                    // Keyboard focus previews; a click or tap goes straight to the panel.
                    if (ev.currentTarget.matches(':focus-visible'))
                      showTooltip({
                        kind: 'company',
                        id: n.id,
                        ...anchor(ev.currentTarget.querySelector('circle') ?? ev.currentTarget),
                      });
                  }}
                  onBlur={() => showTooltip(null)}
                >
                  {/* A finger-sized target (24 px across at least), drawn invisibly. */}
                  <circle className="node-hit" style={{ ['--r' as string]: n.r }} />
                  <circle className="node-halo" r={n.r + 5} />
                  <circle className="node-dot" r={n.r} />
                  <text className="node-label">{n.name}</text>
                </g>
              );
            })}
          </g>
          <g className="pulse-layer" aria-hidden="true" />
        </g>
      </svg>
      {tooltip && <Tooltip target={tooltip} index={view} full={full} />}
      {panZoom && (
        <ZoomControls
          panZoom={panZoom}
          onFit={() => panZoom.fit(layout.store.bounds(), { animate: true })}
          {...(pinned
            ? {
                onReset: () => {
                  setPinned(false);
                  setGeneration((g) => g + 1);
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
