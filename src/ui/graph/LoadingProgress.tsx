/**
 * What stands in for the map while a dataset loads: what is happening (download
 * with a bar, reading, checking N deals), for how long, and — for a dataset from
 * a link — Cancel, back to the bundled data. Re-renders once a second at most.
 */
import { useEffect, useState } from 'react';
import type { AppState } from '../../state/store';
import { useActions, useAppStore } from '../context';

const selectData = (s: AppState) => s.data;
const selectView = (s: AppState) => s.view;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function LoadingProgress() {
  const data = useAppStore(selectData);
  const view = useAppStore(selectView);
  const { setView } = useActions();
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (data.state !== 'loading') return null;
  const p = data.progress;
  const text =
    p?.phase === 'download'
      ? `Downloading the deals… ${mb(p.loaded ?? 0)}${p.total ? ` of ${mb(p.total)}` : ''}`
      : p?.phase === 'read'
        ? 'Reading the file…'
        : p?.phase === 'check'
          ? `Checking ${(p.size?.companies ?? 0).toLocaleString('en-US')} companies and ${(p.size?.deals ?? 0).toLocaleString('en-US')} deals…`
          : 'Loading the deals…';
  const seconds = Math.floor((now - started) / 1000);
  return (
    <div className="loading-progress" role="status" aria-live="polite">
      <p className="muted">
        {text}
        {seconds >= 1 && <span> ({seconds} s)</span>}
      </p>
      {data.source && (
        <>
          <progress
            aria-label="Loading progress"
            {...(p?.phase === 'download' && p.total ? { value: p.loaded ?? 0, max: p.total } : {})}
          />
          <button type="button" className="button" onClick={() => setView({ ...view, data: null })}>
            Cancel
          </button>
        </>
      )}
    </div>
  );
}
