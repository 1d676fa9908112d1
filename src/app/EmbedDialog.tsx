/**
 * "Embed": writes the code for the current view, as an iframe that sizes itself
 * or as the custom element, with options for height, theme and the loop panel.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { describeLoops } from '../embed/describe';
import { EMBED_DEFAULTS, type PanelMode } from '../embed/params';
import { elementSnippet, iframeSnippet, type SnippetOptions } from '../embed/snippet';
import type { AppState } from '../state/store';
import { serializeView } from '../state/url';
import type { Theme } from '../state/viewState';
import { useAppStore, useDataset, useFullIndex, useLoops } from '../ui/context';

const selectView = (s: AppState) => s.view;

export function EmbedButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            d="M5.5 4L1.5 8l4 4M10.5 4l4 4-4 4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.7"
          />
        </svg>
        <span className="button-text">Embed</span>
      </button>
      <dialog
        ref={dialog}
        className="embed-dialog"
        aria-labelledby="embed-title"
        onClose={() => setOpen(false)}
      >
        {open && <EmbedForm onClose={() => dialog.current?.close()} />}
      </dialog>
    </>
  );
}

function EmbedForm({ onClose }: { onClose: () => void }) {
  const view = useAppStore(selectView);
  const dataset = useDataset();
  const index = useFullIndex();
  const loops = useLoops();
  const [height, setHeight] = useState(EMBED_DEFAULTS.height);
  const [theme, setTheme] = useState<Theme>(view.theme);
  const [panel, setPanel] = useState<PanelMode>('closed');
  const [form, setForm] = useState<'iframe' | 'element'>('iframe');
  const [copied, setCopied] = useState(false);
  const [frameId] = useState(() => `ct-${Math.random().toString(36).slice(2, 8)}`);
  const ids = { height: useId(), theme: useId(), panel: useId(), code: useId() };

  const code = useMemo(() => {
    const company = view.company ? index?.companyById.get(view.company)?.name : null;
    const options: SnippetOptions = {
      base: new URL('./', window.location.href).href,
      query: serializeView({ ...view, theme }),
      height,
      panel,
      title: company ? `${company}: the money going round` : (dataset?.title ?? 'Circular trade'),
      description: loops && index ? describeLoops(loops, index) : '',
      frameId,
    };
    return form === 'iframe' ? iframeSnippet(options) : elementSnippet(options);
  }, [view, theme, height, panel, form, dataset, index, loops, frameId]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      setTimeout(() => setCopied(false), 2200);
    } catch {
      document.getElementById(ids.code)?.focus();
    }
  };

  return (
    <div className="embed-form">
      <header className="details-header">
        <h2 id="embed-title">Embed this view</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p className="muted small">
        Paste the code into your page. The map keeps the current selection and filters, sizes itself
        to its content, scrolls with your page (zoom with ctrl/⌘ + scroll, pinch or the buttons) and
        links back here.
      </p>
      <div className="embed-options">
        <div className="field">
          <label htmlFor={ids.height}>Map height</label>
          <select
            id={ids.height}
            value={height}
            onChange={(e) => setHeight(Number(e.target.value))}
          >
            {[320, 400, 480, 560, 640, 800].map((h) => (
              <option key={h} value={h}>
                {h} px
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.theme}>Theme</label>
          <select id={ids.theme} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            <option value="auto">Auto (reader’s setting)</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.panel}>Loop panel</label>
          <select
            id={ids.panel}
            value={panel}
            onChange={(e) => setPanel(e.target.value as PanelMode)}
          >
            <option value="closed">Drawer, closed</option>
            <option value="open">Drawer, open</option>
            <option value="none">Hidden</option>
          </select>
        </div>
      </div>
      <fieldset className="embed-forms">
        <legend className="visually-hidden">Form of the code</legend>
        <label className="check">
          <input
            type="radio"
            name="embed-form"
            checked={form === 'iframe'}
            onChange={() => setForm('iframe')}
          />
          Iframe (works everywhere)
        </label>
        <label className="check">
          <input
            type="radio"
            name="embed-form"
            checked={form === 'element'}
            onChange={() => setForm('element')}
          />
          Custom element (no iframe)
        </label>
      </fieldset>
      <label htmlFor={ids.code} className="visually-hidden">
        Embed code
      </label>
      <textarea
        id={ids.code}
        className="embed-code"
        readOnly
        rows={8}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="player-foot">
        <button type="button" className="button" onClick={copy}>
          Copy code
        </button>
        <span role="status" className="muted small">
          {copied ? 'Copied' : ''}
        </span>
      </div>
    </div>
  );
}
