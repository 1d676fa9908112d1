/**
 * A loop worker for tests in Node: the real host (loopHost.ts) behind
 * structured clones, answering in a later task as a Web Worker does. Not used
 * by the app; the real worker runs in the browser tests (loops.spec.ts).
 */
import { createLoopHost } from './loopHost';
import type { FromLoopWorker, ToLoopWorker } from './loopProtocol';
import type { StartLoopWorker } from './loopRunner';

export interface WorkerLog {
  started: number;
  terminated: number;
  /** Searches the host has run (whether or not their answer was delivered). */
  searches: number;
  /** Graphs sent to a worker. */
  graphs: number;
}

export interface InProcessOptions {
  /** Deliver replies even after terminate(), as a reply already queued would be. */
  readonly deliverAfterTerminate?: boolean;
  /** Holds every message until `release` is called (then runs them in order). */
  readonly hold?: boolean;
}

export function inProcessWorker(options: InProcessOptions = {}) {
  const log: WorkerLog = { started: 0, terminated: 0, searches: 0, graphs: 0 };
  const held: (() => void)[] = [];
  const start: StartLoopWorker = () => {
    log.started++;
    const target = new EventTarget() as EventTarget & Partial<Worker>;
    let alive = true;
    const deliver = (reply: FromLoopWorker, transfer: Transferable[]) => {
      const data = structuredClone(reply, { transfer });
      setTimeout(() => {
        if (alive || options.deliverAfterTerminate)
          target.dispatchEvent(new MessageEvent('message', { data }));
      }, 0);
    };
    const host = createLoopHost(deliver);
    target.postMessage = (message: ToLoopWorker) => {
      const copy = structuredClone(message);
      if (copy.type === 'graph') log.graphs++;
      const run = () => {
        if (!alive) return;
        if (copy.type === 'search') log.searches++;
        host(copy);
      };
      // Held messages keep their order: a graph always arrives before its searches.
      if (options.hold) held.push(run);
      else setTimeout(run, 0);
    };
    target.terminate = () => {
      alive = false;
      log.terminated++;
    };
    return target as Worker;
  };
  /** Runs the held messages (options.hold). */
  const release = () => held.splice(0).forEach((run) => run());
  return { start, log, release };
}

/** Resolves after the tasks queued so far (and those they queue, `rounds` deep) have run. */
export async function settle(rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((done) => setTimeout(done, 0));
}
