/**
 * The details panel. On a wide screen it is a column beside the map; on a
 * narrow one (a phone, or 200 % zoom) it is a bottom sheet over the map that
 * rests at peek, half or full height — dragged by its handle, or stepped with
 * the handle's arrow keys — so a chosen company or loop is seen on the map and
 * in its details at once. The map's drawing area shrinks to the part the sheet
 * leaves free (the box the layout is made for does not change), and the
 * selection is brought into that part.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { DatasetIndex } from '../../model/indexes';
import type { AppState } from '../../state/store';
import { useAppStore, useViewIndex } from '../context';
import { useGraphHandle, whenSettled } from '../graph/handle';
import { nearestSnap, snapHeight, stepSnap, SNAPS, type Snap } from './sheetGeometry';
import { SHEET_RAISE } from './SkipLinks';
import { useNarrow } from './useNarrow';
import { showOnMap } from './showOnMap';

const LABELS: Record<Snap, string> = { peek: 'lowered', half: 'half screen', full: 'full screen' };

const selectCompany = (s: AppState) => s.view.company;
const selectLoop = (s: AppState) => s.view.loop;
const selectDeal = (s: AppState) => s.view.deal;
/** A chapter or the opening is showing a loop: frame it, not only reveal it. */
const selectTelling = (s: AppState) => s.view.story != null || s.opening;

export function PanelSheet({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  const narrow = useNarrow();
  const company = useAppStore(selectCompany);
  const loop = useAppStore(selectLoop);
  const deal = useAppStore(selectDeal);
  const telling = useAppStore(selectTelling);
  const view = useViewIndex();
  // A chapter about a company frames it with the companies it deals with.
  const told = telling && !loop && company && view ? neighbourhood(company, view).join('\n') : '';
  const graph = useGraphHandle();
  // A link that names a company, loop or deal opens with its details in view.
  const [snap, setSnap] = useState<Snap>(() => (company || loop || deal ? 'half' : 'peek'));
  const ref = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const hintId = useId();

  // A new selection raises a lowered sheet (adjusted during render, as React
  // recommends for state that follows other state).
  const key = [company, loop?.join(), deal].join('|');
  const [seen, setSeen] = useState(key);
  if (key !== seen) {
    setSeen(key);
    if ((company || loop || deal) && snap === 'peek') setSnap('half');
  }

  // The map draws only where the sheet leaves it free (--map-cover on the layout).
  useEffect(() => {
    const sheet = ref.current;
    const layout = sheet?.parentElement;
    if (!sheet || !layout) return;
    if (!narrow) {
      layout.style.removeProperty('--map-cover');
      return;
    }
    const foot = layout.querySelector<HTMLElement>('.stage-foot');
    const measure = () => {
      const box = layout.getBoundingClientRect();
      const tops = [sheet.getBoundingClientRect().top];
      if (foot && snap === 'peek') tops.push(foot.getBoundingClientRect().top);
      const cover = Math.max(0, box.bottom - Math.min(...tops));
      layout.style.setProperty('--map-cover', `${Math.round(cover)}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(layout);
    observer.observe(sheet);
    if (foot) observer.observe(foot);
    return () => {
      observer.disconnect();
      // Gone (data that could not be shown): the map has the whole stage again.
      if (!sheet.isConnected) layout.style.removeProperty('--map-cover');
    };
  }, [narrow, snap]);

  // A new company starts at the top of the sheet; a new loop's player is shown.
  // Whether the panel is scrolled is kept from its scroll events: scrolling (or
  // reading scrollTop) right after a commit forces the new panel's layout inside
  // the click (~16 ms), and at the top there is nothing to do.
  const scrolled = useRef(new Set<Element>());
  useEffect(() => {
    const boxes = [ref.current, body.current].filter((el): el is HTMLElement => el != null);
    const onScroll = (e: Event) => {
      const el = e.currentTarget as HTMLElement;
      if (el.scrollTop > 0) scrolled.current.add(el);
      else scrolled.current.delete(el);
    };
    for (const el of boxes) el.addEventListener('scroll', onScroll, { passive: true });
    return () => boxes.forEach((el) => el.removeEventListener('scroll', onScroll));
  }, []);
  useEffect(() => {
    if (scrolled.current.size === 0) return;
    // In the next frame, where the layout the scroll needs is the frame's own.
    const frame = requestAnimationFrame(() => {
      for (const el of scrolled.current) el.scrollTo({ top: 0 });
      scrolled.current.clear();
    });
    return () => cancelAnimationFrame(frame);
  }, [company]);
  // (Only on the sheet: on a wide panel, scrolling under a mouse would hover another loop.)
  useEffect(() => {
    if (!loop || !narrow) return;
    // By hand, not scrollIntoView: that would also scroll the clipped page around the sheet.
    const frame = requestAnimationFrame(() => {
      const scroller = body.current;
      const player = scroller?.querySelector('.player');
      if (!scroller || !player) return;
      // A chapter or the opening's caption leads the sheet: it is what to read first.
      if (scroller.querySelector('.sheet-lead > *')) {
        scroller.scrollTop = 0;
        return;
      }
      const offset = player.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      scroller.scrollTop += offset - 8;
    });
    return () => cancelAnimationFrame(frame);
  }, [loop, narrow]);

  // On a narrow screen, bring what was chosen into the free part of the map —
  // once the layout has settled, or the settling layout's own fit would undo it.
  useEffect(() => {
    if (!narrow || !graph) return;
    return whenSettled(graph, (engines) =>
      showOnMap(
        engines,
        told ? told.split('\n') : (loop ?? company),
        // A loop is framed (zoomed in on), so both its arrows have room for
        // their dollars, as on a wide screen (useFrameLoop).
        loop != null || (telling && told !== ''),
      ),
    );
  }, [narrow, graph, snap, company, loop, telling, told]);

  // Skip links raise the sheet before focusing into it.
  useEffect(() => {
    const sheet = ref.current;
    if (!sheet) return;
    const raise = () => setSnap((s) => (s === 'peek' ? 'half' : s));
    sheet.addEventListener(SHEET_RAISE, raise);
    return () => sheet.removeEventListener(SHEET_RAISE, raise);
  }, []);

  // Dragging writes the height straight to the element; React hears only the snap.
  const drag = useRef<{ y: number; h: number; t: number; moved: boolean } | null>(null);
  const available = () => ref.current?.parentElement?.getBoundingClientRect().height ?? 0;
  const onPointerDown = (e: React.PointerEvent<HTMLButtonElement>) => {
    const sheet = ref.current;
    if (!sheet) return;
    drag.current = {
      y: e.clientY,
      h: sheet.getBoundingClientRect().height,
      t: e.timeStamp,
      moved: false,
    };
    try {
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      // A synthetic or finished pointer cannot be captured; dragging still works.
    }
  };
  const onPointerMove = (e: React.PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const sheet = ref.current;
    if (!d || !sheet) return;
    const dy = d.y - e.clientY;
    if (Math.abs(dy) > 4) d.moved = true;
    if (!d.moved) return;
    const h = Math.max(snapHeight('peek', available()), Math.min(available(), d.h + dy));
    sheet.style.height = `${h}px`;
  };
  const onPointerUp = (e: React.PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const sheet = ref.current;
    if (!d || !sheet) return;
    if (d.moved) {
      const h = sheet.getBoundingClientRect().height;
      const velocity = (d.y - e.clientY) / Math.max(1, e.timeStamp - d.t);
      sheet.style.removeProperty('height');
      setSnap(nearestSnap(h, available(), velocity));
    } else drag.current = null;
  };
  const onClick = () => {
    // A drag ends in a click too; only a tap without movement steps the sheet.
    if (drag.current?.moved) {
      drag.current = null;
      return;
    }
    drag.current = null;
    setSnap((s) => SNAPS[(SNAPS.indexOf(s) + 1) % SNAPS.length] ?? 'half');
  };

  return (
    <aside
      id="panel"
      ref={ref}
      className="panel"
      aria-label="Details"
      tabIndex={-1}
      data-snap={narrow ? snap : undefined}
    >
      <button
        type="button"
        className="sheet-handle"
        aria-label={`Details sheet: ${LABELS[snap]}`}
        aria-describedby={hintId}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = null;
          ref.current?.style.removeProperty('height');
        }}
        onClick={onClick}
        onKeyDown={(e) => {
          const by = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
          if (by !== 0) setSnap((s) => stepSnap(s, by));
          else if (e.key === 'Home') setSnap('full');
          else if (e.key === 'End') setSnap('peek');
          else return;
          e.preventDefault();
        }}
      >
        <span className="sheet-grip" aria-hidden="true" />
        <span id={hintId} className="visually-hidden">
          Drag, tap, or press the up and down arrow keys to resize.
        </span>
      </button>
      {/* On a narrow screen this scrolls under the handle; on a wide one it is only a box. */}
      <div className="sheet-body" ref={body}>
        {lead != null && <div className="sheet-lead">{lead}</div>}
        {children}
      </div>
    </aside>
  );
}

/** A company and its counterparties in the view, in a stable order. */
function neighbourhood(id: string, view: DatasetIndex): string[] {
  const ids = new Set([id]);
  for (const d of view.dealsFrom.get(id) ?? []) ids.add(d.to);
  for (const d of view.dealsTo.get(id) ?? []) ids.add(d.from);
  return [...ids];
}
