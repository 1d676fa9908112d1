/**
 * The force simulation itself, with no timer and no DOM: the same seeded d3-force
 * model the map has always used, stepped by whoever owns it — synchronously in
 * tests and for small graphs, in slices inside a Web Worker for big ones, or in
 * small chunks on the main thread where workers are unavailable (see host.ts).
 *
 * Nodes are addressed by index (their order in the input); positions leave as a
 * flat [x0, y0, x1, y1, …] array, so a worker can hand them over as one
 * transferable Float32Array.
 *
 * - Deterministic: a seeded random source and d3's phyllotaxis start. The
 *   initial settle is exactly `settleTicks` ticks, then alpha is set to 0, so
 *   the settled picture never depends on how the ticks were sliced.
 * - d3 mutates the objects it is given, so it only ever sees our own copies.
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

export interface LayoutOptions {
  readonly seed?: number;
  /** Upper bound on ticks spent settling before the picture counts as settled. */
  readonly maxSettleTicks?: number;
  /** Extra room around each node for its label. */
  readonly padding?: number;
  /** The shape of the box the picture will be shown in. */
  readonly shape?: 'wide' | 'tall';
}

export interface LayoutSimulation {
  readonly size: number;
  /** Ticks of the initial settle (d3's default cooling, capped by maxSettleTicks). */
  readonly settleTicks: number;
  /**
   * Runs at most `n` ticks and says whether the simulation is now at rest. The
   * initial settle ends after exactly `settleTicks` ticks; a reheat (drag) runs
   * until alpha cools below d3's alphaMin with no alpha target left.
   */
  step(n: number): boolean;
  resting(): boolean;
  /** Writes positions as [x0, y0, x1, y1, …] into `out` (length ≥ 2 × size). */
  write(out: Float32Array): void;
  /** The nodes' state as [x0, y0, vx0, vy0, x1, …]: what a layout cache keeps (layoutCache.ts). */
  state(): number[];
  /** Fixes node `i` at (x, y) and moves it there now (drag to pin). */
  pin(i: number, x: number, y: number): void;
  unpin(i: number): void;
  /** Wakes the simulation with the given alpha target (0 lets it cool). */
  heat(alphaTarget: number): void;
}

/**
 * The seeded start: d3's phyllotaxis spiral, turned by an angle drawn from the
 * seed (the first draw of `random`). The engine draws it as the first picture
 * of a big graph while the worker starts, so it must stay the simulation's own.
 */
export function startPositions(n: number, random: () => number): Float64Array {
  const turn = random() * 2 * Math.PI;
  const out = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const r = 10 * Math.sqrt(0.5 + i);
    const a = i * Math.PI * (3 - Math.sqrt(5)) + turn;
    out[2 * i] = r * Math.cos(a);
    out[2 * i + 1] = r * Math.sin(a);
  }
  return out;
}

export const DEFAULT_SEED = 0x5eed;

/** What an option left out means; a layout cache keys on the options with these filled in. */
export const LAYOUT_DEFAULTS = {
  seed: DEFAULT_SEED,
  maxSettleTicks: 600,
  padding: 18,
  shape: 'wide',
} as const satisfies Required<LayoutOptions>;

/**
 * The nodes' exact state once the initial settle is done ([x0, y0, vx0, vy0,
 * x1, …], as `state()` gives it), saved from an earlier run with the same input
 * and options (layoutCache.ts): the simulation starts settled there instead of
 * running the settle again.
 */
export type SettledState = ArrayLike<number>;

interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}
type SimLink = SimulationLinkDatum<SimNode> & { weight: number };

export function createSimulation(
  nodesIn: readonly LayoutNodeInput[],
  linksIn: readonly LayoutLinkInput[],
  {
    seed = LAYOUT_DEFAULTS.seed,
    maxSettleTicks = LAYOUT_DEFAULTS.maxSettleTicks,
    padding = LAYOUT_DEFAULTS.padding,
    shape = LAYOUT_DEFAULTS.shape,
  }: LayoutOptions = {},
  settled?: SettledState,
): LayoutSimulation {
  // Seeded start: d3's phyllotaxis spiral, turned by an angle drawn from the
  // seed, so the seed chooses among equally good pictures and stays reproducible.
  const random = lcg(seed);
  const start = startPositions(nodesIn.length, random);
  const nodes: SimNode[] = nodesIn.map((n, i) => ({
    id: n.id,
    radius: n.radius,
    x: start[2 * i] ?? 0,
    y: start[2 * i + 1] ?? 0,
  }));
  const ids = new Set(nodes.map((n) => n.id));
  const links: SimLink[] = linksIn
    .filter((l) => ids.has(l.source) && ids.has(l.target) && l.source !== l.target)
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

  const settleTicks = Math.min(
    maxSettleTicks,
    Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay())),
  );
  let settling = nodes.length > 0 ? settleTicks : 0;
  if (settled && settled.length === 4 * nodes.length) {
    nodes.forEach((n, i) => {
      n.x = settled[4 * i] ?? 0;
      n.y = settled[4 * i + 1] ?? 0;
      n.vx = settled[4 * i + 2] ?? 0;
      n.vy = settled[4 * i + 3] ?? 0;
    });
    settling = 0;
  }
  if (settling === 0) simulation.alpha(0);

  const resting = () =>
    settling === 0 && simulation.alphaTarget() === 0 && simulation.alpha() < simulation.alphaMin();

  return {
    size: nodes.length,
    settleTicks,
    step(n) {
      for (let i = 0; i < n; i++) {
        if (settling > 0) {
          simulation.tick();
          settling--;
          // Settled means still: nothing moves until something reheats it.
          if (settling === 0 && simulation.alphaTarget() === 0) simulation.alpha(0);
          continue;
        }
        if (resting()) return true;
        simulation.tick();
      }
      return resting();
    },
    resting,
    write(out) {
      for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i] as SimNode;
        out[2 * i] = n.x ?? 0;
        out[2 * i + 1] = n.y ?? 0;
      }
    },
    state() {
      return nodes.flatMap((n) => [n.x ?? 0, n.y ?? 0, n.vx ?? 0, n.vy ?? 0]);
    },
    pin(i, x, y) {
      const n = nodes[i];
      if (!n) return;
      n.fx = x;
      n.fy = y;
      // Move it now, so the dragged node follows the pointer even between ticks.
      n.x = x;
      n.y = y;
    },
    unpin(i) {
      const n = nodes[i];
      if (!n) return;
      n.fx = null;
      n.fy = null;
    },
    heat(alphaTarget) {
      simulation.alphaTarget(alphaTarget);
      if (alphaTarget > 0) simulation.alpha(Math.max(simulation.alpha(), alphaTarget));
    },
  };
}
