import type { Theme } from '../state/viewState';

/**
 * Sets the theme on an instance's root element (and, for the full page, on the
 * document, so the page behind the app matches). `auto` removes the attribute
 * and lets prefers-color-scheme decide.
 */
export function applyTheme(root: HTMLElement, theme: Theme, page = true): void {
  for (const el of page ? [root, document.documentElement] : [root]) {
    if (theme === 'auto') el.removeAttribute('data-theme');
    else el.setAttribute('data-theme', theme);
  }
}
