// @vitest-environment jsdom
/**
 * The stepper as a reader uses it: chapter 3 from a link, Next / Previous, the
 * arrow keys while it has focus, the deals it cites, and Leave the story — on the
 * real bundled story, through the real store.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resolveStory } from '../../src/state/story';
import { parseView, serializeView } from '../../src/state/url';
import { StoryStepper } from '../../src/ui/story/StoryStepper';
import { bundled, renderWithStore } from './renderWithStore';

const chapter = (n: number) =>
  resolveStory(parseView(`story=how-the-money-goes-round&step=${n}`).view, bundled).view;

function open(n: number) {
  return renderWithStore(<StoryStepper />, {
    dataset: bundled,
    prepare: (s) => s.getState().actions.setView(chapter(n)),
  });
}

describe('StoryStepper', () => {
  it('shows chapter 3 of a story link: title, text, "Chapter 3 of 8", the deals it cites', () => {
    open(3);
    expect(screen.getByRole('heading', { name: 'Nvidia takes centre stage' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Chapter 3 of 8');
    expect(screen.getByText(/OpenAI agreed in July 2025 to buy cloud capacity/)).toBeTruthy();
    const cited = screen.getByText(/The 4 deals cited/).closest('details');
    if (!cited) throw new Error('the cited deals are listed');
    const links = within(cited).getAllByRole('link');
    expect(links).toHaveLength(4);
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(within(cited).getByText(/Oracle → Nvidia · Chip purchase/)).toBeTruthy();
  });

  it('moves with Next and Previous, each chapter setting its own view', async () => {
    const { store, user } = open(3);
    await user.click(screen.getByRole('button', { name: 'Next chapter' }));
    expect(store.getState().view.story).toEqual({ id: 'how-the-money-goes-round', step: 4 });
    expect(store.getState().view.company).toBe('coreweave');
    expect(store.getState().view.loop).toBeNull();
    expect(screen.getByRole('heading', { name: 'Nvidia and the neoclouds' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Previous chapter' }));
    await user.click(screen.getByRole('button', { name: 'Previous chapter' }));
    expect(serializeView(store.getState().view)).toBe(
      'company=anthropic&until=2024-12&story=how-the-money-goes-round&step=2',
    );
  });

  it('takes ← and → while it has focus, and stops at either end', async () => {
    const { store } = open(1);
    const next = screen.getByRole('button', { name: 'Next chapter' });
    next.focus();
    fireEvent.keyDown(next, { key: 'ArrowLeft' });
    expect(store.getState().view.story?.step).toBe(1);
    expect(screen.getByRole('button', { name: 'Previous chapter' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.keyDown(screen.getByRole('button', { name: 'Next chapter' }), { key: 'ArrowRight' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Next chapter' }), { key: 'ArrowRight' });
    expect(store.getState().view.story?.step).toBe(3);
    expect(screen.getByRole('status').textContent).toBe('Chapter 3 of 8');
  });

  it('turns the page on a horizontal swipe, not on a vertical scroll', () => {
    const { store, container } = open(5);
    const section = container.querySelector('.story');
    if (!section) throw new Error('the stepper is shown');
    const swipe = (dx: number, dy: number) => {
      fireEvent.touchStart(section, { touches: [{ clientX: 200, clientY: 300 }] });
      fireEvent.touchEnd(section, { changedTouches: [{ clientX: 200 + dx, clientY: 300 + dy }] });
    };
    swipe(-120, 10);
    expect(store.getState().view.story?.step).toBe(6);
    swipe(10, -160);
    expect(store.getState().view.story?.step).toBe(6);
    swipe(90, 0);
    expect(store.getState().view.story?.step).toBe(5);
  });

  it('leaves the story keeping the chapter’s view, and shows the text as text', async () => {
    const { store, user } = open(3);
    await user.click(screen.getByRole('button', { name: 'Leave the story' }));
    expect(store.getState().view.story).toBeNull();
    expect(store.getState().view.loop).toEqual(['nvidia', 'openai', 'oracle']);
    expect(screen.queryByRole('heading', { name: 'Nvidia takes centre stage' })).toBeNull();
  });

  it('never reads a chapter as HTML', () => {
    const hostile = structuredClone(bundled);
    const step = hostile.stories?.[0]?.steps[0];
    if (!step) throw new Error('the bundled story has chapters');
    step.text = '<img src=x onerror="alert(1)"> plain';
    const view = resolveStory(
      parseView('story=how-the-money-goes-round&step=1').view,
      hostile,
    ).view;
    const { container } = renderWithStore(<StoryStepper />, {
      dataset: hostile,
      prepare: (s) => s.getState().actions.setView(view),
    });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)"> plain')).toBeTruthy();
  });
});
