/**
 * Mounts one embed instance (store, session, React root) into a container —
 * used by embed.html and by the <circular-trade-graph> element alike. Each
 * mount has its own store: two maps on a page never share state.
 */
import { createRoot } from 'react-dom/client';
import { startSession } from '../state/session';
import { createAppStore, type AppStore } from '../state/store';
import { resolveStory } from '../state/story';
import { parseView } from '../state/url';
import { StoreProvider } from '../ui/context';
import { applyTheme } from '../ui/theme';
import { EmbedApp } from './EmbedApp';
import { splitEmbedParams, type EmbedOptions } from './params';

export interface EmbedHandle {
  readonly store: AppStore;
  readonly options: EmbedOptions;
  /** Applies new view parameters (attribute changes on the element). */
  update(search: string | URLSearchParams): void;
  destroy(): void;
}

export function mountEmbed(
  container: HTMLElement,
  search: string | URLSearchParams,
  { appUrl, themeHost }: { appUrl: string; themeHost?: HTMLElement },
): EmbedHandle {
  const { view, options, notices } = splitEmbedParams(search);
  const store = createAppStore();
  const session = startSession(store, view.toString());
  for (const n of notices) store.getState().actions.notify(n, 'warning');

  container.classList.add('ct-root', 'ct-embed');
  const theme = () => {
    const t = store.getState().view.theme;
    applyTheme(container, t);
    if (themeHost) applyTheme(themeHost, t);
  };
  theme();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.view.theme !== prev.view.theme) theme();
  });

  const root = createRoot(container);
  const render = (opts: EmbedOptions) =>
    root.render(
      <StoreProvider store={store} mode="embed" keyScope={container}>
        <EmbedApp
          options={opts}
          appUrl={appUrl}
          onUseBundled={() =>
            store.getState().actions.setView({ ...store.getState().view, data: null })
          }
        />
      </StoreProvider>,
    );
  render(options);

  return {
    store,
    options,
    update(next) {
      const split = splitEmbedParams(next);
      const parsed = parseView(split.view);
      const { actions, data } = store.getState();
      // A new chapter (the element's `step` attribute): its view comes from the story.
      const chapter =
        data.state === 'ready'
          ? resolveStory(parsed.view, data.dataset)
          : { view: parsed.view, notices: [] };
      actions.setView(chapter.view);
      for (const n of chapter.notices) actions.notify(n, 'warning');
      render(split.options);
    },
    destroy() {
      applyTheme(container, null);
      if (themeHost) applyTheme(themeHost, null);
      unsubscribe();
      session.stop();
      root.unmount();
    },
  };
}
