/**
 * The dataset worker's first module: ES modules run in import order, so this
 * runs as soon as the worker does, before the parser and zod are evaluated
 * (~35–70 ms on a cold, busy machine) and before the request message can be
 * delivered (a module worker hears messages only once all its modules ran).
 *
 * - It says `{ type: 'ready' }`: the page's boot waits for it before evaluating
 *   the app (src/state/earlyRead.ts), since a worker only starts once the
 *   page's thread has handled the browser's answer to `new Worker`.
 * - It starts the download its name asks for (datasetWorkerStart.ts), with the
 *   options fetchDataset uses, so the file arrives while zod is evaluated. The
 *   request still decides: datasetWorker.ts uses this answer only for the same
 *   URL and the same options (`takeEarlyDownload`), and fetchDataset checks the
 *   address and the answer as for any download.
 */
import { isHttpUrl } from '../model/httpUrl';
import { DATASET_FETCH_INIT } from './datasetRequest';
import type { WorkerReply } from './datasetWorker';
import { downloadOf } from './datasetWorkerStart';

(self as unknown as Worker).postMessage({ type: 'ready' } satisfies WorkerReply);

const url = downloadOf((self as unknown as { name?: string }).name ?? '');
let early: { url: string; response: Promise<Response> } | null = null;
// Only what fetchDataset itself would ask for (the same check, without zod).
if (url && isHttpUrl(url)) {
  const response = fetch(url, DATASET_FETCH_INIT);
  // Handled here too: if the request never asks for it, its failure is nobody's.
  response.catch(() => undefined);
  early = { url, response };
}

/** The download begun for `url` with these options, once; null otherwise. */
export function takeEarlyDownload(input: string, init?: RequestInit): Promise<Response> | null {
  if (!early || early.url !== input) return null;
  if (
    init?.mode !== DATASET_FETCH_INIT.mode ||
    init?.credentials !== DATASET_FETCH_INIT.credentials
  )
    return null;
  if (init?.signal) return null;
  const { response } = early;
  early = null;
  return response;
}
