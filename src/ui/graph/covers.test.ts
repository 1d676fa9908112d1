// @vitest-environment jsdom
/** What lies over a map: the registry (adds, removals, who hears of them) and the boxes measured from it. */
import { describe, expect, it, vi } from 'vitest';
import { CARD_MARGIN, coverBoxes, createMapCovers, LABEL_TUCK } from './covers';

describe('createMapCovers', () => {
  it('lists what is added until it is removed, and tells its listeners at once', () => {
    const covers = createMapCovers();
    const heard = vi.fn();
    const stop = covers.subscribe(heard);
    const card = document.createElement('section');
    const buttons = document.createElement('div');
    const removeCard = covers.add(card, true);
    covers.add(buttons);
    expect(covers.list()).toEqual([
      { element: card, card: true },
      { element: buttons, card: false },
    ]);
    expect(heard).toHaveBeenCalledTimes(2);
    removeCard();
    expect(covers.list().map((c) => c.element)).toEqual([buttons]);
    expect(heard).toHaveBeenCalledTimes(3);
    stop();
    covers.add(card);
    expect(heard).toHaveBeenCalledTimes(3);
  });
});

/** An element whose box on the page is given (jsdom lays nothing out). */
function at(left: number, top: number, width: number, height: number): Element {
  const el = document.createElement('div');
  el.getBoundingClientRect = () => new DOMRect(left, top, width, height);
  return el;
}

describe('coverBoxes', () => {
  it("measures covers from the surface's corner: all for labels, cards grown for the fit", () => {
    const surface = at(0, 92, 900, 535);
    const card = at(12, 104, 380, 200);
    const zoom = at(850, 505, 36, 108);
    const { labels, cards } = coverBoxes(surface, [
      { element: card, card: true },
      { element: zoom, card: false },
    ]);
    expect(labels).toEqual([
      { x0: 12 + LABEL_TUCK, y0: 12 + LABEL_TUCK, x1: 392 - LABEL_TUCK, y1: 212 - LABEL_TUCK },
      { x0: 850 + LABEL_TUCK, y0: 413 + LABEL_TUCK, x1: 886 - LABEL_TUCK, y1: 521 - LABEL_TUCK },
    ]);
    expect(cards).toEqual([
      { x0: 12 - CARD_MARGIN, y0: 12 - CARD_MARGIN, x1: 392 + CARD_MARGIN, y1: 212 + CARD_MARGIN },
    ]);
  });

  it('leaves out covers beside the map (a card in the phone sheet) and hidden ones', () => {
    const surface = at(0, 100, 390, 400);
    const inSheet = at(0, 520, 390, 200);
    const hidden = at(10, 110, 0, 0);
    expect(
      coverBoxes(surface, [
        { element: inSheet, card: true },
        { element: hidden, card: true },
      ]),
    ).toEqual({ labels: [], cards: [] });
  });
});
