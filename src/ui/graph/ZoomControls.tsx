import { useRef } from 'react';
import type { PanZoom } from '../../render/panZoom';
import { useMapCover } from '../context';

export function ZoomControls({
  panZoom,
  onFit,
  onReset,
}: {
  panZoom: PanZoom;
  onFit: () => void;
  /** Shown once a company has been dragged: puts every company back. */
  onReset?: () => void;
}) {
  const bar = useRef<HTMLDivElement>(null);
  // The map's names and dollars are placed clear of the buttons.
  useMapCover(bar);
  return (
    <div className="zoom-controls" role="toolbar" aria-label="Zoom" ref={bar}>
      <button
        type="button"
        aria-label="Zoom in"
        title="Zoom in (+)"
        onClick={() => panZoom.zoomBy(1.4)}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        aria-label="Zoom out"
        title="Zoom out (−)"
        onClick={() => panZoom.zoomBy(1 / 1.4)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" aria-label="Fit to view" title="Fit to view (0)" onClick={onFit}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path
            d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
        </svg>
      </button>
      {onReset && (
        <button
          type="button"
          aria-label="Reset layout"
          title="Put every company back"
          onClick={onReset}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path
              d="M3 8a5 5 0 1 0 1.5-3.6M3 2.5v2.5h2.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
            />
          </svg>
        </button>
      )}
    </div>
  );
}
