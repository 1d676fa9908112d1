// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Notices } from '../../src/ui/Notices';
import { renderWithStore } from './renderWithStore';

const status = () => screen.getByRole('status');
/** The words of each notice shown (without its close button's ×). */
const texts = () =>
  Array.from(status().querySelectorAll('p'), (p) => p.firstElementChild?.textContent);

const IGNORED = 'The link asked for an unknown company "nvidai", so it was ignored.';
const CLEARED =
  'The loop Microsoft → Anthropic → Microsoft is not in the current view, so it was cleared.';

describe('Notices', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is an empty, polite live region until there is something to say', () => {
    renderWithStore(<Notices />);
    expect(status()).toBeEmptyDOMElement();
    expect(status()).toHaveAttribute('aria-live', 'polite');
  });

  it('shows each notice in the live region', () => {
    const { store } = renderWithStore(<Notices />);
    act(() => store.getState().actions.notify(IGNORED));
    act(() => store.getState().actions.notify(CLEARED, 'warning'));
    expect(texts()).toEqual([IGNORED, CLEARED]);
  });

  it('dismisses the notice whose button is pressed', async () => {
    const { store, user } = renderWithStore(<Notices />);
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
    const { store } = renderWithStore(<Notices />);
    act(() => store.getState().actions.notify(IGNORED));
    act(() => store.getState().actions.notify(IGNORED));
    expect(texts()).toEqual([IGNORED]);
  });

  it('keeps the four latest notices', () => {
    const { store } = renderWithStore(<Notices />);
    act(() => {
      for (let i = 1; i <= 6; i++) store.getState().actions.notify(`Notice ${i}`);
    });
    expect(texts()).toEqual(['Notice 3', 'Notice 4', 'Notice 5', 'Notice 6']);
  });

  it('lets the oldest notice go by itself after a while', () => {
    vi.useFakeTimers();
    const { store } = renderWithStore(<Notices />);
    act(() => store.getState().actions.notify(IGNORED));
    act(() => store.getState().actions.notify(CLEARED));
    act(() => vi.advanceTimersByTime(8_000));
    expect(texts()).toEqual([IGNORED, CLEARED]);
    act(() => vi.advanceTimersByTime(1_000));
    expect(texts()).toEqual([CLEARED]);
    act(() => vi.advanceTimersByTime(9_000));
    expect(status()).toBeEmptyDOMElement();
  });
});
