/**
 * Starts an app or embed instance: reads the view from a query string, loads the
 * dataset it names (and again whenever `data` changes), checks the view against
 * the data once it is there, and reports anything ignored as a notice.
 */
import { loadBundled, loadFromUrl } from './load';
import type { AppStore } from './store';
import { checkViewAgainstDataset, parseView } from './url';

export interface Session {
  /** Resolves when the first dataset has loaded (or failed to). */
  readonly ready: Promise<void>;
  stop(): void;
}

export function startSession(store: AppStore, search: string): Session {
  const { actions } = store.getState();
  const parsed = parseView(search);
  actions.setView(parsed.view);
  for (const n of parsed.notices) actions.notify(n, 'warning');

  let wanted: string | null = parsed.view.data;
  const load = async (source: string | null) => {
    wanted = source;
    actions.setData({ state: 'loading', source });
    const status = source ? await loadFromUrl(source) : await loadBundled();
    if (wanted !== source) return; // a newer request has replaced this one
    actions.setData(status);
    if (status.state !== 'ready') return;
    const { dataset } = status;
    const checked = checkViewAgainstDataset(
      store.getState().view,
      new Set(dataset.companies.map((c) => c.id)),
      new Set(dataset.deals.map((d) => d.id)),
    );
    if (checked.view !== store.getState().view) actions.setView(checked.view);
    for (const n of checked.notices) actions.notify(n, 'warning');
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.view.data !== prev.view.data) void load(state.view.data);
  });
  const ready = load(parsed.view.data);
  return { ready, stop: unsubscribe };
}
