/**
 * Entry of embed.html: starts reading the dataset the frame's address names
 * (or fetching the bundled one) before the embed's code has arrived, then
 * loads it (main.tsx), as the app's boot does (src/app/boot.ts).
 */
import '../ui/styles/index.css';
import '../ui/styles/embed.css';
import { bootPage } from '../ui/boot';

bootPage(() => import('./main'));
