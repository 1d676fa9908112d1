/**
 * Starts the dataset worker (datasetWorker.ts). Its own module, so the page's
 * boot (earlyRead.ts) can start a read without loading the app, the parser or
 * zod, and the app's client (datasetClient.ts) starts the very same script.
 */
export type StartWorker = () => Worker;

export const startDatasetWorker: StartWorker = () =>
  new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module', name: 'dataset' });

/** The worker, or null where this browser has none (a test runner, an old browser). */
export const defaultStart = (): StartWorker | null =>
  typeof Worker === 'undefined' ? null : startDatasetWorker;
