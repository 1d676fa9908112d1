/**
 * The dataset worker: the one door every dataset file goes through off the main
 * thread — a URL (downloaded here, so a 20 MB body never crosses the page's
 * thread), bytes already in hand, or the reader's own files (JSON, or CSV
 * tables). The page keeps answering (progress, Cancel) meanwhile; it terminates
 * the worker to cancel. One worker per request. Protocol (datasetClient.ts):
 * one request in, `{ type: 'progress' }` replies, then one `done` or `failed`.
 */
// First: says 'ready', and starts the download its name asks for, before the
// rest is evaluated (datasetWorkerReady.ts).
import { takeEarlyDownload } from './datasetWorkerReady';
import { parseDatasetFiles, type DatasetFile, type ParseResult } from '../model';
import { fetchDataset } from './fetchDataset';
import { readDataset, type ReadOutcome, type ReadProgress } from './readDataset';
import type { DataStatus } from './store';

export type WorkerRequest =
  | { readonly op: 'fetch'; readonly url: string }
  | { readonly op: 'read'; readonly input: string | ArrayBuffer }
  | { readonly op: 'files'; readonly files: readonly DatasetFile[] };

/** What each request answers with. */
export interface WorkerResults {
  fetch: DataStatus;
  read: ReadOutcome;
  files: ParseResult;
}

export type WorkerReply<T = unknown> =
  /** Posted as soon as the worker runs (datasetWorkerReady.ts): the page may keep its thread busy now. */
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly progress: ReadProgress }
  | { readonly type: 'done'; readonly value: T }
  | { readonly type: 'failed'; readonly message: string };

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

// A download arrives in hundreds of chunks: tell the page at most every 100 ms.
let lastDownload = 0;
const progress = (p: ReadProgress) => {
  if (p.phase === 'download') {
    const now = Date.now();
    if (now - lastDownload < 100 && p.loaded !== p.total) return;
    lastDownload = now;
  }
  post({ type: 'progress', progress: p });
};

async function answer(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'fetch':
      return fetchDataset(
        request.url,
        (input, init) => takeEarlyDownload(input, init) ?? fetch(input, init),
        {
          read: (bytes) => Promise.resolve(readDataset(bytes, progress)),
          onProgress: progress,
        },
      );
    case 'read':
      return readDataset(request.input, progress);
    case 'files':
      return parseDatasetFiles(request.files);
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  answer(event.data).then(
    (value) => post({ type: 'done', value }),
    (err: unknown) =>
      post({ type: 'failed', message: err instanceof Error ? err.message : String(err) }),
  );
});
