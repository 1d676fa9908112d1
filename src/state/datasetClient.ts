/**
 * Runs the dataset worker's requests (datasetWorker.ts) from the page:
 * cancellable through a signal, with progress, and on the main thread only
 * where a worker cannot start (no Worker, a sandbox, or the custom element
 * served from another origin, whose worker script the page may not run).
 * Every loader goes through here: a URL, downloaded bytes, the reader's files.
 */
import { parseDatasetFiles, type DatasetFile, type ParseResult } from '../model';
import type { WorkerReply, WorkerRequest, WorkerResults } from './datasetWorker';
import { defaultStart, type StartWorker } from './datasetWorkerStart';
import type { BegunRead } from './earlyRead';
import { fetchDataset } from './fetchDataset';
import { readDataset, type ReadOptions, type ReadOutcome } from './readDataset';
import type { DataStatus } from './store';

export type { ReadOptions } from './readDataset';
export type { StartWorker } from './datasetWorkerStart';

/** Thrown (as a rejection) when the read was cancelled through the signal. */
export class ReadCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

function offThread<R extends WorkerRequest>(
  request: R,
  { signal, onProgress }: ReadOptions,
  fallback: () => Promise<WorkerResults[R['op']]>,
  start: StartWorker | null,
  begun: BegunRead | null = null,
): Promise<WorkerResults[R['op']]> {
  type T = WorkerResults[R['op']];
  if (signal?.aborted) {
    begun?.worker.terminate();
    return Promise.reject(new ReadCancelled());
  }
  let worker: Worker | null = begun?.worker ?? null;
  if (!worker)
    try {
      // A download begins in the worker's first module (datasetWorkerReady.ts).
      worker = start?.(request.op === 'fetch' ? request.url : undefined) ?? null;
    } catch {
      worker = null;
    }
  if (!worker) return fallback();
  const w = worker;
  return new Promise<T>((resolve, reject) => {
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
    const onMessage = (event: MessageEvent<WorkerReply<T>>) => {
      const reply = event.data;
      if (reply.type === 'ready') return;
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else if (reply.type === 'done') finish(() => resolve(reply.value));
      else finish(() => reject(new Error(reply.message)));
    };
    // A worker that cannot load its script (a strict host, another origin): do
    // it on the main thread after all, rather than fail the load.
    const onError = (event: Event) => {
      event.preventDefault();
      finish(() => resolve(fallback()));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    if (begun) {
      // A request begun at boot (earlyRead.ts): what it has said so far, in order.
      for (const event of begun.said)
        if (event.type === 'error') onError(event);
        else onMessage(event as MessageEvent<WorkerReply<T>>);
      return;
    }
    // Inputs are copied, not transferred: if the worker fails to start, the fallback needs them.
    w.postMessage(request);
  });
}

/** The fallback's first step: a frame, so "Reading…" is painted before the tab is busy. */
async function yieldFrame(signal: AbortSignal | undefined): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 16));
  if (signal?.aborted) throw new ReadCancelled();
}

/** Text or bytes already in hand → a dataset, its problems, or "too big". */
export function readDatasetOffThread(
  input: string | ArrayBuffer,
  options: ReadOptions = {},
  start: StartWorker | null = defaultStart(),
): Promise<ReadOutcome> {
  const fallback = async () => {
    options.onProgress?.({ phase: 'read' });
    await yieldFrame(options.signal);
    return readDataset(input, options.onProgress);
  };
  return offThread({ op: 'read', input }, options, fallback, start);
}

/**
 * A URL's dataset, downloaded and read in the worker; the page sees progress
 * and the result. `begun` is the same request already running (earlyRead.ts).
 */
export function fetchDatasetOffThread(
  url: string,
  options: ReadOptions = {},
  start: StartWorker | null = defaultStart(),
  begun: BegunRead | null = null,
): Promise<DataStatus> {
  const fallback = () =>
    fetchDataset(url, (input, init) => fetch(input, init), {
      read: (bytes) => readDatasetOffThread(bytes, options, null),
      ...options,
    });
  return offThread({ op: 'fetch', url }, options, fallback, start, begun);
}

/** Parses the reader's own files (one JSON, or deals.csv and companies.csv). */
export type ParseFiles = (files: readonly DatasetFile[]) => Promise<ParseResult>;

export const parseFilesOffThread: ParseFiles = (files) =>
  offThread(
    { op: 'files', files },
    {},
    () => Promise.resolve(parseDatasetFiles(files)),
    defaultStart(),
  );
