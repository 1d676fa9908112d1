/**
 * Keeps the address bar and the store in step, so a copied link opens the same
 * view, a reload restores it, and back/forward move through selections.
 * Selections push a history entry; filter tweaks replace the current one (a
 * slider drag must not fill the history).
 */
import type { AppState, AppStore } from './store';
import { resolveStory } from './story';
import { parseView, serializeView } from './url';
import type { ViewState } from './viewState';

const isSelectionChange = (a: ViewState, b: ViewState) =>
  a.story?.id !== b.story?.id ||
  a.story?.step !== b.story?.step ||
  a.company !== b.company ||
  a.target !== b.target ||
  a.deal !== b.deal ||
  (a.loop ?? []).join() !== (b.loop ?? []).join();

/** The link of what is on screen; the opening's highlighted loop is not the reader's, so not in it. */
const linkOf = (state: AppState) =>
  serializeView(state.opening ? { ...state.view, loop: null } : state.view);

export function syncUrl(store: AppStore, win: Window = window): () => void {
  let last = linkOf(store.getState());
  // The view may have moved on before the sync began (ids the data lacks were
  // cleared; the reader cancelled a download): catch up without a history entry.
  if (serializeView(parseView(win.location.search).view) !== last)
    win.history.replaceState(
      null,
      '',
      `${win.location.pathname}${last ? `?${last}` : ''}${win.location.hash}`,
    );
  // The address is written just after the frame that shows the change, not
  // inside the click: pushState makes the browser lay the page out first (to
  // keep its scroll position), ~5 ms of a click's answer before the panel has
  // even rendered. Changes within one frame make one entry (a selection among
  // them makes it a new one); 250 ms at most where no frame comes (a hidden tab).
  // The price: a Back pressed in that moment (a frame and a task after the
  // click, faster than a hand) finds no entry for the click yet. Written at the
  // next frame's start or in a microtask it cost the bundled data's click a frame
  // in bench:view (54 and 59 ms, against 42–45), so it stays after the frame.
  let pending: { url: string; push: boolean } | null = null;
  let frame = 0;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (frame) win.cancelAnimationFrame(frame);
    clearTimeout(afterFrame);
    clearTimeout(fallback);
    frame = 0;
    afterFrame = fallback = undefined;
  };
  const write = () => {
    cancel();
    const next = pending;
    pending = null;
    if (!next) return;
    if (next.push) win.history.pushState(null, '', next.url);
    else win.history.replaceState(null, '', next.url);
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.view === prev.view && state.opening === prev.opening) return;
    const query = linkOf(state);
    if (query === last) return;
    last = query;
    const url = `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
    pending = { url, push: (pending?.push ?? false) || isSelectionChange(state.view, prev.view) };
    if (fallback !== undefined) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      afterFrame = setTimeout(write, 0);
    });
    fallback = setTimeout(write, 250);
  });
  const onPop = () => {
    // The browser has moved to another entry: a write still waiting is stale.
    pending = null;
    cancel();
    const parsed = parseView(win.location.search);
    const { actions, data } = store.getState();
    // Back to a chapter: its view comes from the story, as when the link was opened.
    const { view, notices } =
      data.state === 'ready'
        ? resolveStory(parsed.view, data.dataset)
        : { view: parsed.view, notices: [] };
    last = serializeView(view);
    actions.setView(view);
    for (const n of [...parsed.notices, ...notices]) actions.notify(n, 'warning');
  };
  win.addEventListener('popstate', onPop);
  return () => {
    cancel();
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
