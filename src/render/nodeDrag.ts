/**
 * The drag engine: drag a company to move it; where it is dropped, it stays
 * (pinned), through the layout engine (and so the worker). One d3-drag
 * behaviour on the accessible layer finds the company button under the
 * pointer, so buttons added later need no wiring. Pointer positions are turned
 * into layout coordinates with the current view transform. A press that does
 * not move stays a click (d3-drag's clickDistance).
 */
import { drag as d3drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';
import type { LayoutEngine } from '../layout/engine';

interface Subject {
  id: string;
  x: number;
  y: number;
}

export interface NodeDragOptions {
  /** An untransformed element covering the map: pointer positions are read against it. */
  readonly container: HTMLElement;
  readonly layout: () => LayoutEngine | null;
  readonly onDragStart?: (id: string) => void;
  readonly onDragEnd?: (id: string) => void;
}

export function createNodeDrag(nodesGroup: HTMLElement, options: NodeDragOptions) {
  let moving = false;
  const behaviour = d3drag<HTMLElement, unknown, Subject | undefined>()
    .container(options.container)
    .clickDistance(4)
    .subject((event: D3DragEvent<HTMLElement, unknown, Subject>) => {
      const target = (event.sourceEvent as Event).target as Element | null;
      const el = target?.closest<HTMLElement>('[data-node-id]');
      const id = el?.dataset.nodeId;
      const layout = options.layout();
      const p = id ? layout?.store.get(id) : undefined;
      if (!id || !p || !layout) return undefined;
      // d3-drag keeps the offset between the pointer and (x, y): give it screen units.
      const t = layout.store.transform();
      return { id, x: p.x * t.k + t.x, y: p.y * t.k + t.y };
    })
    .on('start', () => {
      moving = false;
    })
    .on('drag', (event: D3DragEvent<HTMLElement, unknown, Subject>) => {
      const layout = options.layout();
      if (!layout) return;
      // A click must not disturb the picture: nothing moves until the pointer has.
      if (!moving) {
        if (Math.hypot(event.x - event.subject.x, event.y - event.subject.y) < 3) return;
        moving = true;
        layout.reheat(0.2);
        options.onDragStart?.(event.subject.id);
      }
      const t = layout.store.transform();
      layout.pin(event.subject.id, (event.x - t.x) / t.k, (event.y - t.y) / t.k);
    })
    .on('end', (event: D3DragEvent<HTMLElement, unknown, Subject>) => {
      if (!moving) return;
      options.layout()?.reheat(0);
      options.onDragEnd?.(event.subject.id);
    });
  select(nodesGroup).call(behaviour);
  return {
    destroy() {
      select(nodesGroup).on('.drag', null);
    },
  };
}
