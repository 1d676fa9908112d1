/**
 * What a page runs before its code has arrived (src/app/boot.ts,
 * src/embed/boot.ts): the address's theme on the page at once, the dataset the
 * address names read early (earlyRead.ts) — or the bundled chunk fetched — and
 * then the page's code loaded.
 */
import { importBundled } from '../state/bundled';
import { beginEarlyRead, wait, WORKER_START_MS } from '../state/earlyRead';
import { applyEarlyTheme } from './theme';

export function bootPage(load: () => Promise<unknown>): void {
  const search = window.location.search;
  applyEarlyTheme(search, [document.documentElement, document.getElementById('root')]);
  const early = beginEarlyRead(search);
  // The bundled data's chunk, unless the address names other data (the
  // session reports a failure itself).
  if (!early && !new URLSearchParams(search).has('data')) importBundled().catch(() => undefined);
  // The worker starts once this thread has answered the browser; evaluating the
  // page's code first would hold it back by as long as that takes (earlyRead.ts).
  const settle = early ? Promise.race([early.started, wait(WORKER_START_MS)]) : Promise.resolve();
  void settle.then(load);
}
