/**
 * The drag engine: drag a company to move it; where it is dropped, it stays
 * (pinned). One d3-drag behaviour on the nodes group finds the company under the
 * pointer, so nodes added later need no wiring. A press that does not move stays
 * a click (d3-drag's clickDistance).
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
  /** The element whose coordinate system is the layout's (the zoomed group). */
  readonly container: SVGGElement;
  readonly layout: () => LayoutEngine | null;
  readonly onDragStart?: (id: string) => void;
  readonly onDragEnd?: (id: string) => void;
}

export function createNodeDrag(nodesGroup: SVGGElement, options: NodeDragOptions) {
  let moving = false;
  const behaviour = d3drag<SVGGElement, unknown, Subject | undefined>()
    .container(options.container)
    .clickDistance(4)
    .subject((event: D3DragEvent<SVGGElement, unknown, Subject>) => {
      const target = (event.sourceEvent as Event).target as Element | null;
      const el = target?.closest<SVGGElement>('[data-node-id]');
      const id = el?.dataset.nodeId;
      const layout = options.layout();
      const p = id ? layout?.store.get(id) : undefined;
      return id && p ? { id, x: p.x, y: p.y } : undefined;
    })
    .on('start', () => {
      moving = false;
    })
    .on('drag', (event: D3DragEvent<SVGGElement, unknown, Subject>) => {
      const layout = options.layout();
      if (!layout) return;
      // A click must not disturb the picture: nothing moves until the pointer has.
      if (!moving) {
        if (Math.hypot(event.x - event.subject.x, event.y - event.subject.y) < 3) return;
        moving = true;
        layout.reheat(0.2);
        options.onDragStart?.(event.subject.id);
      }
      layout.pin(event.subject.id, event.x, event.y);
    })
    .on('end', (event: D3DragEvent<SVGGElement, unknown, Subject>) => {
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
