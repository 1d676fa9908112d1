/**
 * Starts an app or embed instance: reads the view from a query string, loads the
 * dataset it names (and again whenever `data` changes), checks the view against
 * the data once it is there, and reports anything ignored as a notice.
 *
 * Whatever goes wrong while loading — a throw from the network, the decoder, the
 * parser, the view check, or a bug — ends in the error state, so the page shows
 * the alert (with the way back to the bundled data) instead of "Loading…" forever.
 */
import { importBundled, loadBundled, loadFromUrl, type Fetch, type ParseText } from './load';
import type { AppStore, DataStatus } from './store';
import { checkViewAgainstDataset, parseView } from './url';

export interface Session {
  /** Resolves when the first dataset has loaded (or failed to). */
  readonly ready: Promise<void>;
  stop(): void;
}

/** What a session loads with; tests replace a stage to make it fail. */
export interface SessionDeps {
  readonly fetch?: Fetch;
  readonly bundled?: () => Promise<unknown>;
  readonly parse?: ParseText;
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
  const fetcher = deps.fetch ?? ((input, init) => fetch(input, init));
  const bundled = deps.bundled ?? importBundled;

  let wanted: string | null = parsed.view.data;
  const load = async (source: string | null) => {
    wanted = source;
    actions.setData({ state: 'loading', source });
    try {
      const status = source
        ? await loadFromUrl(source, fetcher, deps.parse)
        : await loadBundled(bundled);
      if (wanted !== source) return; // a newer request has replaced this one
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
      actions.setData(status);
      if (checked.view !== store.getState().view) actions.setView(checked.view);
      for (const n of checked.notices) actions.notify(n, 'warning');
    } catch (err) {
      if (wanted !== source) return;
      console.error(err);
      actions.setData(unexpectedFailure(source, err));
    }
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.view.data !== prev.view.data) void load(state.view.data);
  });
  const ready = load(parsed.view.data);
  return { ready, stop: unsubscribe };
}
