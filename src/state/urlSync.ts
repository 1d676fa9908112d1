/**
 * Keeps the address bar and the store in step, so a copied link opens the same
 * view, a reload restores it, and back/forward move through selections.
 * Selections push a history entry; filter tweaks replace the current one (a
 * slider drag must not fill the history).
 */
import type { AppStore } from './store';
import { parseView, serializeView } from './url';
import type { ViewState } from './viewState';

const isSelectionChange = (a: ViewState, b: ViewState) =>
  a.company !== b.company ||
  a.target !== b.target ||
  a.deal !== b.deal ||
  (a.loop ?? []).join() !== (b.loop ?? []).join();

export function syncUrl(store: AppStore, win: Window = window): () => void {
  let last = serializeView(store.getState().view);
  // The view may have moved on before the sync began (ids the data lacks were
  // cleared; the reader cancelled a download): catch up without a history entry.
  if (serializeView(parseView(win.location.search).view) !== last)
    win.history.replaceState(
      null,
      '',
      `${win.location.pathname}${last ? `?${last}` : ''}${win.location.hash}`,
    );
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.view === prev.view) return;
    const query = serializeView(state.view);
    if (query === last) return;
    last = query;
    const url = `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
    if (isSelectionChange(state.view, prev.view)) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  });
  const onPop = () => {
    const { view, notices } = parseView(win.location.search);
    last = serializeView(view);
    const { actions } = store.getState();
    actions.setView(view);
    for (const n of notices) actions.notify(n, 'warning');
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
