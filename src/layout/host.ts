/**
 * Runs a layout simulation for whoever sends it messages (protocol.ts): the
 * body of the layout Web Worker, and — unchanged — the main-thread fallback
 * when workers are unavailable. It steps the simulation in time-boxed slices,
 * so neither thread is ever held for long, and posts the positions after each
 * slice as a fresh, transferable Float32Array. When nothing moves, nothing runs.
 */
import type { FromHost, ToHost } from './protocol';
import { createSimulation, type LayoutSimulation } from './simulation';

export interface HostOptions {
  /** Delivers a message to the owner; `transfer` lists buffers it may take over. */
  readonly post: (message: FromHost, transfer: Transferable[]) => void;
  /** Runs `fn` after `delayMs` (setTimeout in a worker); returns a cancel function. */
  readonly schedule: (fn: () => void, delayMs: number) => () => void;
  /** Longest slice of ticks, in ms, before positions are posted and control yields. */
  readonly sliceMs: number;
  /** A clock (performance.now). */
  readonly now: () => number;
  /**
   * Run the whole initial settle inside 'start', before answering: for small
   * graphs, so the first picture is the settled one.
   */
  readonly settleAtOnce?: (size: number) => boolean;
  /** In-process owners draw synchronously and need no 'ack'. */
  readonly noBackpressure?: boolean;
  /**
   * While settling, the next slice waits for the owner's 'ack' of the last
   * positions, so the layout runs only as fast as the page takes its pictures.
   * On a machine with few cores a settle ticking flat out took a core from a
   * page busy with its first panels and lists, and stretched their frames.
   */
  readonly paceSettle?: boolean;
}

/** `HostOptions.schedule` on the platform's timers (the worker, the fallback, tests). */
export const timerSchedule: HostOptions['schedule'] = (fn, delayMs) => {
  const timer = setTimeout(fn, delayMs);
  return () => clearTimeout(timer);
};

/** One live tick per display frame. */
const FRAME_MS = 16;

export interface LayoutHost {
  receive(message: ToHost): void;
}

export function createLayoutHost(options: HostOptions): LayoutHost {
  let simulation: LayoutSimulation | null = null;
  let generation = 0;
  let ticks = 0;
  let settled = false;
  let cancel: (() => void) | null = null;
  // Backpressure: at most one positions message in flight (see 'ack').
  let inFlight = false;
  let dirty = false;

  const post = () => {
    if (!simulation) return;
    if (inFlight && !options.noBackpressure) {
      dirty = true;
      return;
    }
    inFlight = true;
    dirty = false;
    const xy = new Float32Array(simulation.size * 2);
    simulation.write(xy);
    const phase = settled ? (simulation.resting() ? 'settled' : 'moving') : 'settling';
    options.post({ type: 'positions', generation, xy, phase, ticks }, [xy.buffer]);
  };

  const slice = () => {
    cancel = null;
    const sim = simulation;
    if (!sim) return;
    const start = options.now();
    let rest = false;
    if (settled) {
      // Live motion after a drag: one tick per frame, as d3's own timer runs it,
      // so the picture eases rather than jumps.
      rest = sim.step(1);
      ticks++;
    } else
      // Settling: as many ticks as fit in the slice, one at a time, so a slice
      // never overruns by more than one tick.
      do {
        rest = sim.step(1);
        ticks++;
        if (ticks >= sim.settleTicks) settled = true;
      } while (!rest && !settled && options.now() - start < options.sliceMs);
    if (sim.size === 0) settled = true;
    post();
    if (!rest && !(paced() && inFlight)) wake();
  };
  // Settling, and paced by the owner's acks (the worker; see paceSettle).
  let pacing = options.paceSettle === true && !options.noBackpressure;
  const paced = () => pacing && !settled;

  const wake = () => {
    if (!cancel && simulation) cancel = options.schedule(slice, settled ? FRAME_MS : 0);
  };

  return {
    receive(message) {
      switch (message.type) {
        case 'start': {
          cancel?.();
          cancel = null;
          generation = message.generation;
          inFlight = false;
          dirty = false;
          simulation = createSimulation(
            message.nodes,
            message.links,
            message.options,
            message.settled,
          );
          ticks = 0;
          settled = simulation.size === 0;
          if (message.settled && simulation.resting()) {
            // Started settled from a layout cache: the settle's picture, no ticks.
            ticks = simulation.settleTicks;
            settled = true;
            post();
          } else if (options.settleAtOnce?.(simulation.size)) {
            simulation.step(simulation.settleTicks);
            ticks = simulation.settleTicks;
            settled = true;
            post();
          } else if (settled) post();
          else wake();
          return;
        }
        case 'pin':
          simulation?.pin(message.index, message.x, message.y);
          wake();
          return;
        case 'unpin':
          simulation?.unpin(message.index);
          return;
        case 'heat':
          simulation?.heat(message.alphaTarget);
          wake();
          return;
        case 'ack':
          inFlight = false;
          if (dirty) post();
          // A paced settle goes on once the page has its picture.
          if (paced() && !inFlight) wake();
          return;
        case 'pace':
          pacing = message.on && options.paceSettle === true && !options.noBackpressure;
          if (!pacing) wake();
          return;
        case 'stop':
          cancel?.();
          cancel = null;
          simulation = null;
          return;
      }
    },
  };
}
