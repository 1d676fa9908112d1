/**
 * <circular-trade-graph>: the map as a custom element, for pages that would
 * rather not use an iframe. Attributes mirror the URL parameters (`src` is the
 * dataset, the bundled one when absent; `company`, `loop`, `types`, `status`,
 * `min-usd`, `from`, `until`, `max-length`, `usd-per-gw`, `rank`, `order`, `story`, `step`,
 * `theme`, `height`, `panel`).
 *
 * - Shadow DOM: its styles do not leak into the page, and an `all: initial`
 *   host keeps the page's styles (fonts, line heights, colours) out.
 * - No inline <style>: the styles (the app's own CSS files, bundled as text) go
 *   in through one constructable stylesheet adopted by every element's shadow
 *   root, so a host page with a strict Content-Security-Policy (`style-src
 *   'self'`, no 'unsafe-inline') still gets a styled map.
 * - Its files (the dataset chunk, the full app it links to) are found relative
 *   to this module's own URL, so the folder can be served from anywhere.
 * - Each element has its own store: two on a page work independently.
 * - Before it upgrades (or without scripts), its light-DOM children show: put
 *   a link and a short description there as the fallback.
 */
import css from '../ui/styles/index.css?inline';
import embedCss from '../ui/styles/embed.css?inline';
import { mountEmbed, type EmbedHandle } from './mount';

const CSS = `:host{all:initial;display:block;contain:content;}\n${css}\n${embedCss}`;
let sheet: CSSStyleSheet | null = null;

/**
 * One stylesheet for every element on the page, parsed once. CSSOM is not
 * "inline style" to a Content-Security-Policy, so it needs no 'unsafe-inline'.
 */
function sharedSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

/** Attribute → URL parameter. */
const ATTRIBUTES: Readonly<Record<string, string>> = {
  src: 'data',
  company: 'company',
  to: 'to',
  loop: 'loop',
  deal: 'deal',
  types: 'types',
  status: 'status',
  confidence: 'confidence',
  kinds: 'kinds',
  'min-usd': 'minUsd',
  from: 'from',
  until: 'until',
  'max-length': 'maxLength',
  'usd-per-gw': 'usdPerGw',
  rank: 'rank',
  order: 'order',
  story: 'story',
  step: 'step',
  theme: 'theme',
  height: 'height',
  panel: 'panel',
};

export class CircularTradeGraph extends HTMLElement {
  static readonly observedAttributes = Object.keys(ATTRIBUTES);
  private handle: EmbedHandle | null = null;
  private container: HTMLDivElement | null = null;

  private params(): URLSearchParams {
    const params = new URLSearchParams();
    for (const [attr, param] of Object.entries(ATTRIBUTES)) {
      const value = this.getAttribute(attr);
      if (value == null) continue;
      // A relative dataset address is relative to the page, as for <img src>.
      params.set(param, attr === 'src' ? new URL(value, document.baseURI).href : value);
    }
    return params;
  }

  connectedCallback(): void {
    if (this.handle) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sharedSheet()];
    this.container = document.createElement('div');
    shadow.replaceChildren(this.container);
    this.handle = mountEmbed(this.container, this.params(), {
      appUrl: new URL(/* @vite-ignore */ './index.html', import.meta.url).href,
    });
  }

  attributeChangedCallback(): void {
    this.handle?.update(this.params());
  }

  disconnectedCallback(): void {
    // Unmount after the current task, so moving the element in the DOM does not
    // tear it down and rebuild it.
    queueMicrotask(() => {
      if (this.isConnected || !this.handle) return;
      this.handle.destroy();
      this.handle = null;
    });
  }
}

if (!customElements.get('circular-trade-graph'))
  customElements.define('circular-trade-graph', CircularTradeGraph);
