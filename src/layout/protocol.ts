/**
 * Messages between the layout's owner (engine.ts, on the main thread) and the
 * simulation's host (host.ts, in a Web Worker or in-process). Plain data only,
 * so they cross a worker boundary by structured clone; positions travel as a
 * transferred Float32Array.
 */
import type { LayoutLinkInput, LayoutNodeInput, LayoutOptions, SettledState } from './simulation';

export type ToHost =
  /** (Re)builds the simulation from scratch: the first layout, or "Reset layout". */
  | {
      readonly type: 'start';
      readonly generation: number;
      readonly nodes: readonly LayoutNodeInput[];
      readonly links: readonly LayoutLinkInput[];
      readonly options: LayoutOptions;
      /** The settled state from a layout cache: start there, settled, with no ticks. */
      readonly settled?: SettledState;
    }
  | { readonly type: 'pin'; readonly index: number; readonly x: number; readonly y: number }
  | { readonly type: 'unpin'; readonly index: number }
  | { readonly type: 'heat'; readonly alphaTarget: number }
  /**
   * The owner has shown the last positions: the host may post again. Without
   * this a busy main thread would queue up positions faster than it can draw.
   */
  | { readonly type: 'ack' }
  /**
   * Whether a settle waits for each 'ack' (HostOptions.paceSettle): off while
   * the page is hidden, where there are no frames to pace it by.
   */
  | { readonly type: 'pace'; readonly on: boolean }
  | { readonly type: 'stop' };

export type LayoutPhase = 'settling' | 'settled' | 'moving';

export interface PositionsMessage {
  readonly type: 'positions';
  /** Which 'start' these positions belong to; stale ones are dropped. */
  readonly generation: number;
  /** [x0, y0, x1, y1, …] in input order. */
  readonly xy: Float32Array;
  /** 'settled' once the initial settle is done and nothing is moving. */
  readonly phase: LayoutPhase;
  /** Ticks run since 'start'. */
  readonly ticks: number;
}

export type FromHost = PositionsMessage;
