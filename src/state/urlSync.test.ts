// @vitest-environment jsdom
/**
 * The address follows the view just after the frame that shows it: one history
 * entry per selection, filter changes replace the current entry, and a
 * back/forward wins over a write still waiting. Real store, real jsdom history.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { syncUrl } from './urlSync';

const frame = () =>
  new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => done(), 0)));

describe('syncUrl', () => {
  let stop = () => {};
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(() => stop());

  it('writes a selection after the frame, as a new history entry', async () => {
    const store = createAppStore();
    stop = syncUrl(store);
    const entries = window.history.length;
    store.getState().actions.selectCompany('nvidia');
    // Not inside the click: the browser would lay the page out for it.
    expect(window.location.search).toBe('');
    await frame();
    expect(window.location.search).toBe('?company=nvidia');
    expect(window.history.length).toBe(entries + 1);
    store.getState().actions.selectCompany('microsoft');
    await frame();
    expect(window.location.search).toBe('?company=microsoft');
    expect(window.history.length).toBe(entries + 2);
  });

  it('makes one entry of changes within one frame, and replaces for a filter', async () => {
    const store = createAppStore();
    stop = syncUrl(store);
    const entries = window.history.length;
    const { actions } = store.getState();
    actions.selectCompany('nvidia');
    actions.setFilters({ minUsd: 1e9 });
    await frame();
    expect(window.history.length).toBe(entries + 1);
    expect(window.location.search).toContain('company=nvidia');
    expect(window.location.search).toContain('minUsd=');
    actions.setFilters({ minUsd: 5e9 });
    await frame();
    expect(window.history.length).toBe(entries + 1);
    expect(window.location.search).toContain('company=nvidia');
  });

  it('drops a waiting write when the reader goes back', async () => {
    const store = createAppStore();
    stop = syncUrl(store);
    store.getState().actions.selectCompany('nvidia');
    await frame();
    store.getState().actions.selectCompany('microsoft');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await frame();
    // The pop restored the address's view (nvidia), and the waiting write did not undo it.
    expect(window.location.search).toBe('?company=nvidia');
    expect(store.getState().view.company).toBe('nvidia');
  });
});
