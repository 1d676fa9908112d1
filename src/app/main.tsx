/**
 * Entry of the full-page app (index.html): one store, the view from the URL,
 * the dataset (bundled, or `data=`), then render.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadBundled, loadFromUrl } from '../state/load';
import { createAppStore } from '../state/store';
import { App } from '../ui/App';
import { StoreProvider } from '../ui/context';
import '../ui/styles/index.css';

const store = createAppStore();

async function load(source: string | null) {
  store.getState().actions.setData({ state: 'loading', source });
  store.getState().actions.setData(source ? await loadFromUrl(source) : await loadBundled());
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store} mode="app">
        <App onUseBundled={() => void load(null)} />
      </StoreProvider>
    </StrictMode>,
  );
}
void load(store.getState().view.data);
