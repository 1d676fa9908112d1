/**
 * The full-page app, loaded by the page's entry (boot.ts): one store, the view
 * from the URL, the dataset it names (adopting the read boot.ts began), the
 * address bar kept in step, then render.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadKept } from '../state/local';
import { startSession } from '../state/session';
import { createAppStore } from '../state/store';
import { syncUrl } from '../state/urlSync';
import { App } from './App';
import { StoreProvider } from '../ui/context';
import { applyTheme } from '../ui/theme';

const store = createAppStore();
const session = startSession(store, window.location.search, { local: () => loadKept() });
// The address bar follows the view once the first dataset has been checked, so
// ids the data does not have are cleared without leaving a history entry.
void session.ready.then(() => syncUrl(store));

const root = document.getElementById('root');
if (root) {
  // The page behind the app follows the theme too.
  const theme = () => {
    applyTheme(root, store.getState().view.theme);
    applyTheme(document.documentElement, store.getState().view.theme);
  };
  theme();
  store.subscribe((s, prev) => {
    if (s.view.theme !== prev.view.theme) theme();
  });
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store} mode="app">
        <App
          onUseBundled={() =>
            store.getState().actions.setView({ ...store.getState().view, data: null })
          }
        />
      </StoreProvider>
    </StrictMode>,
  );
}
