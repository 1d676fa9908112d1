import { useRef } from 'react';
import { buildExport, type ExportKind } from '../state/exports';
import { useDerived, useStoreApi } from './context';
import { downloadText } from './download';
import { useDismiss } from './useDismiss';

const ITEMS: readonly { kind: ExportKind; label: string; hint: string }[] = [
  { kind: 'deals.csv', label: 'Deals in view (CSV)', hint: 'one row per deal, amounts in dollars' },
  { kind: 'loops.csv', label: 'Loops in view (CSV)', hint: 'one row per loop, headline dollars' },
  { kind: 'json', label: 'Dataset in view (JSON)', hint: 'version-1 data, opens in the app' },
];

/**
 * The Export menu: files of what the reader is looking at, made in the page
 * from the store (state/exports.ts) — nothing is read back from the screen.
 */
export function ExportMenu({ className = '' }: { className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const store = useStoreApi();
  const derived = useDerived();
  useDismiss(ref);

  const save = (kind: ExportKind) => {
    const file = buildExport(kind, store.getState(), derived);
    if (file) downloadText(file.fileName, file.mime, file.text);
    if (ref.current) ref.current.open = false;
  };

  return (
    <details className={`menu export-menu ${className}`} ref={ref}>
      <summary className="button">
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            d="M8 2v8M4.5 6.5L8 10l3.5-3.5M3 13h10"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.7"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="button-text">Export</span>
      </summary>
      <div className="menu-popover" role="group" aria-label="Export">
        {ITEMS.map((item) => (
          <button
            key={item.kind}
            type="button"
            className="menu-item"
            onClick={() => save(item.kind)}
          >
            <span>{item.label}</span>
            <span className="muted menu-hint">{item.hint}</span>
          </button>
        ))}
      </div>
    </details>
  );
}
