import { useEffect } from 'react';
import type { AppState } from '../state/store';
import { useActions, useAppStore } from './context';

const selectNotices = (s: AppState) => s.notices;

/** Brief notices (an ignored link parameter, a loop that no longer exists). */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const { dismissNotice } = useActions();
  useEffect(() => {
    if (notices.length === 0) return;
    const timer = setTimeout(() => notices[0] && dismissNotice(notices[0].id), 9000);
    return () => clearTimeout(timer);
  }, [notices, dismissNotice]);
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
