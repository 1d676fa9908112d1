/**
 * The options every dataset download is made with (fetchDataset.ts), in a
 * module of their own: the dataset worker's first module starts its early
 * download with them before the parser and zod are loaded
 * (datasetWorkerReady.ts), and uses it only for a request made with these.
 */
export const DATASET_FETCH_INIT = {
  mode: 'cors',
  credentials: 'omit',
} as const satisfies RequestInit;
