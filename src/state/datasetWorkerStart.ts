/**
 * Starts the dataset worker (datasetWorker.ts). Its own module, so the page's
 * boot (earlyRead.ts) can start a read without loading the app, the parser or
 * zod, and the app's client (datasetClient.ts) starts the very same script.
 *
 * A worker started for a URL carries it in its name (workerName), so its first
 * module starts the download at once (datasetWorkerReady.ts) instead of after
 * the parser and zod have been evaluated and the request message delivered.
 */
export type StartWorker = (download?: string) => Worker;

const PREFIX = 'dataset fetch ';

/** The worker's name: "dataset", or the URL it should start downloading. */
export const workerName = (download?: string): string =>
  download ? `${PREFIX}${download}` : 'dataset';

/** The URL a worker's name asks it to download, if any. */
export const downloadOf = (name: string): string | null =>
  name.startsWith(PREFIX) ? name.slice(PREFIX.length) : null;

export const startDatasetWorker: StartWorker = (download) =>
  new Worker(new URL('./datasetWorker.ts', import.meta.url), {
    type: 'module',
    name: workerName(download),
  });

/** The worker, or null where this browser has none (a test runner, an old browser). */
export const defaultStart = (): StartWorker | null =>
  typeof Worker === 'undefined' ? null : startDatasetWorker;
