/**
 * Entry of embed.html: starts reading the dataset the frame's address names
 * (or fetching the bundled one) before the embed's code has arrived, then
 * loads it (main.tsx), as the app's boot does (src/app/boot.ts).
 */
import '../ui/styles/index.css';
import '../ui/styles/embed.css';
import { importBundled } from '../state/bundled';
import { beginEarlyRead, wait, WORKER_START_MS } from '../state/earlyRead';
import { applyEarlyTheme } from '../ui/theme';

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
