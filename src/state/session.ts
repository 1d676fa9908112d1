/**
 * Starts an app or embed instance: reads the view from a query string, loads the
 * dataset it names (and again whenever `data` changes), checks the view against
 * the data once it is there, and reports anything ignored as a notice.
 *
 * Whatever goes wrong while loading — a throw from the network, the decoder, the
 * parser, the view check, or a bug — ends in the error state, so the page shows
 * the alert (with the way back to the bundled data) instead of "Loading…" forever.
 */
import { fetchDatasetOffThread } from './datasetClient';
import { defaultStart } from './datasetWorkerStart';
import { claimEarlyRead } from './earlyRead';
import { importBundled, loadBundled, loadFromUrl, type Fetch, type ReadFile } from './load';
import { LOCAL_DATA } from './localData';
import type { ReadProgress } from './readDataset';
import type { AppStore, DataStatus } from './store';
import { resolveStory } from './story';
import { checkViewAgainstDataset, parseView } from './url';

export interface Session {
  /** Resolves when the first dataset has loaded (or failed to). */
  readonly ready: Promise<void>;
  stop(): void;
}

/** User Timing mark: a dataset from a URL has been downloaded, read and checked. */
export const DATASET_READ = 'ct:dataset-read';

/** What a session loads with; tests replace a stage to make it fail. */
export interface SessionDeps {
  readonly fetch?: Fetch;
  readonly bundled?: () => Promise<unknown>;
  readonly read?: ReadFile;
  /** The dataset the reader opened from a file (data=local), or null when this browser has none. */
  readonly local?: () => Promise<DataStatus | null>;
}

/** The sentence for a failure nobody planned for: it names the stage and the error. */
export function unexpectedFailure(source: string | null, err: unknown): DataStatus {
  const what = source ? `The dataset at ${hostOf(source)}` : 'The bundled dataset';
  const why = err instanceof Error ? err.message : String(err);
  return {
    state: 'error',
    source,
    message: `${what} could not be loaded: ${why.slice(0, 300) || 'an unexpected error'}.`,
    problems: [],
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function startSession(store: AppStore, search: string, deps: SessionDeps = {}): Session {
  const { actions } = store.getState();
  const parsed = parseView(search);
  actions.setView(parsed.view);
  for (const n of parsed.notices) actions.notify(n, 'warning');
  // The page's boot may have started reading this very URL (earlyRead.ts):
  // the first load adopts it, so the file is downloaded and checked once.
  let early = claimEarlyRead(deps.fetch || deps.read ? null : parsed.view.data);
  // In the browser the download itself runs in the dataset worker, so a 20 MB
  // body never lands on the page's thread; a test's own fetch or read runs here.
  const fetchUrl = (
    url: string,
    options: { signal: AbortSignal; onProgress: (p: ReadProgress) => void },
  ) => {
    if (deps.fetch || deps.read)
      return loadFromUrl(url, deps.fetch ?? ((input, init) => fetch(input, init)), {
        ...(deps.read && { read: deps.read }),
        ...options,
      });
    const begun = early;
    early = null;
    return fetchDatasetOffThread(url, options, defaultStart(), begun);
  };
  const bundled = deps.bundled ?? importBundled;

  let wanted: string | null = parsed.view.data;
  let current: AbortController | null = null;
  const load = async (source: string | null) => {
    // Just opened from a file (state/openLocal.ts): it is already in the store.
    const now = store.getState().data;
    if (source === LOCAL_DATA && now.state === 'ready' && now.source === LOCAL_DATA) return;
    wanted = source;
    // A new request (Cancel is one: back to the bundled data) stops the old download and worker.
    current?.abort();
    const controller = new AbortController();
    current = controller;
    actions.setData({ state: 'loading', source });
    // Progress at most every 100 ms: a 20 MB download arrives in hundreds of chunks.
    let shown = 0;
    const onProgress = (progress: ReadProgress) => {
      const now = Date.now();
      if (progress.phase === 'download' && now - shown < 100) return;
      shown = now;
      if (!controller.signal.aborted) actions.setData({ state: 'loading', source, progress });
    };
    try {
      const status =
        source === LOCAL_DATA
          ? await (deps.local ?? (() => Promise.resolve(null)))()
          : source
            ? await fetchUrl(source, { signal: controller.signal, onProgress })
            : await loadBundled(bundled);
      if (wanted !== source) return; // a newer request has replaced this one
      // The answer is in (downloaded, read and checked off the main thread): a
      // milestone for the browser tests and benchmarks (docs/performance.md).
      if (source && source !== LOCAL_DATA) globalThis.performance?.mark?.(DATASET_READ);
      if (status === null) {
        // A data=local link opened where no file was opened: the bundled data, and why.
        actions.notify(
          'This link showed a dataset opened from a file (data=local), which stays in the browser that opened it; here it opens the bundled data.',
          'warning',
        );
        actions.setView({ ...store.getState().view, data: null });
        return;
      }
      if (status.state !== 'ready') {
        actions.setData(status);
        return;
      }
      const { dataset } = status;
      const checked = checkViewAgainstDataset(
        store.getState().view,
        new Set(dataset.companies.map((c) => c.id)),
        new Set(dataset.deals.map((d) => d.id)),
      );
      // A story link: the chapter's view comes from the dataset's story.
      const chapter = resolveStory(checked.view, dataset);
      actions.setData(status);
      if (chapter.view !== store.getState().view) actions.setView(chapter.view);
      for (const n of [...checked.notices, ...chapter.notices]) actions.notify(n, 'warning');
    } catch (err) {
      if (wanted !== source || controller.signal.aborted) return;
      console.error(err);
      actions.setData(unexpectedFailure(source, err));
    }
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.view.data !== prev.view.data) void load(state.view.data);
  });
  const ready = load(parsed.view.data);
  return {
    ready,
    stop() {
      unsubscribe();
      current?.abort();
    },
  };
}
