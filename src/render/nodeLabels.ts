/**
 * Places company labels (see labels.ts) and writes the result into the label
 * elements: which side of the node, or hidden. Runs after renders and when a
 * zoom or drag ends — not per frame.
 */
import type { Emphasis } from './emphasis';
import { labelWidth, LABEL_FONT_PX } from './measureText';
import { placeLabels, type LabelSpot } from './labels';

export interface LabelNode {
  readonly id: string;
  readonly name: string;
  readonly r: number;
  readonly weight: number;
  readonly active: boolean;
}

interface Transform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

const ATTRS: Record<
  LabelSpot,
  { x: string; y: string; dx: string; dy: string; anchor: string; baseline: string }
> = {
  below: { x: '0', y: 'r', dx: '0', dy: '0.25em', anchor: 'middle', baseline: 'hanging' },
  above: { x: '0', y: '-r', dx: '0', dy: '-0.35em', anchor: 'middle', baseline: 'auto' },
  right: { x: 'r', y: '0', dx: '0.3em', dy: '0', anchor: 'start', baseline: 'central' },
  left: { x: '-r', y: '0', dx: '-0.3em', dy: '0', anchor: 'end', baseline: 'central' },
  'below-right': { x: 'd', y: 'd', dx: '0', dy: '0', anchor: 'start', baseline: 'hanging' },
  'below-left': { x: '-d', y: 'd', dx: '0', dy: '0', anchor: 'end', baseline: 'hanging' },
  'above-right': { x: 'd', y: '-d', dx: '0', dy: '0', anchor: 'start', baseline: 'auto' },
  'above-left': { x: '-d', y: '-d', dx: '0', dy: '0', anchor: 'end', baseline: 'auto' },
};

export function placeNodeLabels(
  svg: SVGSVGElement,
  nodes: readonly LabelNode[],
  positions: { get(id: string): { readonly x: number; readonly y: number } | undefined },
  t: Transform,
  emphasis: Emphasis | null,
  selected: readonly (string | null)[],
): void {
  const items = [];
  for (const n of nodes) {
    const p = positions.get(n.id);
    if (!p) continue;
    const hot = emphasis?.companies.has(n.id) ?? false;
    items.push({
      id: n.id,
      x: p.x * t.k + t.x,
      y: p.y * t.k + t.y,
      r: n.r * t.k,
      width: labelWidth(n.name),
      height: LABEL_FONT_PX * 1.2,
      // Emphasised companies are labelled first; faded and inactive ones last.
      priority: n.weight * (hot ? 1e6 : 1) * (n.active ? 1 : 1e-6) * (emphasis && !hot ? 1e-3 : 1),
      force: selected.includes(n.id),
    });
  }
  const box = svg.getBoundingClientRect();
  const spots = placeLabels(
    items,
    box.width > 0 ? { width: box.width, height: box.height } : undefined,
  );
  const byId = new Map(nodes.map((n) => [n.id, n]));
  svg.querySelectorAll<SVGGElement>('[data-node-id]').forEach((g) => {
    const id = g.dataset.nodeId ?? '';
    const text = g.querySelector('text');
    const node = byId.get(id);
    if (!text || !node) return;
    const spot = spots.get(id) ?? null;
    text.classList.toggle('is-hidden', spot === null);
    const a = ATTRS[spot ?? 'below'];
    text.setAttribute('x', offset(a.x, node.r));
    text.setAttribute('y', offset(a.y, node.r));
    text.setAttribute('dx', a.dx);
    text.setAttribute('dy', a.dy);
    text.setAttribute('text-anchor', a.anchor);
    text.setAttribute('dominant-baseline', a.baseline);
  });
}

/** 'r' is the radius, 'd' the 45° point of the circle; a leading '-' negates. */
function offset(spec: string, r: number): string {
  const sign = spec.startsWith('-') ? -1 : 1;
  const unit = spec.replace('-', '');
  const v = unit === 'r' ? r : unit === 'd' ? r * 0.75 : Number(unit);
  return String(Math.round(sign * v * 10) / 10);
}
