/**
 * Where companies are and how the map is zoomed: the one place the renderer,
 * the accessible layer, export and story mode read positions, pins and the
 * view transform from. It lives outside React; listeners are called on change
 * and decide themselves when to draw (the renderer coalesces into one frame).
 */
import type { LayoutPhase } from './protocol';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface Bounds {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export type StoreChange = 'positions' | 'transform' | 'phase';

export interface PositionStore {
  /** Company ids in layout (input) order; index i is at xy[2i], xy[2i+1]. */
  readonly ids: readonly string[];
  indexOf(id: string): number | undefined;
  /** Current positions; replaced (not mutated) when new ones arrive. */
  xy(): Float32Array;
  /** Bumped on every change of positions. */
  version(): number;
  get(id: string): Point | undefined;
  phase(): LayoutPhase;
  isPinned(id: string): boolean;
  transform(): ViewTransform;
  /** Bounding box of every node, each padded by its radius. */
  bounds(): Bounds;
  subscribe(listener: (change: StoreChange) => void): () => void;

  // Writers: the layout engine and the pan/zoom engine.
  setPositions(xy: Float32Array, phase: LayoutPhase): void;
  setPinned(id: string, at: Point | null): void;
  setTransform(t: ViewTransform): void;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0, y: 0 };

export function createPositionStore(
  ids: readonly string[],
  radius: (index: number) => number = () => 0,
): PositionStore {
  const index = new Map(ids.map((id, i) => [id, i]));
  let xy: Float32Array = new Float32Array(ids.length * 2);
  let version = 0;
  let phase: LayoutPhase = 'settling';
  let transform = IDENTITY;
  const pins = new Map<number, Point>();
  const listeners = new Set<(change: StoreChange) => void>();
  const emit = (change: StoreChange) => {
    for (const l of listeners) l(change);
  };

  return {
    ids,
    indexOf: (id) => index.get(id),
    xy: () => xy,
    version: () => version,
    get(id) {
      const i = index.get(id);
      if (i === undefined) return undefined;
      return { x: xy[2 * i] ?? 0, y: xy[2 * i + 1] ?? 0 };
    },
    phase: () => phase,
    isPinned: (id) => {
      const i = index.get(id);
      return i !== undefined && pins.has(i);
    },
    transform: () => transform,
    bounds() {
      if (ids.length === 0) return { x0: -1, y0: -1, x1: 1, y1: 1 };
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (let i = 0; i < ids.length; i++) {
        const x = xy[2 * i] ?? 0;
        const y = xy[2 * i + 1] ?? 0;
        const r = radius(i);
        x0 = Math.min(x0, x - r);
        y0 = Math.min(y0, y - r);
        x1 = Math.max(x1, x + r);
        y1 = Math.max(y1, y + r);
      }
      return { x0, y0, x1, y1 };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setPositions(next, nextPhase) {
      if (next.length !== ids.length * 2) return;
      // A dragged company follows the pointer, not a tick computed before the
      // pointer's last move.
      for (const [i, p] of pins) {
        next[2 * i] = p.x;
        next[2 * i + 1] = p.y;
      }
      xy = next;
      version++;
      emit('positions');
      if (nextPhase !== phase) {
        phase = nextPhase;
        emit('phase');
      }
    },
    setPinned(id, at) {
      const i = index.get(id);
      if (i === undefined) return;
      if (!at) {
        pins.delete(i);
        return;
      }
      pins.set(i, at);
      const copy = xy.slice();
      copy[2 * i] = at.x;
      copy[2 * i + 1] = at.y;
      xy = copy;
      version++;
      emit('positions');
    },
    setTransform(t) {
      transform = t;
      emit('transform');
    },
  };
}
