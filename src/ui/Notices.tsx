import { useEffect, useState } from 'react';
import type { Notice } from '../state/store';
import type { AppState } from '../state/store';
import { useActions, useAppStore } from './context';

const selectNotices = (s: AppState) => s.notices;
/** How long a notice stays, counted while the reader is not hovering or focusing it. */
export const NOTICE_MS = 20_000;

/**
 * Notices (an ignored link parameter, a loop that no longer exists). Each stays
 * 20 s — paused while the pointer or focus is on the notices — or until
 * dismissed. The live region is in the page, empty, before any notice goes in,
 * so the notices of the first load are announced too.
 */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const { dismissNotice } = useActions();
  const [mounted, setMounted] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    // A moment after load, so assistive technology has met the empty region.
    const t = setTimeout(() => setMounted(true), 250);
    return () => clearTimeout(t);
  }, []);
  const paused = hovered || focused;
  return (
    <div
      className="notices"
      role="status"
      aria-live="polite"
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      {mounted &&
        notices.map((n) => (
          <NoticeItem key={n.id} notice={n} paused={paused} onDismiss={dismissNotice} />
        ))}
    </div>
  );
}

function NoticeItem({
  notice,
  paused,
  onDismiss,
}: {
  notice: Notice;
  paused: boolean;
  onDismiss: (id: number) => void;
}) {
  const [left, setLeft] = useState(NOTICE_MS);
  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(() => onDismiss(notice.id), left);
    // Keep what is left when the reader pauses it, with a few seconds more.
    return () => {
      clearTimeout(timer);
      setLeft((l) => Math.max(5000, l - (Date.now() - started)));
    };
    // `left` is read once per running stretch on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [paused, notice.id, onDismiss]);
  return (
    <p className={`notice notice-${notice.tone}`}>
      <span>{notice.text}</span>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss notice"
        onClick={() => onDismiss(notice.id)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </p>
  );
}
