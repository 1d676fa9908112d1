import { useEffect } from 'react';
import type { AppState } from '../state/store';
import { useActions, useAppStore } from './context';

const selectNotices = (s: AppState) => s.notices;
const SHOWN_MS = 9000;

/** Brief notices (an ignored link parameter, a loop that no longer exists). */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const { dismissNotice } = useActions();
  // The oldest notice leaves 9 s after it came, whatever arrived since.
  const oldest = notices[0];
  useEffect(() => {
    if (!oldest) return;
    const timer = setTimeout(
      () => dismissNotice(oldest.id),
      Math.max(0, oldest.at + SHOWN_MS - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [oldest, dismissNotice]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className={`notice notice-${n.tone}`}>
          <span>{n.text}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss notice"
            onClick={() => dismissNotice(n.id)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </p>
      ))}
    </div>
  );
}
