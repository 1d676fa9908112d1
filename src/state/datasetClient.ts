/**
 * Reads a dataset file off the main thread (datasetWorker.ts), cancellably,
 * with progress; on the main thread only where a worker cannot start (no
 * Worker, a sandbox, or the custom element served from another origin, whose
 * worker script the page may not run). Reusable by any loader: text or bytes in,
 * a ReadOutcome out.
 */
import { readDataset, type ReadOutcome, type ReadProgress } from './readDataset';
import type { WorkerReply } from './datasetWorker';

export interface ReadOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: ReadProgress) => void;
}

/** Thrown (as a rejection) when the read was cancelled through the signal. */
export class ReadCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

type StartWorker = () => Worker;
const startWorker: StartWorker = () =>
  new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module', name: 'dataset' });

export function readDatasetOffThread(
  input: string | ArrayBuffer,
  { signal, onProgress }: ReadOptions = {},
  start: StartWorker | null = typeof Worker === 'undefined' ? null : startWorker,
): Promise<ReadOutcome> {
  if (signal?.aborted) return Promise.reject(new ReadCancelled());
  let worker: Worker | null = null;
  try {
    worker = start?.() ?? null;
  } catch {
    worker = null;
  }
  if (!worker) return onMainThread(input, signal, onProgress);
  const w = worker;
  return new Promise<ReadOutcome>((resolve, reject) => {
    let settled = false;
    const finish = (then: () => void) => {
      if (settled) return;
      settled = true;
      w.terminate();
      signal?.removeEventListener('abort', abort);
      then();
    };
    const abort = () => finish(() => reject(new ReadCancelled()));
    signal?.addEventListener('abort', abort);
    w.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else if (reply.type === 'done') finish(() => resolve(reply.outcome));
      else finish(() => reject(new Error(reply.message)));
    });
    // A worker that cannot load its script (a strict host, another origin):
    // read on the main thread after all, rather than fail the load.
    w.addEventListener('error', (event) => {
      event.preventDefault();
      finish(() => resolve(onMainThread(input, signal, onProgress)));
    });
    // The input is not transferred: if the worker fails to start, the fallback needs it.
    w.postMessage({ input });
  });
}

/** The fallback: the same routine, after a frame, so "Reading…" is painted first. */
async function onMainThread(
  input: string | ArrayBuffer,
  signal: AbortSignal | undefined,
  onProgress: ReadOptions['onProgress'],
): Promise<ReadOutcome> {
  onProgress?.({ phase: 'read' });
  await new Promise((resolve) => setTimeout(resolve, 16));
  if (signal?.aborted) throw new ReadCancelled();
  return readDataset(input, onProgress);
}
