// Placeholder until the embed issue: the app in embed mode.
import { createRoot } from 'react-dom/client';
import { loadBundled } from '../state/load';
import { createAppStore } from '../state/store';
import { App } from '../ui/App';
import { StoreProvider } from '../ui/context';
import '../ui/styles/index.css';

const store = createAppStore();
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StoreProvider store={store} mode="embed">
      <App />
    </StoreProvider>,
  );
void loadBundled().then((d) => store.getState().actions.setData(d));
