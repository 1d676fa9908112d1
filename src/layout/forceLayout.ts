/**
 * The layout engine: d3-force behind a small imperative API.
 *
 * create → { positions, update, pin, unpin, reheat, onTick, destroy }
 *
 * - Deterministic: a seeded random source and d3's phyllotaxis start, then the
 *   simulation is run to rest synchronously before the first paint. The same
 *   data gives the same picture on every load; nothing drifts afterwards.
 * - d3 mutates the objects it is given, so it only ever sees our own copies;
 *   callers read positions from `positions`, never from model objects.
 * - Live ticks (after a drag) go to `onTick` listeners, which update the DOM
 *   directly: no React render per tick.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { lcg } from './random';

export interface LayoutNodeInput {
  readonly id: string;
  /** Radius in layout units; collisions keep nodes apart by it plus padding. */
  readonly radius: number;
}

export interface LayoutLinkInput {
  readonly source: string;
  readonly target: string;
  /** 0..1: heavier links pull their ends closer. */
  readonly weight: number;
}

export interface Point {
  x: number;
  y: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}
type SimLink = SimulationLinkDatum<SimNode> & { weight: number };

export interface ForceLayout {
  /** Live positions by node id. Read them; never write them. */
  readonly positions: ReadonlyMap<string, Readonly<Point>>;
  /** Bounding box of all nodes including their radii. */
  bounds(): { x0: number; y0: number; x1: number; y1: number };
  /** Fixes a node where it is dropped (drag-to-pin). */
  pin(id: string, x: number, y: number): void;
  unpin(id: string): void;
  isPinned(id: string): boolean;
  /** Wakes the simulation briefly (e.g. during a drag) with the given target alpha. */
  reheat(alphaTarget: number): void;
  onTick(listener: () => void): () => void;
  destroy(): void;
}

export interface ForceLayoutOptions {
  readonly seed?: number;
  /** Upper bound on ticks spent settling before the first paint. */
  readonly maxSettleTicks?: number;
  /** Extra room around each node for its label. */
  readonly padding?: number;
  /** The shape of the box the picture will be shown in. */
  readonly shape?: 'wide' | 'tall';
}

export function createForceLayout(
  nodesIn: readonly LayoutNodeInput[],
  linksIn: readonly LayoutLinkInput[],
  { seed = 0x5eed, maxSettleTicks = 600, padding = 18, shape = 'wide' }: ForceLayoutOptions = {},
): ForceLayout {
  // Seeded start: d3's phyllotaxis spiral, turned by an angle drawn from the
  // seed, so the seed chooses among equally good pictures and stays reproducible.
  const random = lcg(seed);
  const turn = random() * 2 * Math.PI;
  const nodes: SimNode[] = nodesIn.map((n, i) => {
    const r = 10 * Math.sqrt(0.5 + i);
    const a = i * Math.PI * (3 - Math.sqrt(5)) + turn;
    return { id: n.id, radius: n.radius, x: r * Math.cos(a), y: r * Math.sin(a) };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: SimLink[] = linksIn
    .filter((l) => byId.has(l.source) && byId.has(l.target) && l.source !== l.target)
    .map((l) => ({ source: l.source, target: l.target, weight: l.weight }));

  const degree = new Map<string, number>();
  for (const l of linksIn) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
    degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
  }

  const simulation: Simulation<SimNode, SimLink> = forceSimulation(nodes)
    .randomSource(random)
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((n) => n.id)
        .distance((l) => {
          const s = l.source as SimNode;
          const t = l.target as SimNode;
          return s.radius + t.radius + 90 - 40 * l.weight;
        })
        .strength((l) => {
          const s = (l.source as SimNode).id;
          const t = (l.target as SimNode).id;
          // d3's default, softened for hubs so they do not swallow their neighbours.
          return (0.4 + 0.6 * l.weight) / Math.min(degree.get(s) ?? 1, degree.get(t) ?? 1);
        }),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength((n) => -260 - 9 * n.radius)
        .distanceMax(600),
    )
    .force('collide', forceCollide<SimNode>((n) => n.radius + padding).iterations(2))
    // Weak pulls to the centre keep unconnected parts on screen.
    // Pulled harder across the short side, so the picture takes the shape of
    // the box it is shown in: wide on a desktop, tall on a phone.
    .force('x', forceX<SimNode>(0).strength(shape === 'tall' ? 0.085 : 0.045))
    .force('y', forceY<SimNode>(0).strength(shape === 'tall' ? 0.045 : 0.085))
    .stop();

  // Settle before the first paint: the picture appears finished, not drifting.
  const ticks = Math.min(
    maxSettleTicks,
    Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay())),
  );
  simulation.tick(ticks);
  simulation.alpha(0);

  const positions = new Map<string, Point>();
  const sync = () => {
    for (const n of nodes) {
      const p = positions.get(n.id);
      if (p) {
        p.x = n.x ?? 0;
        p.y = n.y ?? 0;
      } else positions.set(n.id, { x: n.x ?? 0, y: n.y ?? 0 });
    }
  };
  sync();

  const listeners = new Set<() => void>();
  simulation.on('tick', () => {
    sync();
    for (const l of listeners) l();
  });

  return {
    positions,
    bounds() {
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (const n of nodes) {
        x0 = Math.min(x0, (n.x ?? 0) - n.radius);
        y0 = Math.min(y0, (n.y ?? 0) - n.radius);
        x1 = Math.max(x1, (n.x ?? 0) + n.radius);
        y1 = Math.max(y1, (n.y ?? 0) + n.radius);
      }
      return nodes.length ? { x0, y0, x1, y1 } : { x0: -1, y0: -1, x1: 1, y1: 1 };
    },
    pin(id, x, y) {
      const n = byId.get(id);
      if (!n) return;
      n.fx = x;
      n.fy = y;
      // Move it now, so the dragged node follows the pointer even between ticks.
      n.x = x;
      n.y = y;
      sync();
      for (const l of listeners) l();
    },
    unpin(id) {
      const n = byId.get(id);
      if (!n) return;
      n.fx = null;
      n.fy = null;
    },
    isPinned(id) {
      return byId.get(id)?.fx != null;
    },
    reheat(alphaTarget) {
      simulation.alphaTarget(alphaTarget);
      if (alphaTarget > 0) simulation.alpha(Math.max(simulation.alpha(), alphaTarget)).restart();
    },
    onTick(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      // Only stops: React's strict mode re-runs effects on the same engine.
      simulation.stop();
      listeners.clear();
    },
  };
}
