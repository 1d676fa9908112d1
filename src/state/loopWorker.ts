/**
 * The loop worker: searches for money loops off the main thread, for the
 * searches that do not finish within a frame on the page (loopRunner.ts).
 * Protocol: loopProtocol.ts; the work: loopHost.ts.
 */
import { createLoopHost } from './loopHost';
import type { ToLoopWorker } from './loopProtocol';

const scope = self as unknown as Worker;
const receive = createLoopHost((reply, transfer) => scope.postMessage(reply, transfer));
scope.addEventListener('message', (event: MessageEvent<ToLoopWorker>) => receive(event.data));
