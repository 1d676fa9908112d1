/**
 * A polite live region that says what just opened: a company's details, a
 * deal, a loop's player, the money paths. Written straight into the DOM from a
 * store subscription: an announcement is not worth a React render.
 */
import { useEffect, useRef } from 'react';
import { TYPE_LABELS, type DatasetIndex } from '../../model';
import { useFullIndex, useStoreApi } from '../context';
import { chainText } from '../loops/text';
import type { AppState } from '../../state/store';

export function announcement(
  before: AppState['view'],
  after: AppState['view'],
  index: DatasetIndex,
): string | null {
  const name = (id: string) => index.companyById.get(id)?.name ?? id;
  if (after.deal && after.deal !== before.deal) {
    const d = index.dealById.get(after.deal);
    if (d) return `Deal ${name(d.from)} to ${name(d.to)}, ${TYPE_LABELS[d.type]}: details open.`;
  }
  if (after.loop && after.loop !== before.loop)
    return `Loop ${chainText(after.loop, index)}: player open. Follow the dollar plays it.`;
  if (after.company && after.target && after.target !== before.target)
    return `Money paths from ${name(after.company)} to ${name(after.target)}.`;
  if (after.company && after.company !== before.company)
    return `${name(after.company)}: details open.`;
  if (!after.company && before.company) return 'Selection cleared.';
  return null;
}

export function Announcer() {
  const store = useStoreApi();
  const full = useFullIndex();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!full) return;
    return store.subscribe((s, prev) => {
      if (s.view === prev.view || !ref.current) return;
      const text = announcement(prev.view, s.view, full);
      // Same words twice in a row are still said twice: clear, then write.
      if (text) {
        const el = ref.current;
        el.textContent = '';
        requestAnimationFrame(() => {
          el.textContent = text;
        });
      }
    });
  }, [store, full]);
  return (
    <div id="announcer" ref={ref} className="visually-hidden" role="status" aria-live="polite" />
  );
}
