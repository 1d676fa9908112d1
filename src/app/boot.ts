/**
 * Entry of index.html, and all the page runs before the app has arrived: it
 * starts reading the dataset the address names (earlyRead.ts) — or fetching
 * the bundled one — then loads the app (main.tsx), which the page has been
 * downloading meanwhile (a modulepreload link, vite.config.ts). So the
 * download and check of the data overlap the app's download and evaluation
 * instead of following them.
 */
import '../ui/styles/index.css';
import { beginEarlyRead, wait, WORKER_START_MS } from '../state/earlyRead';
import { applyEarlyTheme } from '../ui/theme';
import { importBundled } from '../state/bundled';

const search = window.location.search;
applyEarlyTheme(search, [document.documentElement, document.getElementById('root')]);
const early = beginEarlyRead(search);
// The bundled data's chunk, unless the address names other data (the
// session reports a failure itself).
if (!early && !new URLSearchParams(search).has('data')) importBundled().catch(() => undefined);
// The worker starts once this thread has answered the browser; evaluating the
// app first would hold it back by as long as that takes (earlyRead.ts).
const settle = early ? Promise.race([early.started, wait(WORKER_START_MS)]) : Promise.resolve();
void settle.then(() => import('./main'));
