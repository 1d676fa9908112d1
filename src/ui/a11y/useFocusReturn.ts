/**
 * Focus never falls to <body>: when an action removes the element that had
 * focus (Escape clears a company, a loop's player closes, a panel is replaced),
 * focus goes back to where the reader came from — the company on the map, the
 * loop in its list, the deal in its company's list — or else to the panel's
 * heading. Mouse clicks on empty map are left alone: only a focused element
 * that left the document triggers this.
 */
import { useEffect } from 'react';
import { loopKey } from '../../graph';
import type { AppState } from '../../state/store';
import { useKeyScope, useStoreApi } from '../context';

/** The element a selection change should return focus to, if still there. */
function returnSelector(before: AppState['view'], after: AppState['view']): string | null {
  const esc = (s: string) => CSS.escape(s);
  if (before.deal && !after.deal) return `[data-deal-id="${esc(before.deal)}"]`;
  if (before.loop && !after.loop) return `[data-loop-key="${esc(loopKey(before.loop))}"]`;
  if (before.target && !after.target) return '[data-action="paths-to"]';
  if (before.company && !after.company) return `[data-node-id="${esc(before.company)}"]`;
  return null;
}

const FALLBACKS = ['#details-title', '[data-focus-fallback]', '#panel', '#embed-drawer'];

/**
 * How many more frames to look (~0.5 s): the view an action leads to can come
 * in a deferred render or a transition, later than two frames on a busy page,
 * and a deal's row in its company's list comes a batch after the list.
 */
const RETRY_FRAMES = 30;

/** The document or shadow root the app lives in. */
function rootOf(scope: EventTarget): Document | ShadowRoot {
  if (scope instanceof Node) {
    const root = scope.getRootNode();
    if (root instanceof ShadowRoot || root instanceof Document) return root;
  }
  return document;
}

export function useFocusReturn() {
  const store = useStoreApi();
  const scope = useKeyScope();
  useEffect(() => {
    const root = rootOf(scope);
    const within: ParentNode = scope instanceof Element ? scope : root;
    let last: Element | null = null;
    let wanted: string | null = null;
    let frame = 0;
    let tries = 0;

    const dropped = () => {
      const active = root.activeElement;
      return (active == null || active === document.body) && last != null && !last.isConnected;
    };
    const again = () => {
      tries++;
      frame = requestAnimationFrame(restore);
    };
    const restore = () => {
      frame = 0;
      if (!dropped()) {
        // A selection changed but its view is not committed yet: look again.
        if (wanted !== null && tries < RETRY_FRAMES) return again();
        wanted = null;
        return;
      }
      // Where focus should go is not there yet (a row of a later batch).
      if (wanted && !within.querySelector(wanted)?.isConnected && tries < RETRY_FRAMES)
        return again();
      const candidates = [...(wanted ? [wanted] : []), ...FALLBACKS];
      wanted = null;
      for (const sel of candidates) {
        const el = within.querySelector<HTMLElement | SVGElement>(sel);
        if (el && el.isConnected) {
          el.focus({ preventScroll: sel.startsWith('[data-node-id') });
          if (root.activeElement === el) return;
        }
      }
    };
    // Two frames: React commits, then effects that mount the next panel run.
    const schedule = () => {
      if (frame) cancelAnimationFrame(frame);
      tries = 0;
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(restore);
      });
    };

    const onFocusIn = (e: Event) => {
      last = e.target as Element;
    };
    root.addEventListener('focusin', onFocusIn);
    scope.addEventListener('keydown', schedule);
    scope.addEventListener('click', schedule);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.view === prev.view) return;
      wanted = returnSelector(prev.view, s.view) ?? wanted;
      schedule();
    });
    return () => {
      if (frame) cancelAnimationFrame(frame);
      root.removeEventListener('focusin', onFocusIn);
      scope.removeEventListener('keydown', schedule);
      scope.removeEventListener('click', schedule);
      unsubscribe();
    };
  }, [store, scope]);
}
