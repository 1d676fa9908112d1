/**
 * The layout Web Worker: a thin shell around the same host the main-thread
 * fallback uses (host.ts). Slices of 12 ms leave the worker free to take a pin
 * or a stop between them; a settle's next slice waits for the page's 'ack' of
 * the last positions (paceSettle).
 */
import { createLayoutHost, timerSchedule } from './host';
import type { ToHost } from './protocol';

const scope = self as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToHost>) => void) | null;
};

const host = createLayoutHost({
  post: (message, transfer) => scope.postMessage(message, transfer),
  schedule: timerSchedule,
  sliceMs: 12,
  now: () => performance.now(),
  paceSettle: true,
});

scope.onmessage = (event) => host.receive(event.data);
