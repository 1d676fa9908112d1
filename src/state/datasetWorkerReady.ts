/**
 * The dataset worker's first word, `{ type: 'ready' }`, in a module of its own
 * that the worker imports first: ES modules run in import order, so it is
 * posted as soon as the worker runs, before the parser and zod are evaluated
 * (~60 ms on a cold, busy machine). The page's boot waits for it before
 * evaluating the app (src/state/earlyRead.ts): a worker only starts once the
 * page's thread has handled the browser's answer to `new Worker`.
 */
import type { WorkerReply } from './datasetWorker';

(self as unknown as Worker).postMessage({ type: 'ready' } satisfies WorkerReply);
