/**
 * Datasets from the reader's own files: size limits before anything is read,
 * bytes decoded as the CLI decodes them, parse and validate in a worker, the
 * result as a DataStatus, and the files kept for the next visit.
 */
import { decodeDatasetBytes, listProblems, type DatasetFile, type Problem } from '../model';
import { LOCAL_DATA } from './localData';
import { parseFilesOffThread, type ParseFiles } from './datasetClient';
import { keptFiles } from './localStore';
import type { DataStatus } from './store';

/** Beyond this the tab would strain to read and draw; the message says so plainly. */
export const MAX_LOCAL_BYTES = 20 * 1024 * 1024;
/** More deals than the map can draw and lay out responsively. */
export const MAX_LOCAL_DEALS = 20_000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A sentence when the files are too big or too many, before any is read. */
export function filesProblem(files: readonly { name: string; size: number }[]): string | null {
  if (files.length === 0) return 'No file was chosen.';
  if (files.length > 2)
    return `${files.length} files were given: open one JSON file, or deals.csv and, optionally, companies.csv.`;
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total > MAX_LOCAL_BYTES) {
    const big =
      files.length === 1
        ? `"${files[0]?.name ?? ''}" is ${mb(total)}`
        : `The files are ${mb(total)} together`;
    return `${big}; this page opens datasets up to ${mb(MAX_LOCAL_BYTES)}. For a larger file, use the command line (npm run import, npm run validate).`;
  }
  return null;
}

export async function readFiles(files: readonly File[]): Promise<DatasetFile[]> {
  return Promise.all(
    files.map(async (f) => ({ name: f.name, text: decodeDatasetBytes(await f.arrayBuffer()) })),
  );
}

const names = (files: readonly DatasetFile[]) => files.map((f) => f.name).join(' and ');

export async function parseLocal(
  files: readonly DatasetFile[],
  parse: ParseFiles = parseFilesOffThread,
): Promise<DataStatus & { readonly warnings?: readonly Problem[] }> {
  const error = (message: string, problems: readonly Problem[] = []): DataStatus => ({
    state: 'error',
    source: LOCAL_DATA,
    message,
    problems,
  });
  const result = await parse(files);
  if (!result.ok) {
    const n = result.errors.length;
    const { shown } = listProblems(result.errors, 1);
    return n === 1 && shown[0]?.path === '(files)'
      ? error(shown[0].message)
      : error(
          `${names(files)}: not a valid dataset (${n.toLocaleString('en-US')} problem${n === 1 ? '' : 's'}).`,
          result.errors,
        );
  }
  if (result.dataset.deals.length > MAX_LOCAL_DEALS)
    return error(
      `${names(files)} holds ${result.dataset.deals.length.toLocaleString('en-US')} deals; this page draws at most ${MAX_LOCAL_DEALS.toLocaleString('en-US')}.`,
    );
  return { state: 'ready', dataset: result.dataset, source: LOCAL_DATA, warnings: result.warnings };
}

/** The files kept from the last visit, parsed; null when none are kept. */
export async function loadKept(
  parse: ParseFiles = parseFilesOffThread,
): Promise<DataStatus | null> {
  const kept = await keptFiles();
  if (!kept) return null;
  const status = await parseLocal(kept.files, parse);
  if (status.state !== 'ready') return status;
  return { state: 'ready', dataset: status.dataset, source: LOCAL_DATA };
}
