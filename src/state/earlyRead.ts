/**
 * The dataset read begun at boot, before the app's code has arrived.
 *
 * A page's first module (src/app/boot.ts, src/embed/boot.ts) is a few hundred
 * bytes: it asks the dataset worker for the `data=` URL of the address at once,
 * then loads the app. The worker downloads, reads and checks the file while
 * the app downloads and evaluates, and the session adopts the running request
 * (claimEarlyRead) instead of starting a second one: one download, one worker.
 * Until then what the worker says (progress, the answer, a failure to start) is
 * kept, and replayed to the client in order, so an adopted read behaves exactly
 * as one the session started itself (datasetClient.ts).
 *
 * The boot reads the address on its own (it must not load the URL codec): a
 * session whose parsed `data` is not the same string drops the early read and
 * starts its own, so a disagreement can only cost time, never change the data.
 */
import { defaultStart, type StartWorker } from './datasetWorkerStart';
import type { WorkerRequest } from './datasetWorker';

/** A worker already running a request, and what it has said so far. */
export interface BegunRead {
  readonly worker: Worker;
  /** Messages and errors received before adoption, in order. */
  readonly said: readonly Event[];
}

interface Pending {
  readonly url: string;
  readonly worker: Worker;
  readonly said: Event[];
  readonly keep: (event: Event) => void;
}

let pending: Pending | null = null;

/** How long a boot waits at most for the worker to start before evaluating the app. */
export const WORKER_START_MS = 150;
export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The `data=` value of an address when it is a web URL the session will also
 * accept (state/url.ts: one value, under its length cap; the worker refuses
 * anything but an http(s) URL before any request, as always). Narrower than
 * the session, never wider: no early request is made that it would not make.
 */
export function earlyDataUrl(search: string): string | null {
  const values = new URLSearchParams(search).getAll('data');
  const data = values.length === 1 ? values[0] : undefined;
  return data && data.length <= EARLY_URL_MAX && /^https?:\/\//i.test(data) ? data : null;
}

/** Well under the session's cap on a parameter (MAX_PARAM_LENGTH, 4,000 raw characters). */
const EARLY_URL_MAX = 1_000;

export interface EarlyRead {
  readonly url: string;
  /**
   * Settles when the worker has said anything (it says 'ready' as soon as it
   * runs) or failed to start. A worker only starts once the page's thread has
   * handled the browser's answer to \`new Worker\`: the boot waits for this
   * (a little) before evaluating the app, which holds the thread for ~100 ms.
   */
  readonly started: Promise<void>;
}

/**
 * Starts reading the address's dataset in the dataset worker, if it names one
 * by URL and a worker can start. Returns the read begun, or null.
 */
export function beginEarlyRead(
  search: string,
  start: StartWorker | null = defaultStart(),
): EarlyRead | null {
  const url = earlyDataUrl(search);
  if (!url || !start || pending) return null;
  let worker: Worker;
  try {
    // Named for the URL: the worker starts downloading before zod is evaluated.
    worker = start(url);
  } catch {
    return null; // the session will try again, and fall back as it always has
  }
  const said: Event[] = [];
  let heard: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (heard = resolve));
  const keep = (event: Event) => {
    // A worker that cannot load its script: quiet now, the client falls back when it adopts it.
    if (event.type === 'error') event.preventDefault();
    said.push(event);
    heard();
  };
  worker.addEventListener('message', keep);
  worker.addEventListener('error', keep);
  worker.postMessage({ op: 'fetch', url } satisfies WorkerRequest);
  pending = { url, worker, said, keep };
  return { url, started };
}

/**
 * The early read of `url`, handed over once: the caller owns the worker from
 * now on. Any other early read (another URL, or none wanted) is stopped.
 */
export function claimEarlyRead(url: string | null): BegunRead | null {
  const p = pending;
  pending = null;
  if (!p) return null;
  p.worker.removeEventListener('message', p.keep);
  p.worker.removeEventListener('error', p.keep);
  if (p.url !== url) {
    p.worker.terminate();
    return null;
  }
  return { worker: p.worker, said: p.said };
}
