/**
 * Renders a component the way the app does: inside a StoreProvider around a
 * real store holding a real, parsed dataset. Tests then act as a reader would
 * (user-event, accessible queries) and read the store to see what changed.
 */
import { cleanup, render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, vi } from 'vitest';
import type { Dataset } from '../../src/model';
import { BUNDLED, loadDataset, SEED_SLICE } from '../fixtures/load';
import { createAppStore, type AppStore, type DataStatus } from '../../src/state/store';
import {
  DEFAULT_FILTERS,
  DEFAULT_VIEW,
  type Filters,
  type ViewState,
} from '../../src/state/viewState';
import { StoreProvider } from '../../src/ui/context';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

export { loadDataset, repoText } from '../fixtures/load';

/** tests/fixtures/seed-slice.json: 9 companies, 22 deals. */
export const seedSlice = loadDataset(SEED_SLICE);
/** data/ai-circular-deals.json: the dataset the app ships with. */
export const bundled = loadDataset(BUNDLED);

export interface RenderOptions {
  /** The dataset loaded as `ready` (default: the seed slice). Ignored when `data` is given. */
  readonly dataset?: Dataset;
  /** Any data status, e.g. an error with problems. */
  readonly data?: DataStatus;
  /** Parts of the view to start from; `filters` are merged over the defaults. */
  readonly view?: Partial<Omit<ViewState, 'filters'>> & { readonly filters?: Partial<Filters> };
  /** A screen this wide, for components that ask `matchMedia` (jsdom has none). */
  readonly viewportWidth?: number;
  /** Acts on the store before the first render (e.g. a notice made at load). */
  readonly prepare?: (store: AppStore) => void;
}

export interface Rendered extends RenderResult {
  readonly store: AppStore;
  readonly user: ReturnType<typeof userEvent.setup>;
}

export function renderWithStore(ui: ReactElement, options: RenderOptions = {}): Rendered {
  if (options.viewportWidth != null) stubMatchMedia(options.viewportWidth);
  const store = createAppStore();
  const { actions } = store.getState();
  actions.setData(
    options.data ?? { state: 'ready', dataset: options.dataset ?? seedSlice, source: null },
  );
  if (options.view) {
    const { filters, ...rest } = options.view;
    actions.setView({ ...DEFAULT_VIEW, ...rest, filters: { ...DEFAULT_FILTERS, ...filters } });
  }
  options.prepare?.(store);
  const user = userEvent.setup();
  const result = render(
    <StoreProvider store={store} mode="app">
      {ui}
    </StoreProvider>,
  );
  return { ...result, store, user };
}

/**
 * jsdom has no matchMedia. This answers `(min-width: Npx)` and `(max-width: Npx)`
 * for the given width and says no to anything else (reduced motion, dark scheme).
 */
function stubMatchMedia(width: number) {
  vi.stubGlobal('matchMedia', (query: string): MediaQueryList => {
    const bound = /\((min|max)-width:\s*(\d+)px\)/.exec(query);
    const px = Number(bound?.[2]);
    const matches = bound?.[1] === 'min' ? width >= px : bound?.[1] === 'max' ? width <= px : false;
    return {
      matches,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    };
  });
}
