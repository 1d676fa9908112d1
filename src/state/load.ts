/**
 * Loading a dataset: the bundled one (a lazily imported chunk, so it works
 * offline once the page is loaded) or one from a URL given by the reader.
 * Every way a URL can fail gets its own sentence; nothing is thrown.
 */
import { isHttpUrl, parseDataset, parseDatasetText, type Problem } from '../model';
import type { DataStatus } from './store';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export async function loadBundled(): Promise<DataStatus> {
  const { default: json } = await import('../../data/ai-circular-deals.json');
  const result = parseDataset(json);
  if (result.ok) return { state: 'ready', dataset: result.dataset, source: null };
  return {
    state: 'error',
    source: null,
    message: 'The bundled dataset is not valid.',
    problems: result.errors,
  };
}

export async function loadFromUrl(url: string, fetcher: Fetch = fetch): Promise<DataStatus> {
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
    response = await fetcher(url, { mode: 'cors', credentials: 'omit' });
  } catch {
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
  const text = await response.text();
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    const start = trimmed.slice(0, 40).replace(/\s+/g, ' ');
    return error(
      `The file at ${host} is not JSON${start ? ` (it starts with "${start}…")` : ' (it is empty)'}.`,
    );
  }
  const result = parseDatasetText(text);
  if (!result.ok) {
    const json = result.errors.length === 1 && result.errors[0]?.path === '(root)';
    return error(
      json
        ? `The file at ${host} is not valid JSON: ${result.errors[0]?.message ?? ''}.`
        : `The file at ${host} is not a valid circular-trade dataset (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}).`,
      json ? [] : result.errors,
    );
  }
  return { state: 'ready', dataset: result.dataset, source: url };
}
