/**
 * A dataset from a URL: the download, the read, and a sentence for every way
 * either can fail. Pure of the page (fetch, Response and URL only), so the
 * dataset worker runs it — the 20 MB body then never reaches the main thread —
 * and the page runs the same code where no worker can start. Nothing is thrown
 * for a failure the reader can act on; a cancelled download rejects.
 */
import {
  decodeDatasetBytes,
  isHttpUrl,
  NOT_A_DATASET,
  type ParseResult,
  type Problem,
} from '../model';
import { DATASET_FETCH_INIT } from './datasetRequest';
import { tooBigMessage } from './drawLimit';
import type { ReadOptions, ReadOutcome, ReadProgress } from './readDataset';
import type { DataStatus } from './store';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Reads a downloaded file (in the worker on the spot; on the page, off the main thread). */
export type ReadFile = (input: ArrayBuffer, options: ReadOptions) => Promise<ReadOutcome>;

export interface FetchOptions {
  readonly read: ReadFile;
  /** Cancels the download and the read (the reader pressed Cancel, or asked for other data). */
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: ReadProgress) => void;
}

export async function fetchDataset(
  url: string,
  fetcher: Fetch,
  { read, signal, onProgress }: FetchOptions,
): Promise<DataStatus> {
  const error = (message: string, problems: readonly Problem[] = []): DataStatus => ({
    state: 'error',
    source: url,
    message,
    problems,
  });
  if (!isHttpUrl(url))
    return error(`"${url}" is not an http or https address, so it was not loaded.`);
  const host = new URL(url).host;
  let response: Response;
  try {
    response = await fetcher(url, { ...DATASET_FETCH_INIT, ...(signal && { signal }) });
  } catch (err) {
    if (signal?.aborted) throw err;
    // A browser reports a CORS refusal and a dead network the same way. Asking
    // again without CORS tells them apart: an opaque answer means the server is
    // there but does not let other sites read the file.
    const reachable = await fetcher(url, { mode: 'no-cors', credentials: 'omit' }).then(
      () => true,
      () => false,
    );
    return error(
      reachable
        ? `${host} does not allow other sites to read this file (no CORS header). Ask its owner to allow it, or host the file where cross-origin requests are allowed.`
        : `Could not reach ${host}: the network request failed. Check the address and your connection.`,
    );
  }
  if (!response.ok)
    return error(
      `${host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for the dataset.`,
    );
  // Bytes, decoded (in the reader) as the validator decodes them: `response.text()`
  // would drop a byte-order mark that the one BOM rule (parseJsonText) must see.
  const bytes = await download(response, onProgress);
  const outcome = await read(bytes, {
    ...(signal && { signal }),
    ...(onProgress && { onProgress }),
  });
  if (outcome.kind === 'too-big') return error(tooBigMessage(outcome.size));
  const { result } = outcome;
  if (!result.ok)
    return describeFailure(host, decodeDatasetBytes(bytes.slice(0, 256)), result, error);
  return { state: 'ready', dataset: result.dataset, source: url };
}

/** The body as bytes, reporting how much has arrived (a 20 MB file takes a while). */
async function download(
  response: Response,
  onProgress: FetchOptions['onProgress'],
): Promise<ArrayBuffer> {
  const total = Number(response.headers?.get('content-length')) || null;
  const reader = onProgress ? response.body?.getReader() : undefined;
  if (!reader) return response.arrayBuffer();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress?.({ phase: 'download', loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress?.({ phase: 'download', loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}

/**
 * The sentence for a file that arrived but is not a dataset. Only a syntax error
 * is "not valid JSON"; valid JSON of the wrong shape — a bare array, an unknown
 * or `__proto__` field at the root — keeps its `(root)` path in the list.
 */
export function describeFailure(
  host: string,
  text: string,
  result: Extract<ParseResult, { ok: false }>,
  error: (message: string, problems?: readonly Problem[]) => DataStatus,
): DataStatus {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const bracketed = start.startsWith('{') || start.startsWith('[');
  if (result.syntax && !bracketed) {
    const head = start.slice(0, 40).replace(/\s+/g, ' ');
    return error(
      `The file at ${host} is not JSON${head ? ` (it starts with "${head}…")` : ' (it is empty)'}.`,
    );
  }
  if (result.syntax)
    return error(`The file at ${host} is not valid JSON: ${result.errors[0]?.message ?? ''}.`);
  // A bare value ("hello", 42, null, true): one sentence says it all.
  if (!bracketed) return error(`The file at ${host} ${NOT_A_DATASET}.`);
  const n = result.errors.length;
  return error(
    `The file at ${host} is not a valid circular-trade dataset (${n.toLocaleString('en-US')} problem${n === 1 ? '' : 's'}).`,
    result.errors,
  );
}
