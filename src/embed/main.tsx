/**
 * Entry of embed.html: the compact map in an iframe. Reads its view from its
 * own address, links back to the full app beside it, and reports its height
 * to the embedding page.
 */
import '../ui/styles/index.css';
import '../ui/styles/embed.css';
import { mountEmbed } from './mount';
import { reportHeight } from './resize';

const container = document.getElementById('root');
if (container) {
  const handle = mountEmbed(container, window.location.search, {
    appUrl: new URL('./index.html', window.location.href).href,
    themeHost: document.documentElement,
  });
  if (window.parent !== window) reportHeight(container, handle.options.frame, window.parent);
}
