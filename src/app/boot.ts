/**
 * Entry of index.html, and all the page runs before the app has arrived: it
 * starts reading the dataset the address names (earlyRead.ts) — or fetching
 * the bundled one — then loads the app (main.tsx), which the page has been
 * downloading meanwhile (a modulepreload link, vite.config.ts). So the
 * download and check of the data overlap the app's download and evaluation
 * instead of following them.
 */
import '../ui/styles/index.css';
import { bootPage } from '../ui/boot';

bootPage(() => import('./main'));
