// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Notices } from '../../src/ui/Notices';
import { renderWithStore } from './renderWithStore';

const status = () => screen.getByRole('status');
/** The words of each notice shown (without its close button's ×). */
const texts = () =>
  Array.from(status().querySelectorAll('p'), (p) => p.firstElementChild?.textContent);

const IGNORED = 'The link asked for an unknown company "nvidai", so it was ignored.';
const CLEARED =
  'The loop Microsoft → Anthropic → Microsoft is not in the current view, so it was cleared.';

/** Renders, then lets the region settle (notices go in a moment after it exists). */
function mount() {
  const r = renderWithStore(<Notices />);
  act(() => vi.advanceTimersByTime(300));
  return r;
}

describe('Notices', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is an empty, polite live region until there is something to say', () => {
    mount();
    expect(status()).toBeEmptyDOMElement();
    expect(status()).toHaveAttribute('aria-live', 'polite');
  });

  it('shows each notice in the live region', () => {
    const { store } = mount();
    act(() => store.getState().actions.notify(IGNORED));
    act(() => store.getState().actions.notify(CLEARED, 'warning'));
    expect(texts()).toEqual([IGNORED, CLEARED]);
  });

  it('dismisses the notice whose button is pressed', async () => {
    const { store, user } = mount();
    act(() => store.getState().actions.notify(IGNORED));
    act(() => store.getState().actions.notify(CLEARED));
    const first = screen.getByText(IGNORED).closest('p');
    if (!first) throw new Error('no notice');
    await user.click(within(first).getByRole('button', { name: 'Dismiss notice' }));
    expect(texts()).toEqual([CLEARED]);
    expect(store.getState().notices.map((n) => n.text)).toEqual([CLEARED]);

    await user.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(status()).toBeEmptyDOMElement();
  });

  it('says the same thing once', () => {
    const { store } = mount();
    act(() => store.getState().actions.notify(IGNORED));
    act(() => store.getState().actions.notify(IGNORED));
    expect(texts()).toEqual([IGNORED]);
  });

  it('keeps the four latest notices', () => {
    const { store } = mount();
    act(() => {
      for (let i = 1; i <= 6; i++) store.getState().actions.notify(`Notice ${i}`);
    });
    expect(texts()).toEqual(['Notice 3', 'Notice 4', 'Notice 5', 'Notice 6']);
  });

  it('puts notices made before it existed in after it exists, so they are announced', () => {
    const r = renderWithStore(<Notices />, {
      prepare: (store) => store.getState().actions.notify(IGNORED),
    });
    expect(status()).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(300));
    expect(texts()).toEqual([IGNORED]);
    r.unmount();
  });

  it('keeps each notice 20 s, and not while the reader hovers or focuses it', () => {
    const { store } = mount();
    act(() => store.getState().actions.notify(IGNORED));
    act(() => vi.advanceTimersByTime(5_000));
    act(() => store.getState().actions.notify(CLEARED));
    act(() => vi.advanceTimersByTime(14_000));
    expect(texts()).toEqual([IGNORED, CLEARED]);
    act(() => vi.advanceTimersByTime(1_500));
    expect(texts()).toEqual([CLEARED]);
    // Hovering holds it, however long.
    fireEvent.pointerEnter(status());
    act(() => vi.advanceTimersByTime(60_000));
    expect(texts()).toEqual([CLEARED]);
    fireEvent.pointerLeave(status());
    act(() => vi.advanceTimersByTime(4_000));
    expect(texts()).toEqual([CLEARED]);
    act(() => vi.advanceTimersByTime(2_000));
    expect(status()).toBeEmptyDOMElement();
  });
});
