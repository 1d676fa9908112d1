/**
 * Loading a dataset: the bundled one (a lazily imported chunk, so it works
 * offline once the page is loaded) or one from a URL given by the reader
 * (fetchDataset.ts; in the browser the whole download runs in the dataset
 * worker, see datasetClient.ts).
 */
import { parseDataset } from '../model';
import { importBundled } from './bundled';
import { readDatasetOffThread } from './datasetClient';
import { fetchDataset, type Fetch, type FetchOptions } from './fetchDataset';
import type { DataStatus } from './store';

export { describeFailure, type Fetch, type ReadFile } from './fetchDataset';

export { importBundled } from './bundled';

export async function loadBundled(
  read: () => Promise<unknown> = importBundled,
): Promise<DataStatus> {
  const json = await read();
  const result = parseDataset(json);
  if (result.ok) return { state: 'ready', dataset: result.dataset, source: null };
  return {
    state: 'error',
    source: null,
    message: 'The bundled dataset is not valid.',
    problems: result.errors,
  };
}

export type LoadOptions = Partial<FetchOptions>;

/** A URL's dataset downloaded on the page (the read off the main thread): tests give their own fetch. */
export function loadFromUrl(
  url: string,
  fetcher: Fetch = fetch,
  { read = readDatasetOffThread, ...rest }: LoadOptions = {},
): Promise<DataStatus> {
  return fetchDataset(url, fetcher, { read, ...rest });
}
