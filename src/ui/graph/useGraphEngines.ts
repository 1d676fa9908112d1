/**
 * Creates and wires the imperative engines behind the graph: the layout's tick
 * listener, pan/zoom, drag, label placement and fitting. React state is touched
 * only for things a reader sees change (the wheel hint, the tooltip closing);
 * per-frame work goes straight to the DOM.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LayoutEngine } from '../../layout/engine';
import type { Emphasis } from '../../render/emphasis';
import { placeNodeLabels } from '../../render/nodeLabels';
import { createNodeDrag } from '../../render/nodeDrag';
import { createPanZoom, type PanZoom } from '../../render/panZoom';
import { trackMilestones, type Milestones } from '../../render/milestones';
import { drawScene, type SceneElements } from '../../render/scene';
import type { SceneModel } from '../../render/sceneModel';
import { prefersReducedMotion } from '../media';

interface Inputs {
  readonly layout: LayoutEngine;
  readonly scene: SceneModel;
  readonly emphasis: Emphasis | null;
  /** Companies whose labels must show (the selection). */
  readonly labelled: readonly (string | null)[];
  readonly mode: 'app' | 'embed';
  /** The view moved or a drag began: transient overlays should close. */
  readonly onViewChange: () => void;
  /** A company was dragged to a new place (and is pinned there). */
  readonly onPinned: () => void;
}

type EdgeEls = { line: SVGPathElement; arrow: SVGPathElement; hit: SVGPathElement };

export function useGraphEngines(inputs: Inputs) {
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const nodesRef = useRef<SVGGElement>(null);
  const [panZoom, setPanZoom] = useState<PanZoom | null>(null);
  const [wheelHint, setWheelHint] = useState(false);

  const latest = useRef(inputs);
  const milestones = useRef<Milestones | null>(null);
  const panZoomRef = useRef<PanZoom | null>(null);
  const elements = useRef({
    nodes: new Map<string, SVGGElement>(),
    edges: new Map<string, EdgeEls>(),
  });

  const draw = useCallback(() => {
    const { scene, layout } = latest.current;
    const els: SceneElements = {
      node: (id) => elements.current.nodes.get(id),
      edge: (id) => elements.current.edges.get(id),
    };
    drawScene(scene.nodes, scene.edges, layout.store, els);
    milestones.current?.drawn();
  }, []);

  const relabel = useCallback(() => {
    const svg = svgRef.current;
    const pz = panZoomRef.current;
    if (!svg || !pz) return;
    const { scene, layout, emphasis, labelled } = latest.current;
    placeNodeLabels(svg, scene.nodes, layout.store, pz.transform(), emphasis, labelled);
  }, []);

  // After every render: refresh element lookups, geometry and labels.
  useLayoutEffect(() => {
    latest.current = inputs;
    const svg = svgRef.current;
    if (!svg) return;
    const nodes = new Map<string, SVGGElement>();
    svg
      .querySelectorAll<SVGGElement>('[data-node-id]')
      .forEach((el) => nodes.set(el.dataset.nodeId ?? '', el));
    const edges = new Map<string, EdgeEls>();
    svg.querySelectorAll<SVGGElement>('[data-edge-id]').forEach((el) => {
      const line = el.querySelector<SVGPathElement>('.edge-line');
      const arrow = el.querySelector<SVGPathElement>('.edge-arrow');
      const hit = el.querySelector<SVGPathElement>('.edge-hit');
      if (line && arrow && hit) edges.set(el.dataset.edgeId ?? '', { line, arrow, hit });
    });
    elements.current = { nodes, edges };
    draw();
    relabel();
  });

  // Live ticks (after a drag) update the DOM directly.
  const { layout, mode } = inputs;
  useEffect(() => {
    const root = svgRef.current?.parentElement;
    if (!root) return;
    const m = trackMilestones(root, layout.store, layout.mode);
    milestones.current = m;
    draw();
    // Positions stream in from the worker faster than frames: one draw per frame.
    let frame = 0;
    const unsubscribe = layout.store.subscribe((c) => {
      if (c !== 'positions' || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        draw();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
      m.destroy();
      milestones.current = null;
    };
  }, [layout, draw]);

  // Pan/zoom and drag: created once per mounted svg.
  useEffect(() => {
    const svg = svgRef.current;
    const viewport = viewportRef.current;
    const nodesGroup = nodesRef.current;
    if (!svg || !viewport || !nodesGroup) return;
    let hintTimer: ReturnType<typeof setTimeout> | undefined;
    const pz = createPanZoom(svg, viewport, {
      wheel: mode === 'embed' ? 'modifier' : 'always',
      reducedMotion: prefersReducedMotion,
      onChange: () => latest.current.onViewChange(),
      onEnd: relabel,
      onWheelIgnored: () => {
        setWheelHint(true);
        clearTimeout(hintTimer);
        hintTimer = setTimeout(() => setWheelHint(false), 1600);
      },
    });
    const drag = createNodeDrag(nodesGroup, {
      container: viewport,
      layout: () => latest.current.layout,
      onDragStart: () => latest.current.onViewChange(),
      onDragEnd: () => {
        relabel();
        latest.current.onPinned();
      },
    });
    panZoomRef.current = pz;
    setPanZoom(pz);
    return () => {
      clearTimeout(hintTimer);
      drag.destroy();
      pz.destroy();
      panZoomRef.current = null;
      setPanZoom(null);
    };
  }, [mode, relabel]);

  // Fit when a dataset is first shown, and again when the box is resized —
  // until the reader has panned or zoomed, after which the view is theirs.
  useEffect(() => {
    const svg = svgRef.current;
    if (!panZoom || !svg) return;
    panZoom.fit(layout.store.bounds());
    relabel();
    let touched = false;
    const mark = () => {
      touched = true;
    };
    svg.addEventListener('pointerdown', mark);
    svg.addEventListener('wheel', mark, { passive: true });
    // While a big layout is still settling, keep it framed as it grows.
    let frame = 0;
    const unsubscribe = layout.store.subscribe((c) => {
      if (touched || frame || layout.store.phase() === 'moving') return;
      if (c === 'phase' || (c === 'positions' && layout.store.phase() === 'settling'))
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (!touched) panZoom.fit(layout.store.bounds());
        });
    });
    const observer = new ResizeObserver(() => {
      if (!touched) panZoom.fit(layout.store.bounds());
      relabel();
    });
    observer.observe(svg);
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
      observer.disconnect();
      svg.removeEventListener('pointerdown', mark);
      svg.removeEventListener('wheel', mark);
    };
  }, [panZoom, layout, relabel]);

  return { svgRef, viewportRef, nodesRef, panZoom, wheelHint };
}
