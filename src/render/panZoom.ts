/**
 * The pan/zoom engine: d3-zoom on the map's surface element. Each frame's
 * transform goes to `onTransform` (the position store, and from there the
 * renderer and the accessible layer, one transform each); listeners run
 * outside React.
 *
 * `wheel: 'modifier'` is the embed's manners (as Kumu and Datawrapper do): the
 * wheel alone scrolls the page, ctrl/⌘ + wheel or a pinch zooms, and one finger
 * scrolls the page on touch screens while two fingers pan and zoom.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { ViewTransform } from '../layout/positionStore';

export interface Bounds {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface PanZoomOptions {
  readonly wheel: 'always' | 'modifier';
  /** Every transform, as it happens (one per frame during a gesture). */
  readonly onTransform: (t: ZoomTransform) => void;
  readonly onChange?: (t: ZoomTransform) => void;
  readonly onEnd?: (t: ZoomTransform) => void;
  /** Called when the wheel is used alone in 'modifier' mode. */
  readonly onWheelIgnored?: () => void;
  readonly reducedMotion?: () => boolean;
}

export interface FitOptions {
  readonly animate?: boolean;
  readonly maxScale?: number;
  /** Adjusts the fit before it is applied (the controller keeps companies clear of cards). */
  readonly adjust?: (t: ViewTransform) => ViewTransform;
}

export interface PanZoom {
  fit(bounds: Bounds, options?: FitOptions): void;
  zoomBy(factor: number): void;
  /** Brings a layout point to the centre, zooming to at least `minScale`. */
  centerOn(x: number, y: number, minScale?: number): void;
  transform(): ZoomTransform;
  destroy(): void;
}

export const SCALE_EXTENT: [number, number] = [0.1, 8];

export function createPanZoom(svg: HTMLElement, options: PanZoomOptions): PanZoom {
  const selection = select(svg);
  const duration = () => (options.reducedMotion?.() ? 0 : 350);
  let current: ZoomTransform = zoomIdentity;

  const apply = (t: ZoomTransform) => {
    current = t;
    options.onTransform(t);
  };

  const behaviour = d3zoom<HTMLElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .filter((event: Event) => {
      if (event.type === 'wheel') {
        const w = event as WheelEvent;
        if (options.wheel === 'modifier' && !w.ctrlKey && !w.metaKey) {
          options.onWheelIgnored?.();
          return false;
        }
        return true;
      }
      if (event.type === 'touchstart' && options.wheel === 'modifier')
        return (event as TouchEvent).touches.length >= 2;
      const m = event as MouseEvent;
      return !m.ctrlKey && !m.button;
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      apply(event.transform);
      options.onChange?.(event.transform);
    })
    .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => options.onEnd?.(event.transform));

  selection.call(behaviour).on('dblclick.zoom', null);
  if (options.wheel === 'modifier') svg.style.touchAction = 'pan-x pan-y';

  // The box's size is read once and then kept by a ResizeObserver: fitting runs
  // every frame while a big layout settles, and a getBoundingClientRect there
  // forced a layout of every company's button each time (about 100 ms a frame
  // at 1,000 companies).
  let box: { w: number; h: number } | null = null;
  const resized =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          const r = entries[entries.length - 1]?.contentRect;
          if (r) box = { w: r.width || 1, h: r.height || 1 };
        })
      : null;
  resized?.observe(svg);
  const size = () => {
    if (box && resized) return box;
    const rect = svg.getBoundingClientRect();
    box = { w: rect.width || 1, h: rect.height || 1 };
    return box;
  };

  // d3-zoom reads the element's clientWidth for every transform it applies: a
  // forced layout per frame while a layout settles. The kept box answers instead.
  behaviour.extent(() => {
    const { w, h } = size();
    return [
      [0, 0],
      [w, h],
    ];
  });

  const go = (t: ZoomTransform, animate: boolean) => {
    if (animate && duration() > 0)
      selection.transition().duration(duration()).call(behaviour.transform, t);
    else selection.call(behaviour.transform, t);
  };

  return {
    fit(bounds, { animate = false, maxScale = 1.6, adjust } = {}) {
      const { w, h } = size();
      const pad = Math.min(48, Math.min(w, h) * 0.08);
      const bw = Math.max(bounds.x1 - bounds.x0, 1);
      const bh = Math.max(bounds.y1 - bounds.y0, 1);
      const k = Math.min(maxScale, (w - 2 * pad) / bw, (h - 2 * pad) / bh);
      const t = zoomIdentity
        .translate(w / 2, h / 2)
        .scale(Math.max(SCALE_EXTENT[0], k))
        .translate(-(bounds.x0 + bounds.x1) / 2, -(bounds.y0 + bounds.y1) / 2);
      const a = adjust?.({ k: t.k, x: t.x, y: t.y });
      go(a ? zoomIdentity.translate(a.x, a.y).scale(a.k) : t, animate);
    },
    zoomBy(factor) {
      if (duration() > 0)
        selection.transition().duration(duration()).call(behaviour.scaleBy, factor);
      else selection.call(behaviour.scaleBy, factor);
    },
    centerOn(x, y, minScale = 1) {
      const { w, h } = size();
      const k = Math.max(current.k, minScale);
      go(
        zoomIdentity
          .translate(w / 2, h / 2)
          .scale(k)
          .translate(-x, -y),
        true,
      );
    },
    transform: () => current,
    destroy() {
      resized?.disconnect();
      selection.interrupt();
      selection.on('.zoom', null);
    },
  };
}
