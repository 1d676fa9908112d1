import type { Theme } from '../state/viewState';

/**
 * Themes are resolved here, once: `light` and `dark` are what they say, and
 * `auto` follows the reader's system setting (prefers-color-scheme), live.
 * Elements get `data-theme="light|dark"`; the CSS holds each palette once.
 */
const choices = new Map<HTMLElement, Theme>();
let media: MediaQueryList | null | undefined;

function prefersDark(): boolean {
  if (media === undefined) {
    media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    // One listener for every element on 'auto', however many instances a page has.
    media?.addEventListener('change', () => {
      for (const [el, theme] of choices) if (theme === 'auto') paint(el, theme);
    });
  }
  return media?.matches ?? false;
}

function paint(el: HTMLElement, theme: Theme): void {
  const resolved = theme === 'auto' ? (prefersDark() ? 'dark' : 'light') : theme;
  el.setAttribute('data-theme', resolved);
}

/** Sets (and keeps up to date) the theme of an element; `null` forgets it. */
export function applyTheme(el: HTMLElement, theme: Theme | null): void {
  if (theme === null) {
    choices.delete(el);
    return;
  }
  choices.set(el, theme);
  paint(el, theme);
}

/**
 * The theme an address asks for (`theme=light|dark|auto`, else auto), put on
 * the page's elements by the boot modules before the app has loaded, so a dark
 * page or embed never flashes light while the code arrives. The app applies
 * its own (the same, or the reader's kept choice) once it runs.
 */
export function applyEarlyTheme(search: string, elements: readonly (HTMLElement | null)[]): void {
  const asked = new URLSearchParams(search).get('theme')?.toLowerCase();
  const theme: Theme = asked === 'light' || asked === 'dark' ? asked : 'auto';
  for (const el of elements) if (el) applyTheme(el, theme);
}
