/**
 * The dataset worker: reads and checks a dataset file off the main thread, so
 * the page keeps answering (progress, Cancel) while 20 MB are parsed. One worker
 * per file; the page terminates it to cancel. Protocol (datasetClient.ts):
 * in `{ input: string | ArrayBuffer }`, out `{ type: 'progress', progress }`
 * then one `{ type: 'done', outcome }`.
 */
import { readDataset, type ReadOutcome, type ReadProgress } from './readDataset';

export type WorkerReply =
  | { readonly type: 'progress'; readonly progress: ReadProgress }
  | { readonly type: 'done'; readonly outcome: ReadOutcome }
  | { readonly type: 'failed'; readonly message: string };

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<{ input: string | ArrayBuffer }>) => {
  try {
    post({
      type: 'done',
      outcome: readDataset(event.data.input, (progress) => post({ type: 'progress', progress })),
    });
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
});
