/**
 * Skip links: to the details panel, and straight to the money loops (of the
 * selected company, or the top loops of the view). On a phone, skipping into
 * the sheet also raises it so the reader sees where focus went.
 */
import type { MouseEvent } from 'react';

export const SHEET_RAISE = 'ct:raise-sheet';

function go(e: MouseEvent<HTMLAnchorElement>, selector: string) {
  const root = e.currentTarget.getRootNode() as Document | ShadowRoot;
  const target = root.querySelector<HTMLElement>(selector);
  if (!target) return;
  e.preventDefault();
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.dispatchEvent(new CustomEvent(SHEET_RAISE, { bubbles: true }));
  target.focus();
}

export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a className="skip-link" href="#panel" onClick={(e) => go(e, '#panel')}>
        Skip to details
      </a>
      <a className="skip-link" href="#panel" onClick={(e) => go(e, '#panel .loops h3')}>
        Skip to loops
      </a>
    </nav>
  );
}
