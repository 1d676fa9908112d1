/**
 * Runs `parseDatasetFiles` in a Web Worker (parse.worker.ts); where there is no
 * Worker (a test runner), on the spot. The result is plain data either way.
 */
import { parseDatasetFiles, type DatasetFile, type ParseResult } from '../model';

export type ParseFiles = (files: readonly DatasetFile[]) => Promise<ParseResult>;

export const parseInWorker: ParseFiles = (files) => {
  if (typeof Worker === 'undefined') return Promise.resolve(parseDatasetFiles(files));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ParseResult>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the file reader stopped'));
    };
    worker.postMessage({ files });
  });
};
