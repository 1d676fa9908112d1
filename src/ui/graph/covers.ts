/**
 * What lies over the map: the opening's card, a chapter's card, the zoom
 * buttons. They register here (useMapCover in ui/context.tsx); the graph measures them against
 * its drawing surface and the renderer places no label or dollar under them
 * (renderer.setCovers), so no name shows half hidden at a card's edge.
 *
 * One registry per app or embed instance (ui/context.tsx); the cards sit beside
 * the graph in the tree, not inside it, so they cannot hand it a ref.
 */
import type { Box } from '../../render/labels';

export interface MapCover {
  readonly element: Element;
  /** A card: the map's fit also keeps every company clear of it (render/clearFit.ts). */
  readonly card: boolean;
}

export interface MapCovers {
  /** Registers an element lying over the map; returns its removal. */
  add(element: Element, card?: boolean): () => void;
  list(): readonly MapCover[];
  /** Called at once on every add and removal (to measure in the same commit). */
  subscribe(listener: () => void): () => void;
}

export function createMapCovers(): MapCovers {
  let covers: readonly MapCover[] = [];
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    add(element, card = false) {
      const cover = { element, card };
      covers = [...covers, cover];
      changed();
      return () => {
        covers = covers.filter((c) => c !== cover);
        changed();
      };
    },
    list: () => covers,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * How far a label may reach under a cover, in CSS pixels: a label's box
 * includes its line's leading, so a name set just below a card (Google's, at
 * 1280 × 800) touches it with its box but not its letters.
 */
export const LABEL_TUCK = 3;
/** Room kept between a card and a company's dot, in CSS pixels. */
export const CARD_MARGIN = 8;

/**
 * The covers' boxes in CSS pixels from the surface's corner: all of them for
 * labels (shrunk by LABEL_TUCK), and the cards for the fit (grown by
 * CARD_MARGIN). Ones that miss the surface (a card in the phone's sheet, below
 * the map) or have no size (hidden) are left out.
 */
export function coverBoxes(
  surface: Element,
  covers: readonly MapCover[],
): { labels: Box[]; cards: Box[] } {
  const s = surface.getBoundingClientRect();
  const labels: Box[] = [];
  const cards: Box[] = [];
  const grown = (r: DOMRect, by: number): Box => ({
    x0: r.left - s.left - by,
    y0: r.top - s.top - by,
    x1: r.right - s.left + by,
    y1: r.bottom - s.top + by,
  });
  for (const { element, card } of covers) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right <= s.left || r.bottom <= s.top || r.left >= s.right || r.top >= s.bottom) continue;
    labels.push(grown(r, -LABEL_TUCK));
    if (card) cards.push(grown(r, CARD_MARGIN));
  }
  return { labels, cards };
}
