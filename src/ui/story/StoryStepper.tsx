/**
 * The story over the map: the chapter's title and text, "Chapter N of M",
 * Previous / Next chapter, ←/→ while it has focus, a swipe on touch screens, and
 * Leave the story. The text is plain text (React escapes it; it is never HTML).
 */
import { useCallback, useEffect, useRef } from 'react';
import { useActions, useFullIndex, useMapCover } from '../context';
import { CitedDeals } from './CitedDeals';
import { useChapter, useFrameOpenedChapter } from './useChapter';
import { useNarrow } from '../a11y/useNarrow';

/** A horizontal swipe longer than this (CSS px), and more across than down, turns the page. */
const SWIPE_PX = 48;

export function StoryStepper({ onExplain }: { onExplain?: () => void }) {
  const { ref, story, goTo, frame } = useChapter();
  const narrow = useNarrow();
  const index = useFullIndex();
  const { leaveStory } = useActions();
  const section = useRef<HTMLElement>(null);
  const count = story?.steps.length ?? 0;
  const n = Math.min(Math.max(ref?.step ?? 1, 1), count);
  useFrameOpenedChapter(story, n, frame, !narrow);
  const go = useCallback(
    (to: number) => {
      if (story && to >= 1 && to <= count && to !== n) goTo(story, to);
    },
    [story, count, n, goTo],
  );

  // Native listeners: ←/→ while the stepper has focus, a swipe on touch screens.
  const present = Boolean(ref && story && index);
  const chapter = story?.steps[n - 1];
  // Over the map on a wide screen: the map keeps its companies, names and dollars clear of it.
  useMapCover(section, { shown: present && chapter != null, card: true });
  useEffect(() => {
    const el = section.current;
    if (!el) return;
    let start: { x: number; y: number } | null = null;
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement).closest('input, select, textarea, summary')) return;
      if (e.key === 'ArrowRight') go(n + 1);
      else if (e.key === 'ArrowLeft') go(n - 1);
      else return;
      // The arrows are the story's while it has focus (not the loop player's).
      e.preventDefault();
      e.stopPropagation();
    };
    const onStart = (e: TouchEvent) => {
      const t = e.touches[0];
      start = t && e.touches.length === 1 ? { x: t.clientX, y: t.clientY } : null;
    };
    const onEnd = (e: TouchEvent) => {
      const t = e.changedTouches[0];
      const from = start;
      start = null;
      if (!from || !t) return;
      const dx = t.clientX - from.x;
      const dy = t.clientY - from.y;
      if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < Math.abs(dy) * 1.5) return;
      go(dx < 0 ? n + 1 : n - 1);
    };
    el.addEventListener('keydown', onKey);
    el.addEventListener('touchstart', onStart, { passive: true });
    el.addEventListener('touchend', onEnd);
    return () => {
      el.removeEventListener('keydown', onKey);
      el.removeEventListener('touchstart', onStart);
      el.removeEventListener('touchend', onEnd);
    };
  }, [go, n, present]);

  if (!ref || !story || !index || !chapter) return null;

  return (
    <section
      className="story"
      aria-labelledby="story-chapter-title"
      aria-roledescription="story"
      ref={section}
    >
      <div className="story-head">
        <p className="story-name">{story.title}</p>
        <button type="button" className="story-leave" onClick={leaveStory}>
          Leave the story
        </button>
      </div>
      {/* Outside the keyed body: a live region must outlast the change it announces. */}
      <p className="story-count" role="status">
        Chapter {n} of {count}
      </p>
      <div className="story-body" key={n}>
        <h2 id="story-chapter-title" className="story-title" tabIndex={-1}>
          {chapter.title}
        </h2>
        <p className="story-text">{chapter.text}</p>
        {chapter.deals && <CitedDeals ids={chapter.deals} index={index} />}
      </div>
      <div className="story-nav">
        <button
          type="button"
          className="button"
          onClick={() => go(n - 1)}
          disabled={n <= 1}
          aria-keyshortcuts="ArrowLeft"
        >
          <span aria-hidden="true">← </span>Previous chapter
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => go(n + 1)}
          disabled={n >= count}
          aria-keyshortcuts="ArrowRight"
        >
          Next chapter<span aria-hidden="true"> →</span>
        </button>
      </div>
      {onExplain && (
        <button type="button" className="link-button story-explain" onClick={onExplain}>
          What makes a deal circular?
        </button>
      )}
    </section>
  );
}
