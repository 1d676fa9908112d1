import { useEffect, useState } from 'react';

/**
 * Copies the link of the current view (the address bar already holds it).
 * Where the clipboard is refused, the link is shown selected so it can be
 * copied by hand.
 */
export function ShareButton({ url = () => window.location.href }: { url?: () => string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [manual, setManual] = useState('');
  useEffect(() => {
    if (state !== 'copied') return;
    const t = setTimeout(() => setState('idle'), 2200);
    return () => clearTimeout(t);
  }, [state]);
  return (
    <span className="share">
      <button
        type="button"
        className="button"
        onClick={async () => {
          const link = url();
          try {
            await navigator.clipboard.writeText(link);
            setState('copied');
          } catch {
            setManual(link);
            setState('manual');
          }
        }}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7l1.2-1.2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
        <span className="button-text">Share</span>
      </button>
      <span role="status" className="share-status">
        {state === 'copied' ? 'Link copied' : ''}
      </span>
      {state === 'manual' && (
        <input
          className="share-manual"
          aria-label="Link to this view"
          readOnly
          value={manual}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the reader asked for the link
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onBlur={() => setState('idle')}
        />
      )}
    </span>
  );
}
