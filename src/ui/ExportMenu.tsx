import { useRef, useState } from 'react';
import { readPalette } from '../render/palette';
import { buildExport, exportFileName, type ExportKind } from '../state/exports';
import { pictureText } from './pictureText';
import { useActions, useDerived, useStoreApi } from './context';
import { downloadBlob, downloadText } from './download';
import { pictureOfMap, pngOf, PNG_WIDTHS, targetWidth, type PngWidth } from './exportImage';
import { useGraphHandle } from './graph/handle';
import { useDismiss } from './useDismiss';

const ITEMS: readonly { kind: ExportKind; label: string; hint: string }[] = [
  { kind: 'deals.csv', label: 'Deals in view (CSV)', hint: 'one row per deal, amounts in dollars' },
  { kind: 'loops.csv', label: 'Loops in view (CSV)', hint: 'one row per loop, headline dollars' },
  { kind: 'json', label: 'Dataset in view (JSON)', hint: 'version-1 data, opens in the app' },
];

/**
 * The Export menu: files of what the reader is looking at, made in the page.
 * Data files come from the store (state/exports.ts); pictures from the
 * renderer's snapshot of the map (ui/exportImage.ts). Nothing is uploaded.
 */
export function ExportMenu({ className = '' }: { className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const store = useStoreApi();
  const derived = useDerived();
  const graph = useGraphHandle();
  const { notify } = useActions();
  const [pngWidth, setPngWidth] = useState<PngWidth>('2x');
  useDismiss(ref);

  const savePicture = async (format: 'png' | 'svg') => {
    const state = store.getState();
    const engines = graph?.current;
    const link =
      typeof location !== 'undefined' && /^https?:/.test(location.href) ? location.href : undefined;
    const text = engines
      ? pictureText(
          state,
          derived,
          readPalette(engines.surface),
          link && link.length <= 300 ? link : undefined,
        )
      : null;
    const picture = engines && text ? pictureOfMap(engines, text) : null;
    if (ref.current) ref.current.open = false;
    if (!picture || state.data.state !== 'ready') {
      notify('There is no map on screen to export yet.', 'warning');
      return;
    }
    const name = exportFileName(state, state.data.dataset.asOf, format);
    try {
      if (format === 'svg') downloadText(name, 'image/svg+xml;charset=utf-8', `${picture.svg}\n`);
      else downloadBlob(name, await pngOf(picture, targetWidth(pngWidth, picture.width)));
    } catch (err) {
      notify(
        `The picture could not be made: ${err instanceof Error ? err.message : String(err)}.`,
        'warning',
      );
    }
  };

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
        <div className="menu-item-row">
          <button type="button" className="menu-item" onClick={() => void savePicture('png')}>
            <span>Picture of the map (PNG)</span>
            <span className="muted menu-hint">as on screen, with a headline and source line</span>
          </button>
          <select
            aria-label="PNG width"
            value={pngWidth}
            onChange={(e) => setPngWidth(e.target.value as PngWidth)}
          >
            {PNG_WIDTHS.map((w) => (
              <option key={w.id} value={w.id}>
                {w.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="menu-item" onClick={() => void savePicture('svg')}>
          <span>Picture of the map (SVG)</span>
          <span className="muted menu-hint">vector, text as text: opens in a vector editor</span>
        </button>
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
